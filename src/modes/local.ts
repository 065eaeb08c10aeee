import type { Observed } from '../dns/resolve-hosts.js';
import { type LockResult, lockFromObservations } from '../engine.js';
import { renderExports } from '../exports/render.js';
import { canonicalFindings } from '../lock/canonical.js';
import { parseLockIfPresent } from '../lock/parse.js';
import type { Lock } from '../lock/types.js';
import { markdownText } from '../report/escape.js';
import { renderMarkdown } from '../report/markdown.js';
import { checkHeadline } from '../report/rows.js';
import type { Settings } from '../settings.js';
import { type FileLinks, readTextFile } from '../text-file.js';
import { checkExports, describeStale, staleFiles } from './exports.js';
import { confineToBase, exportFindings } from './gate.js';
import { exportRemovalFindings, keptFromBase, removalFindings } from './gate-removals.js';
import type { GateSources } from './gate-sources.js';
import { lockOutputs, lookupFailures, type RunOutcome } from './outcome.js';
import { observedAsLocked, sameObservation } from './rehearsal.js';

export interface LocalContext {
  /** Folder the lock file path is relative to: the workspace, or the current folder. */
  root: string;
  /** What DNS says, asked for at the start of the run; the lock is read during the round trip. */
  observed: Promise<Observed>;
  /** The servers asked, in the order they were asked (see rehearsal.ts); when not given, nothing is foreseen. */
  servers?: readonly string[];
  now: Date;
  /** How to update the lock, for the failure message. */
  updateHint: string;
  /** Where a link that is the lock or an export may point; inside the root unless said. */
  links?: FileLinks;
  /**
   * In a pull request or merge queue run: the base's lock and exports (and the head's, when the
   * workspace does not hold them), read during the DNS round trip. check then also holds the pull
   * request against the base (gate.ts).
   */
  gate?: Promise<GateSources> | undefined;
}

/**
 * check and report modes: compare live DNS with the lock in the workspace. check fails when they
 * differ or the lock is missing, and on a pull request when it adds what DNS does not return;
 * report never fails on drift. Neither writes anything.
 */
export async function runLocal(settings: Settings, context: LocalContext): Promise<RunOutcome> {
  let answered = false;
  const settled = () => {
    answered = true;
  };
  context.observed.then(settled, settled);
  const sources = context.gate && (await context.gate);
  const head = sources?.head;
  const texts = new Map<string, string | undefined>();
  const reads = new Map<string, Promise<string | undefined>>();
  // Each file is read once: the rehearsal's reads serve the comparison, which then reads nothing.
  const read = (file: string): Promise<string | undefined> => {
    let reading = reads.get(file);
    if (!reading) {
      reading = (async () => (head ? head.get(file) : await readTextFile(context.root, file, context.links)))();
      reads.set(file, reading);
    }
    return reading.then((text) => {
      texts.set(file, text);
      return text;
    });
  };
  const previousText = await read(settings.lockFile);
  // A malformed lock fails the run here, while DNS answers, and is never overwritten.
  const previous = parseLockIfPresent(previousText, head ? `${settings.lockFile} in the pull request` : settings.lockFile, context.now);
  const compare = (observed: Observed) => compareWithDns(settings, context, { sources, previous, previousText, texts, read }, observed);
  // See rehearsal.ts. A rehearsal that fails is dropped: it must not fail the run.
  const rehearsal = answered
    ? undefined
    : await Promise.resolve()
        .then(async () => {
          const expected = await observedAsLocked(previous, settings, context.servers ?? []);
          return { expected, outcome: await compare(expected) };
        })
        .catch(() => undefined);
  const observed = await context.observed;
  if (rehearsal && context.servers && sameObservation(rehearsal.expected, observed)) return rehearsal.outcome;
  return compare(observed);
}

interface LockRead {
  sources: GateSources | undefined;
  previous: Lock | undefined;
  previousText: string | undefined;
  texts: Map<string, string | undefined>;
  read: (file: string) => Promise<string | undefined>;
}

