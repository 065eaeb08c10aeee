import type { AddWhen } from './agreement.js';
import { parseDnsServer } from './dns/server-spec.js';
import type { RecordType } from './dns/types.js';
import { asciiLower } from './dns/wire-names.js';
import { InputError } from './errors.js';
import { type ExportSpec, parseExports } from './exports/spec.js';
import type { HostGroup } from './lock/merge.js';
import { normalizePath, pathProblem } from './paths.js';
import { DEFAULT_ENVIRONMENTS, PRESET_ENVIRONMENTS } from './presets.js';

export const MODES = ['check', 'pull-request', 'issue', 'report'] as const;
export type Mode = (typeof MODES)[number];

/** Everything a run needs, read and checked in one place. */
export interface Settings {
  mode: Mode;
  /** Path of the lock file, relative to the workspace or repository root, with `/` separators. */
  lockFile: string;
  /** Environments and custom groups, each with its hosts, in the order given. */
  groups: HostGroup[];
  /**
   * DNS servers to ask, each independently, in canonical form (see dns/server-spec.ts): plain,
   * `https://` (DNS over HTTPS), `tls://` (DNS over TLS) or `runner`; empty means the runner's own resolvers.
   */
  dnsServers: string[];
  /** `any`: an address is added when any answering server returns it; `all`: only when every one does. */
  addWhen: AddWhen;
  recordTypes: RecordType[];
  /** How long an address that left DNS stays allowed; 0 removes it as soon as DNS agrees. */
  removalGraceMs: number;
  /** Whether a host that no server could resolve fails the run or only warns. */
  onLookupFailure: 'fail' | 'warn';
  /** First-attempt timeout of one DNS query, in milliseconds. */
  dnsTimeoutMs: number;
  /** Attempts of one DNS query, the first included. */
  dnsAttempts: number;
  /** Firewall files kept in step with the lock. */
  exports: ExportSpec[];
  /** Compute and report everything, write nothing. */
  dryRun: boolean;
  github: GitHubSettings;
}

/** The settings that decide the queries a run sends: all the DNS code takes. */
export type DnsSettings = Pick<Settings, 'groups' | 'dnsServers' | 'recordTypes' | 'dnsTimeoutMs' | 'dnsAttempts'>;

export interface GitHubSettings {
  token: string;
  branch: string;
  /** Empty: the repository's default branch. */
  base: string;
  labels: string[];
  reviewers: string[];
  assignees: string[];
  draft: boolean;
}

/** Reads an input's raw value; empty string when unset. */
export type InputReader = (name: string) => string;

export const DEFAULTS = {
  mode: 'check',
  'lock-file': 'ips.lock.json',
  environments: DEFAULT_ENVIRONMENTS.join(', '),
  'record-types': 'A, AAAA',
  'removal-grace': '7d',
  'on-lookup-failure': 'fail',
  'add-when': 'any',
  'dns-timeout': '2000',
  'dns-attempts': '2',
  branch: 'vipps-ip-lock/update',
  draft: 'false',
  'dry-run': 'false',
} as const;

export function readSettings(read: InputReader): Settings {
  const input = (name: string): string => {
    const value = read(name).trim();
    return value === '' && Object.hasOwn(DEFAULTS, name) ? DEFAULTS[name as keyof typeof DEFAULTS] : value;
  };
  const lockFile = parseLockFile(input('lock-file'));
  const groups = parseGroups(input('environments'), input('hosts'));
  return {
    mode: parseMode(input('mode')),
    lockFile,
    groups,
    // The same server named twice (a short name and its URL) is asked once.
    dnsServers: [...new Set(splitList(input('dns-servers')).map((server) => parseDnsServer(server)))],
    addWhen: parseChoice('add-when', input('add-when'), ['any', 'all'] as const),
    recordTypes: parseRecordTypes(input('record-types')),
    removalGraceMs: parseDuration('removal-grace', input('removal-grace')),
    onLookupFailure: parseChoice('on-lookup-failure', input('on-lookup-failure'), ['fail', 'warn'] as const),
    dnsTimeoutMs: parseInteger('dns-timeout', input('dns-timeout'), 50, 60_000),
    dnsAttempts: parseInteger('dns-attempts', input('dns-attempts'), 1, 10),
    exports: parseExports(
      input('exports'),
      groups.map((g) => g.name),
      lockFile,
    ),
    dryRun: parseBoolean('dry-run', input('dry-run')),
    github: {
      token: read('github-token').trim(),
      branch: parseBranch('branch', input('branch')),
      base: input('base') === '' ? '' : parseBranch('base', input('base')),
      labels: parseLabels(input('labels')),
      reviewers: parseLogins('reviewers', input('reviewers')),
      assignees: parseLogins('assignees', input('assignees')),
      draft: parseBoolean('draft', input('draft')),
    },
  };
}

/** Splits on commas and newlines, trims, drops empty items. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseMode(value: string): Mode {
  return parseChoice('mode', value, MODES);
}

function parseChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, value, `it must be one of: ${choices.join(', ')}`);
}

function parseBoolean(name: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new InputError(name, value, 'it must be true or false');
}

/**
 * Digits only: `Number()` would also take `1e3`, `0x10`, `1_000` and white space, which no one
 * means in a timeout.
 */
