import { computeLock } from '../engine.js';
import type { ServerResolver } from '../dns/types.js';
import { readLockText } from '../lock/file.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Settings } from '../settings.js';
import { lockOutputs, lookupFailures, type RunOutcome } from './outcome.js';

export interface LocalContext {
  /** Folder the lock file path is relative to: the workspace, or the current folder. */
  root: string;
  resolvers: readonly ServerResolver[];
  now: Date;
  /** How to update the lock, for the failure message. */
  updateHint: string;
}

/**
 * check and report modes: compare live DNS with the lock in the workspace. check fails when they
 * differ or the lock is missing; report never fails on drift. Neither writes anything.
 */
export async function runLocal(settings: Settings, context: LocalContext): Promise<RunOutcome> {
  const previousText = await readLockText(context.root, settings.lockFile);
  const result = await computeLock({
    settings,
    previousText,
    lockSource: settings.lockFile,
    resolvers: context.resolvers,
    now: context.now,
  });
  const failures = lookupFailures(result, settings);
  const stale = settings.mode === 'check' && (result.previous === undefined || result.diff.drift);
  const advice: string[] = [];
  if (stale) advice.push(`**${settings.lockFile} is stale.** ${context.updateHint}`);
  else if (result.lockChanged) {
    advice.push('The firewall needs no change yet. The next update of the lock records when these addresses left DNS, which starts their removal grace.');
  }
  const outcome: RunOutcome = {
    result,
    outputs: lockOutputs(result),
    summary: renderMarkdown(result, { lockFile: settings.lockFile, advice, includeLock: stale }),
    warnings: failures.warnings,
  };
  if (stale) {
    const what = result.previous === undefined ? `${settings.lockFile} does not exist` : `${settings.lockFile} does not match DNS: ${describeDrift(result)}`;
    outcome.failure = `${what}. ${context.updateHint}`;
  } else if (failures.failure) outcome.failure = failures.failure;
  return outcome;
}

function describeDrift(result: Awaited<ReturnType<typeof computeLock>>): string {
  const parts = result.diff.environments.map((e) => {
    const bits = [];
    if (e.added.length) bits.push(`added ${e.added.join(', ')}`);
    if (e.removed.length) bits.push(`removed ${e.removed.join(', ')}`);
    if (!bits.length) bits.push('hosts changed');
    return `${e.environment}: ${bits.join('; ')}`;
  });
  return parts.join(' | ') || 'the lock differs';
}
