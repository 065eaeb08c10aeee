import type { DroppedAddress, LockResult } from '../engine.js';
import { codeSpan } from '../report/escape.js';
import type { Settings } from '../settings.js';
import { lookupFailures } from './outcome.js';

const DROPPED = '**Addresses neither the base lock nor DNS holds were left out.**';

/**
 * Said when the open proposal held addresses that neither the base lock nor this run's DNS
 * answers hold. Its branch or issue can be written by anything with the same token identity, so
 * such an address is never carried on: the proposal is rebuilt from the base lock and DNS.
 */
export function droppedNote(dropped: readonly DroppedAddress[], base: string): string[] {
  if (dropped.length === 0) return [];
  const listed = dropped.map((d) => `${codeSpan(d.address)} (${codeSpan(d.environment)})`).join(', ');
  const lock = codeSpan(base);
  return [
    `${DROPPED} The open proposal held ${listed}, which DNS does not return now and the lock on ${lock} does not hold: the proposal was rebuilt from ${lock} and DNS.`,
  ];
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
