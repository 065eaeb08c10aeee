import { type LockResult, lockFromObservations } from '../engine.js';
import type { Issue } from '../github/repository.js';
import { parseLockIfPresent } from '../lock/parse.js';
import { changeTitle, fingerprint, issueBody, marker, markerField } from '../report/bodies.js';
import { headline } from '../report/rows.js';
import type { Settings } from '../settings.js';
import { checkExports, type ExportCheck, staleFiles } from './exports.js';
import { type GitHubRunContext, githubOutcome, inPhase, type Operation, Writes } from './github-context.js';
import type { RunOutcome } from './outcome.js';

/**
 * issue mode: one issue, found again by a hidden marker, open while the lock on the base branch
 * differs from DNS. It is created on drift, updated with a comment only when the drift itself
 * changes, and closed when the lock matches DNS again.
 */
export async function runIssue(settings: Settings, context: GitHubRunContext): Promise<RunOutcome> {
  const { repository: github } = context;
  // GitHub is read once, for the open issue, the lock and the exports, while DNS answers.
  const [observed, state] = await Promise.all([
    context.observed,
    inPhase(
      context.log,
      'GitHub read',
      () =>
        github.issueState(marker('issue', settings.lockFile), {
          base: settings.github.base,
          lockFile: settings.lockFile,
          files: settings.exports.map((e) => e.path),
        }),
      (read) => (read.open ? `issue #${read.open.number} open` : 'no open issue'),
    ),
  ]);
  const { open } = state;
  const lockSource = `${settings.github.base || 'the default branch'}:${settings.lockFile}`;
  const previousText = state.files.get(settings.lockFile);
  const previous = parseLockIfPresent(previousText, lockSource, context.now);
  const result = lockFromObservations({ settings, previous, previousText, now: context.now, observed });
  const exports = await checkExports(settings, result.next, async (file) => state.files.get(file));
  return upsertIssue(settings, context, result, exports, open);
}

/** Used by pull-request mode when GitHub refuses the workflow token a pull request. */
export async function openIssueFallback(
  settings: Settings,
  context: GitHubRunContext,
  result: LockResult,
  exports: ExportCheck,
  compareUrl: string,
): Promise<RunOutcome> {
  const open = await context.repository.findIssue(marker('issue', settings.lockFile));
  return upsertIssue(settings, context, result, exports, open, compareUrl);
}

async function upsertIssue(
  settings: Settings,
  context: GitHubRunContext,
  result: LockResult,
  exports: ExportCheck,
  open: Issue | undefined,
  compareUrl?: string,
): Promise<RunOutcome> {
  const { repository: github } = context;
  let operation: Operation = 'none';
  let issue = open;
  const writes = new Writes(settings.dryRun, context.log);

  if (result.lockChanged || exports.stale.length > 0) {
    const title = changeTitle(result, settings.lockFile);
    const digest = fingerprint([result.nextText, ...exports.expected].flat().join('\0'));
    const body = issueBody(result, settings.lockFile, digest, staleFiles(exports), compareUrl);
    if (!open) {
      await writes.run('open an issue', async () => {
        issue = await github.createIssue({ title, body, labels: settings.github.labels, assignees: settings.github.assignees });
      });
      operation = 'created';
    } else if (markerField(open.body, 'issue', settings.lockFile, 'digest') !== digest) {
      // The drift itself changed: one comment so watchers hear of it, and the body shows the whole picture.
      await writes.run(`update issue #${open.number}`, async () => {
        await github.updateIssue(open.number, title, body);
        await github.comment(
          open.number,
          `DNS changed again: ${headline(result, settings.lockFile).replace(/^DNS has changed: /, '')}. The description above is up to date.`,
        );
      });
      operation = 'updated';
    }
  } else if (open) {
    await writes.run(`close issue #${open.number}`, () =>
      github.closeIssue(open.number, `\`${settings.lockFile}\` matches DNS again. Closed by vipps-ip-lock.`),
    );
    operation = 'closed';
  }

  return githubOutcome(settings, { result, exports, kind: 'issue', target: issue, operation, advice: writes.advice(operation, issue?.url) });
}
