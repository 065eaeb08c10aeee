import { type LockResult, lockFromObservations } from '../engine.js';
import { renderExports } from '../exports/render.js';
import type { IssueFacts } from '../github/state-query.js';
import { parseLock, parseLockIfPresent } from '../lock/parse.js';
import type { Lock } from '../lock/types.js';
import { changeTitle, fingerprint, issueBody, markerField } from '../report/bodies.js';
import { headline } from '../report/rows.js';
import type { Settings } from '../settings.js';
import { bodyUntouched, type Identity, identityOf, named, openedByIdentity } from './authorship.js';
import { checkExports, type ExportCheck, staleFiles } from './exports.js';
import { type GitHubRunContext, githubOutcome, inPhase, type Operation, Writes } from './github-context.js';
import type { RunOutcome } from './outcome.js';

/**
 * issue mode: one issue, the action's own (opened by the token, found again by a hidden marker),
 * open while the lock on the base branch differs from DNS. Like a pull request, the issue's
 * proposal evolves from what it last proposed, so a flapping address changes nothing; its body is
 * rewritten whenever it is not what the action would write, a comment tells watchers when the
 * drift itself changes, and it is closed when the lock matches DNS again.
 */
export async function runIssue(settings: Settings, context: GitHubRunContext): Promise<RunOutcome> {
  const { repository: github } = context;
  // GitHub is read once, for the open issues, the lock and the exports, while DNS answers.
  const [observed, state] = await Promise.all([
    context.observed,
    inPhase(
      context.log,
      'GitHub read',
      () => github.issueState({ base: settings.github.base, lockFile: settings.lockFile, files: settings.exports.map((e) => e.path) }),
      (read) => `${read.issues.length} open ${read.issues.length === 1 ? 'issue' : 'issues'} read`,
    ),
  ]);
  const identity = identityOf(state.viewer);
  const ours = ownIssues(state.issues, identity, settings.lockFile);
  const lockSource = `${settings.github.base || 'the default branch'}:${settings.lockFile}`;
  const previousText = state.files.get(settings.lockFile);
  const previous = parseLockIfPresent(previousText, lockSource, context.now);
  const pending = ours[0] && proposedLock(ours[0], identity, settings, context.now);
  const result = lockFromObservations({ settings, previous, previousText, pending, now: context.now, observed });
  const exports = await checkExports(settings, result.next, async (file) => state.files.get(file));
  return upsertIssue(settings, context, identity, result, exports, ours);
}

/** Used by pull-request mode when GitHub refuses the workflow token a pull request. */
export async function openIssueFallback(
  settings: Settings,
  context: GitHubRunContext,
  identity: Identity,
  result: LockResult,
  exports: ExportCheck,
  compareUrl: string,
): Promise<RunOutcome> {
  const ours = ownIssues(await context.repository.openIssues(), identity, settings.lockFile);
  return upsertIssue(settings, context, identity, result, exports, ours, compareUrl);
}

/**
 * The open issues that are the action's own, oldest first: opened by the token's identity, with
 * the marker for this lock file. An issue anyone else opens, marker or not, is theirs.
 */
function ownIssues(issues: readonly IssueFacts[], identity: Identity, lockFile: string): IssueFacts[] {
  return issues.filter((issue) => markerField(issue.body, 'issue', lockFile, 'digest') !== undefined && openedByIdentity(issue, identity));
}

/**
 * The lock the issue proposes, kept in its body as a hidden comment (base64, so no text in it can
 * close the comment): the next run evolves the proposal from it, as a pull request's branch does.
 */
const PROPOSAL = (lockFile: string) => `<!-- vipps-ip-lock:proposed file=${lockFile} lock=`;
/** GitHub refuses a body over 65536 characters: a proposal that would not fit is left out (the next run starts from the base). */
const BODY_LIMIT = 65_536;

function withProposal(body: string, lockFile: string, lockText: string): string {
  const line = `${PROPOSAL(lockFile)}${Buffer.from(lockText).toString('base64')} -->`;
  const cut = body.indexOf('\n');
  const withLine = `${body.slice(0, cut + 1)}${line}\n${body.slice(cut + 1)}`;
  return withLine.length <= BODY_LIMIT ? withLine : body;
}

/**
 * The lock the open issue proposed, read back from its body: only when nobody but the action
 * edited that body, and the lock and the exports it gives are what the body's digest fingerprints.
 */
