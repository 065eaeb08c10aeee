import { sortAddresses } from '../addresses.js';
import type { RecordType } from '../dns/types.js';
import type { LockResult } from '../engine.js';
import type { HostObservation } from '../observation.js';
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

/**
 * Warnings for hosts with a record type no server resolved, and the failure they cause when the
 * settings ask for it. A type that failed is a failure even when the other type answered: an
 * IPv4-only host whose A lookup fails while AAAA says "no records" has told nothing.
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
  if (warnings.length === 0 || settings.onLookupFailure === 'warn') return { warnings };
  const named = unresolved.map(({ host, types }) => (types.length < settings.recordTypes.length ? `${host} (${types.join(', ')})` : host));
  return {
    warnings,
    failure: `${plural(result.failedHosts.length, 'host')} could not be resolved: ${named.join(', ')}. Their locked addresses were kept. With on-lookup-failure set to warn, this only warns.`,
  };
}

function unresolvedTypes(observation: HostObservation, types: readonly RecordType[]): RecordType[] {
  return types.filter((type) => observation.decided[type] === undefined);
}
