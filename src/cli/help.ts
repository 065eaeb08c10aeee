import { DEFAULT_ENVIRONMENTS, PRESET_ENVIRONMENTS } from '../presets.js';
import { EXIT_MEANINGS } from './exit-codes.js';
import { COMMANDS, type Command, FLAGS } from './flags.js';

const SUMMARIES: Record<Command, string> = {
  resolve: 'print what DNS gives for every server now; reads and writes no file',
  check: 'compare DNS with the lock file and the firewall files; write nothing',
  update: 'write the lock file and the firewall files from DNS; never over a malformed lock',
};

const DETAILS: Record<Command, string> = {
  resolve: `Asks every DNS server about every host of the environments, and prints each host's
addresses and each environment's union: what a lock file would hold.`,
  check: `Compares live DNS with the lock file and every --export file. Exits 1 while one of them is
stale or missing, and says what changed. An address that left DNS stays allowed for the removal
grace, so a check does not fail inside it.`,
  update: `Brings the lock file and every --export file in step with DNS, writing only what changed
(through a temporary file and a rename). Exits 3 when it wrote something: reload the firewall
then. A host that cannot be resolved fails the run and nothing is written, unless
--on-lookup-failure warn (its locked addresses are then kept).`,
};

const EXAMPLES: Record<Command, string[]> = {
  resolve: ['vipps-ip-lock resolve --environments production --dns-server 1.1.1.1'],
  check: ['vipps-ip-lock check', 'vipps-ip-lock check --export "nginx: firewall/vipps.conf" --json'],
  update: ['vipps-ip-lock update --export "nginx: vipps.conf"; [ $? -eq 3 ] && nginx -t && systemctl reload nginx'],
};

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.length));
  return [
    "vipps-ip-lock: keep a lock file, and your firewall, in step with Vipps MobilePay's callback servers.",
    '',
    'Usage: vipps-ip-lock <command> [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.padEnd(width)}  ${SUMMARIES[c]}`),
    `  ${'help'.padEnd(width)}  help COMMAND shows a command's flags`,
    '',
    'Flags:',
    ...flagLines(undefined),
    '  --version                  print the version',
    '',
    ...environmentLines(),
    '',
    ...exitLines(),
  ]
    .join('\n')
    .concat('\n');
}

export function commandHelp(command: Command): string {
  return [
    `Usage: vipps-ip-lock ${command} [flags]`,
    '',
    SUMMARIES[command].replace(/^./, (c) => c.toUpperCase()).concat('.'),
    '',
    DETAILS[command],
    '',
    'Flags:',
    ...flagLines(command),
    '',
    ...environmentLines(),
    '',
    'Examples:',
    ...EXAMPLES[command].map((e) => `  ${e}`),
    '',
    ...exitLines(),
  ]
    .join('\n')
    .concat('\n');
}

function flagLines(command: Command | undefined): string[] {
  const lines: string[] = [];
  for (const flag of FLAGS) {
    if (command && !flag.commands.includes(command)) continue;
    const usage = `--${flag.name}${flag.value ? ` ${flag.value}` : ''}${flag.name === 'help' ? ', -h' : ''}`;
    const only = !command && flag.commands.length < COMMANDS.length ? ` [${flag.commands.join(', ')}]` : '';
    const text = wrap(`${flag.help}${only}`, WIDTH - 29);
    if (usage.length > 25) lines.push(`  ${usage}`, ...text.map((line) => `${''.padEnd(29)}${line}`));
    else lines.push(...text.map((line, i) => (i === 0 ? `  ${usage.padEnd(25)}  ${line}` : `${''.padEnd(29)}${line}`)));
  }
  return lines;
}

/** Help fits a terminal of 100 columns. */
const WIDTH = 100;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

function environmentLines(): string[] {
  const width = Math.max(...Object.keys(PRESET_ENVIRONMENTS).map((n) => n.length));
  return [
    `Environments (default: ${DEFAULT_ENVIRONMENTS.join(', ')}):`,
    ...Object.entries(PRESET_ENVIRONMENTS).map(([name, hosts]) => `  ${name.padEnd(width)}  ${hosts.join(', ')}`),
  ];
}

function exitLines(): string[] {
  return ['Exit status:', ...EXIT_MEANINGS.map(([code, meaning]) => `  ${code}  ${meaning}`)];
}
