import { checkAddress, sortAddresses } from '../addresses.js';
import { type EnvironmentLock, emptyRecord } from './types.js';

// The lock decides who may reach a merchant's payment endpoints, and anyone who can push or open a
// pull request can write it: it is read as untrusted input. The JSON Schema checks its shape; these
// rules check what a schema cannot say.

/** How far ahead of this machine's clock a departing time may be: runners' clocks drift a little. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** An environment as the JSON Schema lets it through: the shape is right, the values unchecked. */
export interface RawEnvironment {
  addresses: string[];
  hosts: Record<string, string[]>;
  departing?: Record<string, string>;
}

/**
 * Checks one environment and returns it in canonical form, or the problems that make it
 * malformed. Every address must be a public unicast address (the rule DNS answers are held to);
 * `addresses` must be exactly the union of the hosts' addresses; host names must be host names;
 * a departing time must be a real UTC instant no later than now (plus clock skew), for an
 * address the environment holds. Forms that are valid but not canonical (upper-case hex, an
 * unsorted list) are accepted and rewritten, so they read as a change.
 */
export function validateEnvironment(raw: RawEnvironment, now: Date): { environment: EnvironmentLock; problems: string[] } {
  const problems: string[] = [];
  const canonical = (text: string, where: string): string | undefined => {
    const check = checkAddress(text);
    if (check.ok) return check.address;
    problems.push(`${where} lists ${JSON.stringify(text)}: ${check.reason}`);
    return undefined;
  };

  const hosts = emptyRecord<string[]>();
  for (const [written, list] of Object.entries(raw.hosts)) {
    // ASCII letters only are folded: toLowerCase() would also turn the Kelvin sign into a `k`.
    const host = written.replace(/[A-Z]/g, (letter) => letter.toLowerCase()).replace(/\.$/, '');
    if (!isHostName(host)) {
      problems.push(`${JSON.stringify(written)} is not a host name (dot-separated labels of letters, digits and inner hyphens, 63 at most each, 253 in all)`);
      continue;
    }
    if (Object.hasOwn(hosts, host)) {
      problems.push(`host ${JSON.stringify(written)} appears twice`);
      continue;
    }
    hosts[host] = sortAddresses(list.flatMap((text) => canonical(text, `host ${host}`) ?? []));
  }

  const held = new Set(Object.values(hosts).flat());
  const listed = new Set(raw.addresses.flatMap((text) => canonical(text, '"addresses"') ?? []));
  for (const address of sortAddresses(listed)) {
    if (!held.has(address)) problems.push(`"addresses" lists ${address}, which no host holds`);
  }
  for (const address of sortAddresses(held)) {
    if (!listed.has(address)) problems.push(`${address} of ${hostsHolding(hosts, address)} is missing from "addresses"`);
  }

  const environment: EnvironmentLock = { addresses: sortAddresses(held), hosts };
  if (raw.departing) {
    const departing = emptyRecord<string>();
    for (const [text, since] of Object.entries(raw.departing)) {
      const address = canonical(text, '"departing"');
      const timeProblem = instantProblem(since, now);
      if (timeProblem) problems.push(`the departing time of ${address ?? JSON.stringify(text)}, ${JSON.stringify(since)}, ${timeProblem}`);
      if (address === undefined) continue;
      if (!held.has(address)) problems.push(`"departing" marks ${address}, which no host holds`);
      departing[address] = since;
    }
    environment.departing = departing;
  }
  return { environment, problems };
}

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** A host name in lower case without a final dot: LDH labels of 1-63 characters, 253 in all, two labels at least. */
export function isHostName(name: string): boolean {
  const labels = name.split('.');
  return name.length <= 253 && labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Why `text` is not a UTC instant in whole seconds no later than `now` (plus skew); undefined when it is one. */
export function instantProblem(text: string, now: Date): string | undefined {
  const time = Date.parse(text);
  // Date.parse rolls some impossible dates over (2026-02-30 becomes March 2nd): the instant must
  // print back as the very text it was read from.
  if (!ISO_SECONDS.test(text) || Number.isNaN(time) || new Date(time).toISOString() !== text.replace(/Z$/, '.000Z')) {
    return 'is not a real UTC time such as 2026-11-24T08:00:00Z';
  }
  if (time > now.getTime() + CLOCK_SKEW_MS) return `is in the future (now is ${now.toISOString().replace(/\.\d{3}Z$/, 'Z')})`;
  return undefined;
}

function hostsHolding(hosts: Record<string, string[]>, address: string): string {
  return Object.keys(hosts)
    .filter((host) => hosts[host]?.includes(address))
    .join(', ');
}
