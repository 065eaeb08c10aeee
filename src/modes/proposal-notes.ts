import type { DroppedAddress, LockResult } from '../engine.js';
import { codeSpan } from '../report/escape.js';
import type { Settings } from '../settings.js';
import { lookupFailures } from './outcome.js';

const DROPPED = '**Addresses neither the base lock nor DNS holds were left out.**';

/**
 * Said when the open proposal held addresses that neither the base lock nor this run's DNS
 * answers hold. Its branch or issue can be written by anything with the same token identity, so
 * such an address is never carried on: the proposal is rebuilt from the base lock and DNS. The
 * body gives only their number (what someone else wrote is not repeated into it); the run's log
 * names them.
 */
export function droppedNote(dropped: readonly DroppedAddress[], base: string): { body: string[]; log: string[] } {
  if (dropped.length === 0) return { body: [], log: [] };
  // issue mode reads the default branch when no base is set.
  const lock = base ? codeSpan(base) : 'the default branch';
  const count = dropped.length === 1 ? 'an address' : `${dropped.length} addresses`;
  const listed = dropped.map((d) => `${d.address} (${d.environment})`).join(', ');
  return {
    body: [
      `${DROPPED} The open proposal held ${count} that DNS does not return now and the lock on ${lock} does not hold: it was rebuilt from ${lock} and DNS.`,
    ],
    log: [
      `The open proposal held ${listed}, which DNS does not return now and the lock on ${base || 'the default branch'} does not hold: it was rebuilt from ${base || 'the default branch'} and DNS.`,
    ],
  };
}

/**
 * The dropped-addresses note of a body the action wrote, kept while what it proposes is unchanged,
 * so the next run does not rewrite the body only to take the note out again.
 */
export function keptDroppedNote(body: string): string[] {
  const line = body.split('\n').find((l) => l.startsWith(DROPPED));
  return line ? [line] : [];
}

/**
 * Under on-lookup-failure: fail a run whose lookups failed writes nothing: the run fails, and
 * the branch, the pull request and the issue stay as the last complete run left them.
 */
export function heldByLookupFailure(settings: Settings, result: LockResult, untouched: string): string | undefined {
  if (!lookupFailures(result, settings).failure) return undefined;
  return `**Nothing was written**: a lookup failed and on-lookup-failure is fail, so ${untouched}.`;
}
