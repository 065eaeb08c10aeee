/** The commands of the command line. */
export const COMMANDS = ['resolve', 'check', 'update'] as const;
export type Command = (typeof COMMANDS)[number];

/** One flag: the setting it fills, and what `help` says about it. */
export interface FlagSpec {
  name: string;
  /** What the value looks like in help; absent for a switch such as --json. */
  value?: string;
  /** The action input this flag fills, read by the same settings code as the action. */
  input?: string;
  /** How repeated values join into the input's one string; absent: the flag may be given once. */
  join?: ',' | '\n';
  commands: readonly Command[];
  help: string;
}

const ALL = COMMANDS;
const WITH_LOCK: readonly Command[] = ['check', 'update'];

export const FLAGS: readonly FlagSpec[] = [
  { name: 'lock-file', value: 'PATH', input: 'lock-file', commands: WITH_LOCK, help: 'the lock file (default ips.lock.json)' },
  { name: 'environments', value: 'LIST', input: 'environments', commands: ALL, help: 'preset environments, comma separated, or none (default below)' },
  { name: 'hosts', value: '"GROUP: HOST, HOST"', input: 'hosts', join: '\n', commands: ALL, help: 'an extra group of hosts (repeatable)' },
  {
    name: 'dns-server',
    value: 'SERVER',
    input: 'dns-servers',
    join: ',',
    commands: ALL,
    help: "a DNS server, each asked on its own (repeatable; default: this machine's resolvers): ip, ip:port, [ipv6]:port, https://host[:port]/path (DNS over HTTPS), tls://host[:port] or tls://address[:port]#name (DNS over TLS), runner, cloudflare, google, quad9",
  },
  {
    name: 'add-when',
    value: 'any|all',
    input: 'add-when',
    commands: ALL,
    help: 'add an address when any answering DNS server returns it (default), or only when every server answers with it (one that fails holds it back)',
  },
  { name: 'record-types', value: 'LIST', input: 'record-types', commands: ALL, help: 'A, AAAA or both (default both)' },
  {
    name: 'export',
    value: '"FORMAT: PATH"',
    input: 'exports',
    join: '\n',
    commands: WITH_LOCK,
    help: 'a firewall file kept in step with the lock (repeatable), such as "nginx: vipps.conf"',
  },
  {
    name: 'removal-grace',
    value: 'DURATION',
    input: 'removal-grace',
    commands: WITH_LOCK,
    help: 'how long an address that left DNS stays allowed (default 7d)',
  },
  {
    name: 'on-lookup-failure',
    value: 'fail|warn',
    input: 'on-lookup-failure',
    commands: ALL,
    help: 'a host that cannot be resolved fails the run (default), or only warns',
  },
  { name: 'dns-timeout', value: 'MS', input: 'dns-timeout', commands: ALL, help: 'first-attempt timeout of a query, in milliseconds (default 2000)' },
  { name: 'dns-attempts', value: 'N', input: 'dns-attempts', commands: ALL, help: 'attempts per query (default 2)' },
  {
    name: 'base',
    value: 'REV',
    commands: ['check'],
    help: 'also hold the lock and exports against git revision REV, such as origin/main: fail on any address or firewall line DNS does not return (the check gate of a pull request)',
  },
  { name: 'json', commands: ALL, help: 'print one JSON object on stdout, errors included' },
  { name: 'help', commands: ALL, help: 'show help for the command' },
];

/** The flag a settings input came from, as a user types it. */
export function flagOfInput(input: string): string | undefined {
  const flag = FLAGS.find((f) => f.input === input);
  return flag && `--${flag.name}`;
}
