import type { Observed } from '../dns/resolve-hosts.js';
import { type LockResult, lockFromObservations } from '../engine.js';
import { parseLockIfPresent } from '../lock/parse.js';
import { markdownText } from '../report/escape.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Settings } from '../settings.js';
import { type FileLinks, readTextFile } from '../text-file.js';
import { checkExports, describeStale } from './exports.js';
import { lockOutputs, lookupFailures, type RunOutcome } from './outcome.js';

export interface LocalContext {
  /** Folder the lock file path is relative to: the workspace, or the current folder. */
  root: string;
  /** What DNS says, asked for at the start of the run; the lock is read during the round trip. */
  observed: Promise<Observed>;
  now: Date;
  /** How to update the lock, for the failure message. */
  updateHint: string;
  /** Where a link that is the lock or an export may point; inside the root unless said. */
  links?: FileLinks;
}

/**
 * check and report modes: compare live DNS with the lock in the workspace. check fails when they
 * differ or the lock is missing; report never fails on drift. Neither writes anything.
 */
export async function runLocal(settings: Settings, context: LocalContext): Promise<RunOutcome> {
  const previousText = await readTextFile(context.root, settings.lockFile, context.links);
  // A malformed lock fails the run here, while DNS answers, and is never overwritten.
  const previous = parseLockIfPresent(previousText, settings.lockFile);
  const result = lockFromObservations({ settings, previous, now: context.now, observed: await context.observed });
  const exports = await checkExports(settings, result.next, (file) => readTextFile(context.root, file, context.links));
  const failures = lookupFailures(result, settings);
  const check = settings.mode === 'check';
  // The lock is missing, or DNS added or removed an address or moved one between hosts. Report
  // mode says so as plainly as check mode; it only does not fail.
  const drift = result.previous === undefined || result.diff.drift;
  const stale = check && drift;
  const staleExports = describeStale(exports, settings.lockFile);
  const advice: string[] = [];
  const lockFile = markdownText(settings.lockFile);
  if (result.previous === undefined) advice.push(`**${lockFile} does not exist yet.** ${context.updateHint}`);
  else if (drift) advice.push(`**${lockFile} is stale.** ${context.updateHint}`);
  else if (result.lockChanged) {
    advice.push('The firewall needs no change yet. The next update of the lock records when these addresses left DNS, which starts their removal grace.');
  }
  if (staleExports) advice.push(`**Stale firewall files**: ${staleExports}. ${context.updateHint}`);
  const outcome: RunOutcome = {
    result,
    exports,
    outputs: lockOutputs(result, exports),
    summary: renderMarkdown(result, { lockFile: settings.lockFile, advice, includeLock: drift }),
    warnings: failures.warnings,
  };
  if (stale) {
    const what = result.previous === undefined ? `${settings.lockFile} does not exist` : `${settings.lockFile} does not match DNS: ${describeDrift(result)}`;
    outcome.failure = `${what}. ${context.updateHint}`;
  } else if (check && staleExports) outcome.failure = `${staleExports}. ${context.updateHint}`;
  else if (failures.failure) outcome.failure = failures.failure;
  return outcome;
}

function describeDrift(result: LockResult): string {
  const parts = result.diff.environments.map((e) => {
    const bits = [];
    if (e.added.length) bits.push(`added ${e.added.join(', ')}`);
    if (e.removed.length) bits.push(`removed ${e.removed.join(', ')}`);
    if (!bits.length) bits.push('hosts changed');
    return `${e.environment}: ${bits.join('; ')}`;
  });
  return parts.join(' | ') || 'the lock differs';
}
