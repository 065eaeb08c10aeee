import { sortAddresses } from '../addresses.js';
import type { LockResult } from '../engine.js';
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
 * Warnings for hosts no server resolved and for addresses add-when all left out, and the failure
 * unresolved hosts cause when the settings ask for it.
 */
export function lookupFailures(result: LockResult, settings: Settings): { warnings: string[]; failure?: string } {
  const warnings = result.failedHosts.map((host) => {
    const reasons = [...new Set(host.observation.failures.map((f) => `${f.type} via ${f.server}: ${f.reason}`))];
    return `${host.host} could not be resolved (${reasons.join('; ')}); its locked addresses are kept. Check that the DNS servers are reachable from the runner.`;
  });
  for (const withheld of result.withheld) {
    warnings.push(
      `${withheld.host}: ${withheld.address} (${withheld.type}) was returned by ${withheld.from.join(', ')} but not by ${withheld.notFrom.join(', ')}; with add-when: all it is not added. If it is real, every server will return it once their caches catch up; if it stays, check the servers that return it.`,
    );
  }
  if (result.failedHosts.length === 0 || settings.onLookupFailure === 'warn') return { warnings };
  return {
    warnings,
    failure: `${plural(result.failedHosts.length, 'host')} could not be resolved: ${result.failedHosts.map((h) => h.host).join(', ')}. Their locked addresses were kept. With on-lookup-failure set to warn, this only warns.`,
  };
}
