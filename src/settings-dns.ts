import { parseDnsServer } from './dns/server-spec.js';
import type { RecordType } from './dns/types.js';
import { asciiLower } from './dns/wire-names.js';
import { InputError } from './errors.js';
import type { HostGroup } from './lock/merge.js';
import { DEFAULT_ENVIRONMENTS, PRESET_ENVIRONMENTS } from './presets.js';

// The inputs that decide which queries a run sends, and how readSettings reads them: the DNS code
// takes these settings only (DnsSettings), not the lock, the exports or GitHub's.

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

/** An input, trimmed, or its default when empty. */
export function withDefaults(read: InputReader): InputReader {
  return (name) => {
    const value = read(name).trim();
    return value === '' && Object.hasOwn(DEFAULTS, name) ? DEFAULTS[name as keyof typeof DEFAULTS] : value;
  };
}

/** The settings that decide the queries: which hosts, which types, which servers, how patiently. */
export interface DnsSettings {
  /** Environments and custom groups, each with its hosts, in the order given. */
  groups: HostGroup[];
  /**
   * DNS servers to ask, each independently, in canonical form (see dns/server-spec.ts): plain,
   * `https://` (DNS over HTTPS), `tls://` (DNS over TLS) or `runner`; empty means the runner's own resolvers.
   */
  dnsServers: string[];
  recordTypes: RecordType[];
  /** First-attempt timeout of one DNS query, in milliseconds. */
  dnsTimeoutMs: number;
  /** Attempts of one DNS query, the first included. */
  dnsAttempts: number;
}

export function parseDnsServers(value: string): string[] {
  // The same server named twice (a short name and its URL) is asked once.
  return [...new Set(splitList(value).map((server) => parseDnsServer(server)))];
}

export function parseDnsTimeout(value: string): number {
  return parseInteger('dns-timeout', value, 50, 60_000);
}

export function parseDnsAttempts(value: string): number {
  return parseInteger('dns-attempts', value, 1, 10);
}

/** Splits on commas and newlines, trims, drops empty items. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Digits only: `Number()` would also take `1e3`, `0x10`, `1_000` and white space, which no one
 * means in a timeout.
 */
export function parseInteger(name: string, value: string, min: number, max: number): number {
  const number = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (number >= min && number <= max) return number;
  throw new InputError(name, value, `it must be a whole number from ${min} to ${max}, in digits only`);
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

export function parseGroups(environments: string, hosts: string): HostGroup[] {
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

export function parseRecordTypes(value: string): RecordType[] {
  const types = new Set<RecordType>();
  for (const item of splitList(value)) {
    const type = item.toUpperCase();
    if (type !== 'A' && type !== 'AAAA') throw new InputError('record-types', item, 'it must be A, AAAA or both');
    types.add(type);
  }
  if (types.size === 0) throw new InputError('record-types', value, 'it must be A, AAAA or both');
  return (['A', 'AAAA'] as const).filter((t) => types.has(t));
}