/** The outcome of check or report for what DNS says, given the lock (and, on a pull request, the base). */
async function compareWithDns(settings: Settings, context: LocalContext, lockRead: LockRead, observed: Observed): Promise<RunOutcome> {
  const { sources, previous, previousText, texts, read } = lockRead;
  // On a pull request, DNS is merged into the lock held to the base: what the pull request adds
  // beyond the base and DNS shows as removed, and fails the check.
  const confined = sources && previous ? confineToBase(previous, sources.base, observed, settings.lockFile, settings.addWhen) : undefined;
  const result = lockFromObservations({ settings, previous, previousText, mergeInto: confined?.lock, now: context.now, observed });
  const exports = await checkExports(settings, result.next, read);
  const failures = lookupFailures(result, settings);
  const check = settings.mode === 'check';
  // The lock is missing, or DNS added or removed an address or moved one between hosts. Report
  // mode says so as plainly as check mode; it only does not fail.
  const drift = result.previous === undefined || result.diff.drift;
  const stale = check && drift;
  const staleExports = describeStale(exports, settings.lockFile);
  const advice: string[] = [];
  const lockFile = markdownText(settings.lockFile);
  const findings = sources
    ? [
        ...(confined?.findings ?? []),
        ...exportFindings(sources.base, texts, exports.expected),
        ...removals(sources, previous, texts, settings, observed, context.now),
        ...canonicalFindings(previous, previousText, settings.lockFile),
      ]
    : [];
  if (sources) advice.push(...gateAdvice(sources, findings));
  if (result.previous === undefined) advice.push(`**${lockFile} does not exist yet.** ${context.updateHint}`);
  else if (drift) advice.push(`**${lockFile} is stale.** ${context.updateHint}`);
  else if (result.diff.environments.length > 0) {
    advice.push('The firewall needs no change yet. The next update of the lock records when these addresses left DNS, which starts their removal grace.');
  } else if (result.lockChanged) {
    advice.push(`${lockFile} holds the same addresses as DNS, but not in the lock's canonical form (order, case or spacing): the next update rewrites it.`);
  }
  if (staleExports) advice.push(`**Stale firewall files**: ${staleExports}. ${context.updateHint}`);
  const outcome: RunOutcome = {
    result,
    exports,
    outputs: lockOutputs(result, exports),
    summary: renderMarkdown(result, {
      lockFile: settings.lockFile,
      title: checkHeadline(result, settings.lockFile, exports.stale),
      advice,
      lock: drift ? 'diff-and-file' : 'none',
      staleFiles: staleFiles(exports),
    }),
    warnings: failures.warnings,
  };
  const problems: string[] = [];
  if (findings.length > 0) {
    problems.push(`The pull request fails the gate (compared with ${sources?.base.label}): ${findings.join('; ')}.`);
  }
  if (stale) {
    const what = result.previous === undefined ? `${settings.lockFile} does not exist` : `${settings.lockFile} does not match DNS: ${describeDrift(result)}`;
    problems.push(`${what}. ${context.updateHint}`);
  } else if (check && staleExports) problems.push(`${staleExports}. ${context.updateHint}`);
  else if (failures.failure) problems.push(failures.failure);
  if (problems.length > 0) outcome.failure = problems.join(' ');
  return outcome;
}

/** What the pull request takes out of the lock and the exports that the action's own update would keep. */
function removals(
  sources: GateSources,
  head: Lock | undefined,
  texts: ReadonlyMap<string, string | undefined>,
  settings: Settings,
  observed: Observed,
  now: Date,
): string[] {
  const kept = keptFromBase(sources.base.lock, settings, observed, now);
  if (kept === undefined) return [];
  return [
    ...removalFindings(head, kept, observed, settings.lockFile),
    ...exportRemovalFindings(sources.base.exports, texts, renderExports(kept, settings.exports, settings.lockFile)),
  ];
}

function gateAdvice(sources: GateSources, findings: string[]): string[] {
  const label = markdownText(sources.base.label);
  const advice = sources.notes.map(markdownText);
  if (findings.length === 0)
    advice.push(
      `**Pull request gate**: compared with ${label}, this pull request adds nothing that DNS does not return, removes nothing the action's own update keeps, and its lock is in the canonical form the action writes.`,
    );
  else {
    advice.push(
      `**Pull request gate: failed.** Compared with ${label}, this pull request allows what DNS does not return now, takes out what the action's own update keeps, or commits a lock not in the form the action writes; only addresses DNS returns may enter the lock and the firewall files, only ones every server agrees are gone may leave:\n\n${findings.map((f) => `- ${markdownText(f)}`).join('\n')}`,
    );
  }
  return advice;
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
