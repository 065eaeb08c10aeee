import type { AddWhen } from './agreement.js';
import { InputError } from './errors.js';
import { type ExportSpec, parseExports } from './exports/spec.js';
import { normalizePath, pathProblem } from './paths.js';
import {
  type DnsSettings,
  type InputReader,
  parseDnsAttempts,
  parseDnsServers,
  parseDnsTimeout,
  parseGroups,
  parseRecordTypes,
  splitList,
  withDefaults,
} from './settings-dns.js';

export { DEFAULTS, type InputReader, parseHostName, splitList } from './settings-dns.js';

export const MODES = ['check', 'pull-request', 'issue', 'report'] as const;
export type Mode = (typeof MODES)[number];

/** Everything a run needs, read and checked in one place. */
export interface Settings extends DnsSettings {
  mode: Mode;
  /** Path of the lock file, relative to the workspace or repository root, with `/` separators. */
  lockFile: string;
  /** `any`: an address is added when any answering server returns it; `all`: only when every one does. */
  addWhen: AddWhen;
  /** How long an address that left DNS stays allowed; 0 removes it as soon as DNS agrees. */
  removalGraceMs: number;
  /** Whether a host that no server could resolve fails the run or only warns. */
  onLookupFailure: 'fail' | 'warn';
  /** Firewall files kept in step with the lock. */
  exports: ExportSpec[];
  /** Compute and report everything, write nothing. */
  dryRun: boolean;
  github: GitHubSettings;
}

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

export function readSettings(read: InputReader): Settings {
  const input = withDefaults(read);
  const lockFile = parseLockFile(input('lock-file'));
  const groups = parseGroups(input('environments'), input('hosts'));
  return {
    mode: parseMode(input('mode')),
    lockFile,
    groups,
    dnsServers: parseDnsServers(input('dns-servers')),
    addWhen: parseChoice('add-when', input('add-when'), ['any', 'all'] as const),
    recordTypes: parseRecordTypes(input('record-types')),
    removalGraceMs: parseDuration('removal-grace', input('removal-grace')),
    onLookupFailure: parseChoice('on-lookup-failure', input('on-lookup-failure'), ['fail', 'warn'] as const),
    dnsTimeoutMs: parseDnsTimeout(input('dns-timeout')),
    dnsAttempts: parseDnsAttempts(input('dns-attempts')),
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
