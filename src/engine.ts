import { type Disputed, disputedAddresses, type HeldBack, heldBack } from './agreement.js';
import { diffLocks, type LockDiff } from './diff.js';
import type { Observed } from './dns/resolve-hosts.js';
import type { RecordType } from './dns/types.js';
import { mergeLock } from './lock/merge.js';
import { serializeLock } from './lock/serialize.js';
import { type Lock, own } from './lock/types.js';
import { type HostObservation, type HostStatus, hostStatus } from './observation.js';
import type { Settings } from './settings.js';

export interface LockRequest {
  settings: Settings;
  /** What DNS said about every configured host. */
  observed: Observed;
  /** The committed lock; undefined when there is none yet. */
  previous: Lock | undefined;
  /**
   * The committed lock's text as read. Bytes that parse but are not the lock's one canonical form
   * (unsorted, upper-case hex, other spacing) read as a change, so an update rewrites them.
   */
  previousText?: string | undefined;
  /**
   * The lock an open update pull request proposes. DNS is merged into it rather than into the
   * committed lock, so the proposal evolves exactly as the lock would have if it had been merged:
   * a flapping address leaves it stable instead of opening and closing pull requests.
   */
  pending?: Lock | undefined;
  now: Date;
}

export interface HostReport {
  host: string;
  groups: string[];
  status: HostStatus;
  observation: HostObservation;
}

export interface LockResult {
  previous: Lock | undefined;
  /** The previous lock's text as read (in its canonical form when only the parsed lock was given). */
  previousText: string | undefined;
  next: Lock;
  nextText: string;
  /** The lock file's text would change (a missing lock counts as changed). */
  lockChanged: boolean;
  diff: LockDiff;
  hosts: HostReport[];
  /**
   * Hosts with a record type no server could resolve, even when the other type answered: a
   * lookup failure for on-lookup-failure, whose locked addresses of that type are kept.
   */
  failedHosts: HostReport[];
  /** Under add-when all: addresses only some answering servers returned, left out of the lock. */
  withheld: Disputed[];
  /**
   * Each host and record type some server failed for while another answered, with what that kept
   * from happening (an addition under add-when all, a removal in every mode).
   */
  heldBack: HeldBack[];
  /** Hosts where a failed server held back an addition or a removal: a lookup failure for on-lookup-failure. */
  blockedHosts: string[];
}

/** The next lock and what changed, from what DNS said: plain data in, plain data out. */
export function lockFromObservations(request: LockRequest): LockResult {
  const { settings, observed, previous, pending } = request;
  const next = mergeLock({
    previous: pending ?? previous,
    groups: settings.groups,
    observations: observed.observations,
    types: settings.recordTypes,
    now: request.now,
    removalGraceMs: settings.removalGraceMs,
    addWhen: settings.addWhen,
  });
  const nextText = serializeLock(next);
  const hosts = observed.hosts.map((host): HostReport => {
    const observation = observed.observations.get(host) ?? { host, decided: {}, answers: [], noSuchHost: false, failures: [], rejected: [] };
    return {
      host,
      groups: settings.groups.filter((g) => g.hosts.includes(host)).map((g) => g.name),
      status: hostStatus(observation, settings.recordTypes),
      observation,
    };
  });
  const previousText = previous && (request.previousText ?? serializeLock(previous));
  const held = heldBackBy(hosts, pending ?? previous, next, settings.recordTypes);
  return {
    previous,
    previousText,
    next,
    nextText,
    lockChanged: previousText !== nextText,
    diff: diffLocks(previous, next, settings.removalGraceMs),
    hosts,
    failedHosts: hosts.filter((h) => h.status === 'failed' || h.status === 'partial'),
    withheld: withheldAddresses(hosts, next),
    heldBack: held,
    blockedHosts: [...new Set(held.filter((h) => h.additions.length > 0 || h.kept.length > 0).map((h) => h.host))],
  };
}

/** What servers that failed, while others answered, kept the lock from doing, host by host and type by type. */
function heldBackBy(hosts: readonly HostReport[], before: Lock | undefined, next: Lock, types: readonly RecordType[]): HeldBack[] {
  const locked = (lock: Lock | undefined, report: HostReport) =>
    new Set(report.groups.flatMap((group) => own(own(lock?.environments, group)?.hosts, report.host) ?? []));
  return hosts.flatMap((report) => {
    const was = locked(before, report);
    const now = locked(next, report);
    return types.flatMap((type) => heldBack(report.observation, type, was, now) ?? []);
  });
}

/** The disputed addresses that the next lock does not hold for their host: what add-when all kept out. */
function withheldAddresses(hosts: readonly HostReport[], next: Lock): Disputed[] {
  return hosts.flatMap((report) =>
    disputedAddresses(report.observation).filter(
      (disputed) => !report.groups.some((group) => next.environments[group]?.hosts[report.host]?.includes(disputed.address)),
    ),
  );
}
