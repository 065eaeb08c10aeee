import { parseArgs } from 'node:util';
import { askDns, type Observed } from '../dns/resolve-hosts.js';
import { lockFromObservations } from '../engine.js';
import { UserError } from '../errors.js';
import { runLocal } from '../modes/local.js';
import { renderText } from '../report/text.js';
import { readSettings, type Settings } from '../settings.js';
import { writeTextFile } from '../text-file.js';

const USAGE = `Usage: vipps-ip-lock <command> [options]

Commands:
  resolve   print the addresses of every server, as a lock file would hold them
  check     compare DNS with the lock file; exit 1 when it is stale or missing
  update    write the lock file from DNS (a malformed lock is never overwritten)

Options:
  --lock-file PATH          lock file (default ips.lock.json)
  --environments LIST       production, disaster-recovery, test, api-production, api-test
  --hosts "group: h1, h2"   an extra group of hosts (repeatable)
  --dns-server SERVER       asked independently (repeatable): ip, ip:port, [ipv6]:port,
                            https://host[:port]/path, tls://host[:port], tls://address[:port]#name,
                            runner, cloudflare, google, quad9; default: this machine's resolvers
  --add-when any|all        add an address when any answering server returns it (default),
                            or only when all of them do
  --record-types LIST       A, AAAA (default both)
  --export "format: path"   a firewall file to keep in step (repeatable), e.g. "nginx: vipps.conf"
  --removal-grace DURATION  how long an address that left DNS stays allowed (default 7d)
  --on-lookup-failure fail|warn
  --dns-timeout MS          first-attempt timeout of a query (default 2000)
  --dns-attempts N          attempts per query (default 2)
  --json                    machine-readable output
  -h, --help

Exit status: 0 up to date or written, 1 stale lock or failed lookups, 2 bad input or lock file.
`;

const OPTION_INPUTS = {
  'lock-file': 'lock-file',
  environments: 'environments',
  'record-types': 'record-types',
  'removal-grace': 'removal-grace',
  'on-lookup-failure': 'on-lookup-failure',
  'add-when': 'add-when',
  'dns-timeout': 'dns-timeout',
  'dns-attempts': 'dns-attempts',
} as const;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...Object.fromEntries(Object.keys(OPTION_INPUTS).map((name) => [name, { type: 'string' as const }])),
      hosts: { type: 'string', multiple: true },
      export: { type: 'string', multiple: true },
      'dns-server': { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (!['resolve', 'check', 'update'].includes(command) || positionals.length > 1) {
    throw new UserError(`Unknown command "${positionals.join(' ')}": use resolve, check or update (see --help).`);
  }
  const inputs: Record<string, string> = { mode: command === 'check' ? 'check' : 'report' };
  for (const [option, input] of Object.entries(OPTION_INPUTS)) {
    const value = values[option as keyof typeof values];
    if (typeof value === 'string') inputs[input] = value;
  }
  inputs.hosts = (values.hosts ?? []).join('\n');
  inputs['dns-servers'] = (values['dns-server'] ?? []).join(',');
  inputs.exports = (values.export ?? []).join('\n');
  const settings = readSettings((name) => inputs[name] ?? '');
  // The queries leave first; the lock is read during the round trip.
  const dns = askDns(settings);
  try {
    return await runCommand(command, settings, dns.observed, values.json === true);
  } finally {
    // A command that failed early does not wait for answers it will not use.
    dns.cancel();
  }
}

async function runCommand(command: string, settings: Settings, observed: Promise<Observed>, json: boolean): Promise<number> {
  const root = process.cwd();
  const print = (text: string): void => void process.stdout.write(text);
  const now = new Date();
  if (command === 'resolve') {
    const result = lockFromObservations({ settings, previous: undefined, now, observed: await observed });
    print(json ? result.nextText : renderText(result, settings.lockFile));
    return result.failedHosts.length > 0 && settings.onLookupFailure === 'fail' ? 1 : 0;
  }
  const outcome = await runLocal(settings, { root, observed, now, updateHint: 'Run `vipps-ip-lock update` to write it.' });
  const writes = new Map(outcome.result.lockChanged ? [[settings.lockFile, outcome.result.nextText]] : []);
  for (const file of outcome.exports.stale) writes.set(file, outcome.exports.expected.get(file) as string);
  if (command === 'update') for (const [file, text] of writes) await writeTextFile(root, file, text);
  if (json) {
    print(`${JSON.stringify({ ...outcome.outputs, failure: outcome.failure ?? null, written: command === 'update' ? [...writes.keys()] : [] }, null, 2)}\n`);
  } else {
    print(renderText(outcome.result, settings.lockFile));
    if (command === 'update') print(writes.size ? `wrote ${[...writes.keys()].join(', ')}\n` : 'nothing to write\n');
    for (const warning of outcome.warnings) process.stderr.write(`warning: ${warning}\n`);
    if (outcome.failure) process.stderr.write(`error: ${outcome.failure}\n`);
  }
  const failed = command === 'check' ? outcome.failure !== undefined : outcome.failure !== undefined && outcome.result.failedHosts.length > 0;
  return failed ? 1 : 0;
}
