import { isIPv6, sortAddresses } from '../addresses.js';
import { type AddWhen, agreedAddresses } from '../agreement.js';
import type { RecordType } from '../dns/types.js';
import { failedServers, type HostObservation } from '../observation.js';
import type { EnvironmentLock, Lock } from './types.js';
import { emptyRecord, LOCK_VERSION, own } from './types.js';

export interface HostGroup {
  name: string;
  hosts: string[];
}

export interface MergeInput {
  previous: Lock | undefined;
  groups: readonly HostGroup[];
  observations: ReadonlyMap<string, HostObservation>;
  types: readonly RecordType[];
  now: Date;
  /** How long an address that left DNS stays in the lock; 0 removes it at once. */
  removalGraceMs: number;
  /** `all`: an address not yet locked enters only when every server answered and returned it. Default `any`. */
  addWhen?: AddWhen;
}

/**
 * The next lock: the previous one brought up to date with what DNS said, under the rules users
 * rely on. Addresses are added as soon as any server returns them, or with `addWhen: 'all'` when
 * every configured server does (none failing). A record type that any server failed for keeps its
 * locked addresses: only every server answering without an address removes it. An address that
 * has so left the environment stays allowed, marked departing, until the removal grace has passed
 * since it was first missed; if it comes back meanwhile the mark simply runs out, so a flapping answer changes
 * nothing. Hosts and environments no longer configured are dropped.
 */
export function mergeLock(input: MergeInput): Lock {
  const environments = emptyRecord<EnvironmentLock>();
  for (const group of input.groups) {
    const environment = mergeEnvironment(group, input);
    if (environment) environments[group.name] = environment;
  }
  const schema = input.previous?.$schema;
  return { ...(schema === undefined ? {} : { $schema: schema }), version: LOCK_VERSION, environments };
}

function mergeEnvironment(group: HostGroup, input: MergeInput): EnvironmentLock | undefined {
  const previous = own(input.previous?.environments, group.name);
  const live = new Map<string, string[]>();
  // Addresses some DNS answer returned this run, as opposed to ones kept because a lookup failed.
  const answered = new Set<string>();
  // Under add-when all, an address the firewall does not allow yet needs every server to return it;
  // one it allows already stays for as long as any server returns it, so removal is unchanged.
  const allowed = new Set(previous?.addresses ?? []);
  const admit =
    input.addWhen === 'all'
      ? (observation: HostObservation, type: RecordType, decided: readonly string[]) => {
          const agreed = agreedAddresses(observation, type);
          return decided.filter((address) => agreed.has(address) || allowed.has(address));
        }
      : undefined;
  for (const host of group.hosts) {
    const addresses = liveAddresses(own(previous?.hosts, host), input.observations.get(host), input.types, admit);
    if (!addresses) continue;
    live.set(host, addresses.all);
    for (const address of addresses.answered) answered.add(address);
  }
  if (!previous && live.size === 0) return undefined;

  const liveInEnvironment = new Set([...live.values()].flat());
  const previouslyDeparting = previous?.departing ?? emptyRecord<string>();
  const nowIso = isoSeconds(input.now);
  const inGrace = (since: string): boolean => input.now.getTime() - Date.parse(since) < input.removalGraceMs;

  const departing = emptyRecord<string>();
  const hosts = emptyRecord<string[]>();
  for (const [host, addresses] of live) {
    const kept = new Set(addresses);
    for (const address of own(previous?.hosts, host) ?? []) {
      // An address that only moved to another host of the environment needs no grace: the
      // firewall keeps allowing it.
      if (kept.has(address) || liveInEnvironment.has(address)) continue;
      const since = own(previouslyDeparting, address) ?? nowIso;
      if (inGrace(since)) {
        kept.add(address);
        departing[address] = since;
      }
    }
    hosts[host] = sortAddresses(kept);
  }
  const locked = new Set(Object.values(hosts).flat());
  for (const [address, since] of Object.entries(previouslyDeparting)) {
    if (Object.hasOwn(departing, address) || !locked.has(address)) continue;
    // Past the grace, an address DNS returns again loses its mark. One that is still locked only
    // because its lookup failed keeps the mark as it was: a failed lookup changes nothing.
    if (inGrace(since) || !answered.has(address)) departing[address] = since;
  }
  const environment: EnvironmentLock = { addresses: sortAddresses(locked), hosts };
  if (Object.keys(departing).length > 0) environment.departing = departing;
  return environment;
}

/** A host's addresses now: what DNS decided per record type, and the locked ones where it did not. */
function liveAddresses(
  locked: readonly string[] | undefined,
  observation: HostObservation | undefined,
  types: readonly RecordType[],
  admit?: (observation: HostObservation, type: RecordType, decided: readonly string[]) => string[],
): { all: string[]; answered: string[] } | undefined {
  const all: string[] = [];
  const answered: string[] = [];
  for (const type of types) {
    const union = observation?.decided[type];
    const decided = union && observation && admit ? admit(observation, type, union) : union;
    const lockedOfType = (locked ?? []).filter((a) => isIPv6(a) === (type === 'AAAA'));
    if (decided) {
      all.push(...decided);
      answered.push(...decided);
      // A server that failed may be the honest one: what the others leave out is not gone.
      if (observation && failedServers(observation, type).length > 0) all.push(...lockedOfType.filter((a) => !decided.includes(a)));
    } else {
      all.push(...lockedOfType);
    }
  }
  // A host never locked and not resolved now stays out: a failed lookup is not a change.
  const anyDecided = types.some((type) => observation?.decided[type] !== undefined);
  if (!anyDecided && locked === undefined) return undefined;
  return { all, answered };
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
