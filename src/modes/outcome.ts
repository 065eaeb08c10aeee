import { sortAddresses } from '../addresses.js';
import type { HeldBack } from '../agreement.js';
import type { RecordType } from '../dns/types.js';
import type { HostReport, LockResult } from '../engine.js';
import type { HostObservation } from '../observation.js';
import { PRESET_ENVIRONMENTS } from '../presets.js';
import { plural } from '../report/rows.js';
import type { Settings } from '../settings.js';
import type { ExportCheck } from './exports.js';

/** What a run hands back to the action or the command line: plain data, applied in one place. */
export interface RunOutcome {
  result: LockResult;
  exports: ExportCheck;
  outputs: Record<string, string>;
  summary: string;
  /** Set when the run must fail; says what is wrong and what to do. */
  failure?: string;
  warnings: string[];
}

/** The outputs every mode sets. */
export function lockOutputs(result: LockResult, exports: ExportCheck): Record<string, string> {
  const addresses = sortAddresses(Object.values(result.next.environments).flatMap((e) => e.addresses));
  return {
    changed: String(result.lockChanged || exports.stale.length > 0),
    'stale-exports': JSON.stringify(exports.stale),
    added: JSON.stringify(result.diff.added),
    removed: JSON.stringify(result.diff.removed),
    addresses: JSON.stringify(addresses),
    departing: JSON.stringify(result.diff.environments.flatMap((e) => e.departing.map((d) => d.address))),
  };
}

const PRESET_HOSTS = new Set(Object.values(PRESET_ENVIRONMENTS).flat());

/**
 * Configured hosts that every DNS server says do not exist, and that never had an address in the
 * lock: a mistyped custom host (`callbak-1.vipps.no`) rather than a server Vipps MobilePay retired.
 * A preset host that does not exist is Vipps MobilePay's to decide, and is locked with no addresses.
 */
export function unknownHosts(result: LockResult): HostReport[] {
  const everLocked = (host: string): boolean => Object.values(result.previous?.environments ?? {}).some((e) => (e.hosts[host] ?? []).length > 0);
  return result.hosts.filter((h) => h.status === 'no-such-host' && !PRESET_HOSTS.has(h.host) && !everLocked(h.host));
}

/**
 * Warnings for hosts with a record type no server resolved, for hosts that do not exist and for
 * addresses add-when all left out, and the failure the first two cause when the settings ask for
 * it. A type that failed is a failure even when the other type answered: an IPv4-only host whose A
 * lookup fails while AAAA says "no records" has told nothing.
 */
export function lookupFailures(result: LockResult, settings: Settings): { warnings: string[]; failure?: string } {
  const unresolved = result.failedHosts.map((host) => ({ host: host.host, types: unresolvedTypes(host.observation, settings.recordTypes) }));
  const warnings = result.failedHosts.map((host, i) => {
    const types = unresolved[i]?.types ?? [];
    const reasons = [...new Set(host.observation.failures.filter((f) => types.includes(f.type)).map((f) => `${f.type} via ${f.server}: ${f.reason}`))];
    const what =
      types.length < settings.recordTypes.length ? `${host.host} ${types.join(' and ')} could not be resolved` : `${host.host} could not be resolved`;
    return `${what} (${reasons.join('; ')}); its locked addresses are kept. Check that the DNS servers are reachable from the runner and answer for this host.`;
  });
  const unknown = unknownHosts(result);
  for (const host of unknown) {
    warnings.push(
      `${host.host} does not exist: every DNS server answered that there is no such host (NXDOMAIN), so no address is locked for it. Check its spelling in hosts.`,
    );
  }
  for (const host of new Set(result.heldBack.map((held) => held.host))) {
    warnings.push(heldBackWarning(result.heldBack.filter((held) => held.host === host)));
  }
  for (const withheld of result.withheld) {
    warnings.push(
      `${withheld.host}: ${withheld.address} (${withheld.type}) was returned by ${withheld.from.join(', ')} but not by ${withheld.notFrom.join(', ')}; with add-when: all it is not added. If it is real, every server will return it once their caches catch up; if it stays, check the servers that return it.`,
    );
  }
  // A host whose every type failed is already a failed host; one a partly failed server held back is too.
  const blocked = result.blockedHosts.filter((host) => !result.failedHosts.some((h) => h.host === host));
  if ((result.failedHosts.length === 0 && unknown.length === 0 && blocked.length === 0) || settings.onLookupFailure === 'warn') return { warnings };
  const parts: string[] = [];
  if (result.failedHosts.length > 0) {
    const named = unresolved.map(({ host, types }) => (types.length < settings.recordTypes.length ? `${host} (${types.join(', ')})` : host));
    parts.push(`${plural(result.failedHosts.length, 'host')} could not be resolved: ${named.join(', ')}. Their locked addresses were kept.`);
  }
  if (blocked.length > 0) {
    parts.push(
      `${plural(blocked.length, 'host')} had a DNS server fail while others answered, which held back a change: ${blocked.join(', ')}. Nothing was added or removed for ${blocked.length === 1 ? 'it' : 'them'} that not every server agreed on.`,
    );
  }
  if (unknown.length > 0) {
    parts.push(`${plural(unknown.length, 'host')} ${unknown.length === 1 ? 'does' : 'do'} not exist in DNS: ${unknown.map((h) => h.host).join(', ')}.`);
  }
  return { warnings, failure: `${parts.join(' ')} With on-lookup-failure set to warn, this only warns.` };
}

/** One sentence per host naming the servers that failed, why, who answered, and what that held back. */
export function heldBackWarning(held: readonly HeldBack[]): string {
  const failed = [...new Set(held.flatMap((h) => h.failed.map((f) => `${h.type} via ${f.server} (${f.reason})`)))].join(', ');
  const answered = [...new Set(held.flatMap((h) => h.answered))].join(', ');
  const effects: string[] = [];
  for (const h of held) {
    if (h.additions.length > 0) {
      effects.push(`${h.type} ${h.additions.join(', ')} not added: with add-when: all an address needs every server, and one that failed agreed to nothing`);
    }
    if (h.kept.length > 0) {
      effects.push(
        `${h.type} ${h.kept.join(', ')} kept in the lock though ${h.answered.join(', ')} left ${h.kept.length === 1 ? 'it' : 'them'} out: only every server answering without an address removes it`,
      );
    }
  }
  const effect = effects.length > 0 ? effects.join('; ') : 'nothing held back, the lock follows the servers that answered';
  return `${held[0]?.host}: ${failed} gave no usable answer while ${answered} answered; ${effect}. Check that every DNS server is reachable from the runner and answers for this host.`;
}

function unresolvedTypes(observation: HostObservation, types: readonly RecordType[]): RecordType[] {
  return types.filter((type) => observation.decided[type] === undefined);
}
