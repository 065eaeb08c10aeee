import { checkAddress, isIPv6, type RejectedAddress, sortAddresses } from './addresses.js';
import type { Lookup, RecordType } from './dns/types.js';

/** More records than this in one answer is not a real Vipps MobilePay answer: it is refused whole. */
export const MAX_RECORDS_PER_ANSWER = 32;

export interface LookupFailure {
  server: string;
  type: RecordType;
  reason: string;
}

/**
 * What DNS said about one host, combined over every server asked.
 *
 * A record type is `decided` when at least one server gave a usable answer for it; its addresses
 * are then the union of those answers. A type no server answered is not decided, and its locked
 * addresses are kept: a failed lookup is never a change. A type some server failed for is decided
 * but not `complete` (see failedServers): what it lacks is not taken as removed, since the server
 * that failed may be the one telling the truth.
 */
export interface HostObservation {
  host: string;
  decided: Partial<Record<RecordType, string[]>>;
  /** Each usable answer on its own (no records and no such host as no addresses): who said what. */
  answers: ServerAnswer[];
  /** Every server answered, for every type, that the name does not exist (none failed). */
  noSuchHost: boolean;
  failures: LookupFailure[];
  rejected: RejectedAddress[];
}

export interface ServerAnswer {
  server: string;
  type: RecordType;
  addresses: string[];
}

/**
 * The servers that gave no usable answer for this host and type (each with its reason). While one
 * exists, the servers that answered are not every server: an address they leave out may still be
 * the one that server would have returned, and an address only they return is not agreed by all.
 */
export function failedServers(observation: HostObservation, type: RecordType): LookupFailure[] {
  const answered = new Set(observation.answers.filter((answer) => answer.type === type).map((answer) => answer.server));
  const failed = new Map<string, LookupFailure>();
  for (const failure of observation.failures) {
    if (failure.type === type && !answered.has(failure.server) && !failed.has(failure.server)) failed.set(failure.server, failure);
  }
  return [...failed.values()];
}

export type HostStatus = 'resolved' | 'partial' | 'no-such-host' | 'failed';

export function hostStatus(observation: HostObservation, types: readonly RecordType[]): HostStatus {
  const decided = types.filter((type) => observation.decided[type] !== undefined).length;
  if (decided === 0) return 'failed';
  if (decided < types.length) return 'partial';
  return observation.noSuchHost ? 'no-such-host' : 'resolved';
}

export function observeHosts(lookups: readonly Lookup[], types: readonly RecordType[]): Map<string, HostObservation> {
  const observations = new Map<string, HostObservation>();
  const answeredKinds = new Map<string, Set<string>>();
  for (const { server, host, type, outcome } of lookups) {
    let observation = observations.get(host);
    if (!observation) {
      observation = { host, decided: {}, answers: [], noSuchHost: false, failures: [], rejected: [] };
      observations.set(host, observation);
      answeredKinds.set(host, new Set());
    }
    const kinds = answeredKinds.get(host) as Set<string>;
    if (outcome.kind === 'failed') {
      observation.failures.push({ server, type, reason: outcome.reason });
      continue;
    }
    let accepted: string[] = [];
    if (outcome.kind === 'addresses') {
      const answer = checkAnswer(outcome.addresses, type);
      if (!answer.ok) {
        // A broken or poisoned answer counts as a failed lookup: it must not add an address,
        // and the addresses it lacks must not be taken as removed.
        observation.failures.push({ server, type, reason: answer.reason });
        observation.rejected.push(...answer.rejected);
        continue;
      }
      accepted = answer.addresses;
    }
    kinds.add(outcome.kind);
    observation.answers.push({ server, type, addresses: accepted });
    observation.decided[type] = sortAddresses([...(observation.decided[type] ?? []), ...accepted]);
  }
  for (const [host, observation] of observations) {
    const kinds = answeredKinds.get(host) as Set<string>;
    const allDecided = types.every((type) => observation.decided[type] !== undefined);
    // "No such host" retires a host's addresses: only when every server said so, none failing.
    const complete = types.every((type) => failedServers(observation, type).length === 0);
    observation.noSuchHost = allDecided && complete && kinds.size === 1 && kinds.has('no-such-host');
  }
  return observations;
}

type AnswerCheck = { ok: true; addresses: string[] } | { ok: false; reason: string; rejected: RejectedAddress[] };

function checkAnswer(addresses: readonly string[], type: RecordType): AnswerCheck {
  if (addresses.length > MAX_RECORDS_PER_ANSWER) {
    return {
      ok: false,
      reason: `answer with ${addresses.length} records, over the limit of ${MAX_RECORDS_PER_ANSWER}: ignored as broken`,
      rejected: [],
    };
  }
  const rejected: RejectedAddress[] = [];
  const accepted: string[] = [];
  for (const text of addresses) {
    const check = checkAddress(text);
    if (!check.ok) rejected.push({ address: check.address, reason: check.reason });
    else if (isIPv6(check.address) !== (type === 'AAAA')) {
      rejected.push({ address: check.address, reason: `not an ${type} address` });
    } else accepted.push(check.address);
  }
  if (rejected.length > 0) {
    const list = rejected.map((r) => `${r.address} (${r.reason})`).join(', ');
    return { ok: false, reason: `answer ignored: it holds addresses that are never locked: ${list}`, rejected };
  }
  return { ok: true, addresses: accepted };
}