function parseInteger(name: string, value: string, min: number, max: number): number {
  const number = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (number >= min && number <= max) return number;
  throw new InputError(name, value, `it must be a whole number from ${min} to ${max}, in digits only`);
}

const DURATION_UNITS = new Map([
  ['m', 60_000],
  ['h', 3_600_000],
  ['d', 86_400_000],
]);

/** The longest removal grace: a year. Longer is a typo, and past the dates a lock can hold. */
export const MAX_DURATION_MS = 365 * 86_400_000;

/** `0`, or a whole number with a unit: `30m`, `48h`, `7d`; at most 365d. */
export function parseDuration(name: string, value: string): number {
  const expected = 'it must be 0 or a whole number with a unit m, h or d, such as 30m, 48h or 7d, of at most 365d';
  if (value === '0') return 0;
  const match = /^(\d{1,15})([mhd])$/.exec(value);
  const ms = match ? Number(match[1]) * (DURATION_UNITS.get(match[2] as string) as number) : Number.NaN;
  if (!(ms >= 0 && ms <= MAX_DURATION_MS)) throw new InputError(name, value, expected);
  return ms;
}

function parseLockFile(value: string): string {
  const problem = pathProblem(value);
  if (problem) throw new InputError('lock-file', value, problem);
  return normalizePath(value);
}

/** Group names become lock keys, file names in exports and Markdown: short, plain, lower case. */
const GROUP_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A DNS host name in lower case, without a final dot. */
export function parseHostName(name: string, value: string): string {
  // Only ASCII is folded: toLowerCase() turns a Kelvin sign (U+212A) into k, another name into this one.
  const host = asciiLower(value).replace(/\.$/, '');
  const labels = host.split('.');
  if (host.length <= 253 && labels.length >= 2 && labels.every((label) => LABEL.test(label))) return host;
  throw new InputError(name, value, 'it must be a host name such as callback-1.vipps.no');
}

function parseGroups(environments: string, hosts: string): HostGroup[] {
  const groups: HostGroup[] = [];
  // An empty input means the default, so `none` is how a workflow asks for custom hosts only.
  for (const name of environments === 'none' ? [] : splitList(environments)) {
    // Own keys only: `constructor` or `toString` must not find Object's methods.
    const preset = Object.hasOwn(PRESET_ENVIRONMENTS, name) ? PRESET_ENVIRONMENTS[name] : undefined;
    if (!preset) {
      throw new InputError('environments', name, `it must be one of: ${Object.keys(PRESET_ENVIRONMENTS).join(', ')}, or none`);
    }
    if (!groups.some((group) => group.name === name)) groups.push({ name, hosts: [...preset] });
  }
  for (const line of hosts
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))) {
    const match = /^([^:]+):(.*)$/.exec(line);
    const name = match?.[1]?.trim() ?? '';
    if (!match || !GROUP_NAME.test(name)) {
      throw new InputError('hosts', line, 'each line must be "group: host1, host2" with a group name of up to 63 lower-case letters, digits, - or _');
    }
    if (groups.some((group) => group.name === name)) {
      throw new InputError('hosts', line, `the group "${name}" is already defined; give each group one line and a name of its own`);
    }
    const members = splitList(match[2] ?? '').map((host) => parseHostName('hosts', host));
    if (members.length === 0) throw new InputError('hosts', line, 'it must list at least one host after the colon');
    groups.push({ name, hosts: [...new Set(members)] });
  }
  if (groups.length === 0) {
    throw new InputError('environments', environments, 'at least one environment or a "hosts" group is needed');
  }
  return groups;
}

function parseRecordTypes(value: string): RecordType[] {
  const types = new Set<RecordType>();
  for (const item of splitList(value)) {
    const type = item.toUpperCase();
    if (type !== 'A' && type !== 'AAAA') throw new InputError('record-types', item, 'it must be A, AAAA or both');
    types.add(type);
  }
  if (types.size === 0) throw new InputError('record-types', value, 'it must be A, AAAA or both');
  return (['A', 'AAAA'] as const).filter((t) => types.has(t));
}

function parseBranch(name: string, value: string): string {
  // The rules of git check-ref-format that a branch name from a workflow file can break, in the
  // characters a branch name needs: it is quoted in summaries, bodies and URLs.
  if (/^[A-Za-z0-9._/+=-]{1,200}$/.test(value) && !/(^[/.-]|\/\.|\.\.|\/\/|[/.]$|\.lock$|\.lock\/)/.test(value)) return value;
  throw new InputError(name, value, 'it must be a git branch name of letters, digits and . _ / + = -, such as vipps-ip-lock/update');
}

/** GitHub user names: letters, digits and single inner hyphens, 39 at most. */
function parseLogins(name: string, value: string): string[] {
  const logins = splitList(value);
  for (const login of logins) {
    if (!/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/.test(login)) throw new InputError(name, login, 'it must be a GitHub user name, such as octocat');
  }
  return logins;
}

/** Labels as GitHub takes them: 1 to 50 characters, no control characters. */
function parseLabels(value: string): string[] {
  const labels = splitList(value);
  for (const label of labels) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
    if (label.length > 50 || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(label)) {
      throw new InputError('labels', label, 'each label must be 1 to 50 characters, without control characters');
    }
  }
  return labels;
}