function proposedLock(issue: IssueFacts, identity: Identity, settings: Settings, now: Date): Lock | undefined {
  if (!bodyUntouched(issue, identity)) return undefined;
  const prefix = PROPOSAL(settings.lockFile);
  const line = issue.body.split('\n').find((l) => l.startsWith(prefix) && l.endsWith(' -->'));
  if (!line) return undefined;
  const text = Buffer.from(line.slice(prefix.length, -' -->'.length), 'base64').toString('utf8');
  try {
    const lock = parseLock(text, `issue #${issue.number}`, now);
    const digest = fingerprint([text, ...renderExports(lock, settings.exports, settings.lockFile)].flat().join('\0'));
    return digest === markerField(issue.body, 'issue', settings.lockFile, 'digest') ? lock : undefined;
  } catch {
    return undefined;
  }
}

async function upsertIssue(
  settings: Settings,
  context: GitHubRunContext,
  identity: Identity,
  result: LockResult,
  exports: ExportCheck,
  ours: IssueFacts[],
  compareUrl?: string,
): Promise<RunOutcome> {
  const { repository: github } = context;
  let operation: Operation = 'none';
  let issue: { number: number; url: string } | undefined = ours[0];
  const writes = new Writes(settings.dryRun, context.log);
  const [open, ...duplicates] = ours;

  if (result.lockChanged || exports.stale.length > 0) {
    const title = changeTitle(result, settings.lockFile);
    const digest = fingerprint([result.nextText, ...exports.expected].flat().join('\0'));
    const body = withProposal(issueBody(result, settings.lockFile, digest, staleFiles(exports), compareUrl), settings.lockFile, result.nextText);
    if (!open) {
      operation = 'created';
      await writes.run('open an issue', async () => {
        const created = await github.createIssue({ title, body, labels: settings.github.labels, assignees: settings.github.assignees });
        issue = await keepOldest(settings, context, identity, created);
        if (issue !== created) operation = 'none';
      });
    } else {
      if (open.title !== title || open.body !== body) {
        await writes.run(`update issue #${open.number}`, async () => {
          await github.updateIssue(open.number, title, body);
          const comment = !bodyUntouched(open, identity)
            ? `The description was edited by ${named(open.editor)}; vipps-ip-lock wrote it again from DNS and \`${settings.lockFile}\`.`
            : markerField(open.body, 'issue', settings.lockFile, 'digest') !== digest
              ? `DNS changed again: ${headline(result, settings.lockFile).replace(/^DNS has changed: /, '')}. The description above is up to date.`
              : undefined;
          // One comment when the drift itself changes, so watchers hear of it; none for a reworded body.
          if (comment) await github.comment(open.number, comment);
        });
        operation = 'updated';
      }
      for (const duplicate of duplicates) await closeDuplicate(settings, context, writes, duplicate.number, open.number);
    }
  } else if (open) {
    for (const each of ours) {
      await writes.run(`close issue #${each.number}`, () =>
        github.closeIssue(each.number, `\`${settings.lockFile}\` matches DNS again. Closed by vipps-ip-lock.`),
      );
    }
    operation = 'closed';
  }

  return githubOutcome(settings, { result, exports, kind: 'issue', target: issue, operation, advice: writes.advice(operation, issue?.url) });
}

/**
 * Overlapping runs may each open an issue: after opening one, look again, and when an older issue
 * of the action's is open, close the new one as its duplicate. Every run that loses closes only
 * its own, so the oldest stays open, whichever run finishes first.
 */
async function keepOldest(
  settings: Settings,
  context: GitHubRunContext,
  identity: Identity,
  created: { number: number; url: string },
): Promise<{ number: number; url: string }> {
  const oldest = ownIssues(await context.repository.openIssues(), identity, settings.lockFile).find((i) => i.number < created.number);
  if (!oldest) return created;
  context.log.info(`Issue #${oldest.number} was opened meanwhile by another run; closing #${created.number} as its duplicate.`);
  await context.repository.closeIssue(created.number, `Duplicate of #${oldest.number}, opened by another run at the same time. Closed by vipps-ip-lock.`);
  return oldest;
}

async function closeDuplicate(settings: Settings, context: GitHubRunContext, writes: Writes, number: number, kept: number): Promise<void> {
  await writes.run(`close issue #${number}`, () =>
    context.repository.closeIssue(number, `Duplicate of #${kept}: vipps-ip-lock keeps one issue for \`${settings.lockFile}\`. Closed by vipps-ip-lock.`),
  );
}
