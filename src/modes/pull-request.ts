import { lockFromObservations } from '../engine.js';
import { UserError } from '../errors.js';
import { parseLockIfPresent } from '../lock/parse.js';
import type { Lock } from '../lock/types.js';
import { changeTitle, fingerprint, markerField, pullRequestBody } from '../report/bodies.js';
import type { Settings } from '../settings.js';
import { checkExports, describeStale } from './exports.js';
import { type GitHubRunContext, githubOutcome, inPhase, type Operation, Writes } from './github-context.js';
import type { RunOutcome } from './outcome.js';
import { NOT_PERMITTED, pullRequestRefused } from './pull-request-refused.js';

/**
 * pull-request mode: reads the lock from the base branch through the API (no checkout needed),
 * and keeps one branch and one pull request in step with DNS: created on drift, updated in place
 * when DNS moves again or the base moves, closed when the base lock matches DNS once more.
 */
export async function runPullRequest(settings: Settings, context: GitHubRunContext): Promise<RunOutcome> {
  const { repository: github } = context;
  const { branch } = settings.github;
  // One read: the open pull request, the base branch, the lock there and on the update branch,
  // and every export. Nothing more is read before a write.
  const state = await inPhase(
    context.log,
    'GitHub read',
    () => github.state({ branch, base: settings.github.base, lockFile: settings.lockFile, files: settings.exports.map((e) => e.path) }),
    (read) =>
      `${read.base ? `${read.base.name} at ${read.base.oid.slice(0, 7)}` : 'no base branch'}, ${read.open ? `pull request #${read.open.number} open` : 'no open pull request'}`,
  );
  const { open } = state;
  const { owner, repo } = github.name;
  const base = state.base;
  if (!base) throw new UserError(`The base branch "${settings.github.base}" does not exist in ${owner}/${repo}. Set "base" to an existing branch.`);
  if (branch === base.name)
    throw new UserError(`Input "branch" is "${branch}", the base branch itself: pick a branch of its own, such as vipps-ip-lock/update.`);
  const previousText = state.files.get(settings.lockFile);
  const previous = parseLockIfPresent(previousText, `${base.name}:${settings.lockFile}`, context.now);
  const pending = open ? pendingLock(context, `${settings.github.branch}:${settings.lockFile}`, state.pending) : undefined;
  const result = lockFromObservations({ settings, previous, previousText, pending, now: context.now, observed: await context.observed });
  const exports = await checkExports(settings, result.next, async (file) => state.files.get(file));
  const changed = result.lockChanged || exports.stale.length > 0;

  let operation: Operation = 'none';
  let pull = open;
  const writes = new Writes(settings.dryRun, context.log);

  if (!changed) {
    if (open) {
      await writes.run(`close pull request #${open.number}`, async () => {
        await github.closePullRequest(
          open.number,
          `DNS matches \`${settings.lockFile}\` on \`${open.base}\` again: nothing to update. Closed by vipps-ip-lock.`,
        );
        await github.deleteBranch(branch);
      });
      operation = 'closed';
    }
  } else {
    const title = changeTitle(result, settings.lockFile);
    const target = { base: base.name, sha: base.oid };
    const files = new Map([[settings.lockFile, result.nextText], ...exports.expected]);
    const digest = fingerprint([...files].flat().join('\0'));
    const body = pullRequestBody(result, settings.lockFile, target.sha, digest, exports.stale);
    const current =
      open &&
      // Someone may have pushed to the branch: a broken or edited lock there is replaced, not merged.
      state.pending === result.nextText &&
      markerField(open.body, 'pull-request', settings.lockFile, 'base') === target.sha &&
      markerField(open.body, 'pull-request', settings.lockFile, 'digest') === digest;
    if (!current) {
      await writes.run(`commit ${[...files.keys()].join(', ')} to ${branch} on top of ${target.base}`, async () => {
        const commit = await github.commitFiles(base, files, `${title}\n\nResolved by vipps-ip-lock from Vipps MobilePay DNS.`);
        await github.moveBranch(branch, commit, open !== undefined);
      });
    }
    if (open) {
      if (!current || open.title !== title || open.body !== body) {
        await writes.run(`update pull request #${open.number}`, () => github.updatePullRequest(open.number, title, body));
        operation = 'updated';
      }
    } else {
      try {
        await writes.run(`open a pull request from ${branch} into ${target.base}`, async () => {
          pull = await createOrAdopt(context, settings, { base: target.base, title, body });
          await github.label(pull.number, settings.github.labels, settings.github.assignees);
          await github.requestReviewers(pull.number, settings.github.reviewers);
        });
        operation = 'created';
      } catch (error) {
        if (!NOT_PERMITTED.test(String((error as Error).message))) throw error;
        return pullRequestRefused(settings, context, { result, exports, base: target.base });
      }
    }
  }

  const staleNote = describeStale(exports, settings.lockFile);
  const advice = [...writes.advice(operation, pull?.url), ...(staleNote ? [`Firewall files: ${staleNote}; the pull request updates them.`] : [])];
  return githubOutcome(settings, { result, exports, kind: 'pull-request', target: pull, operation, advice });
}

/** Creates the pull request; when a concurrent run created it first, takes that one over. */
async function createOrAdopt(context: GitHubRunContext, settings: Settings, input: { base: string; title: string; body: string }) {
  const { repository: github } = context;
  try {
    return await github.createPullRequest({ branch: settings.github.branch, draft: settings.github.draft, ...input });
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
    const existing = await github.openPullRequest(settings.github.branch, input.base);
    if (!existing) throw error;
    context.log.info(`Pull request #${existing.number} was opened meanwhile by another run; updating it.`);
    await github.updatePullRequest(existing.number, input.title, input.body);
    return existing;
  }
}

/** The lock on the open pull request's branch; ignored (with a warning) when someone broke it there. */
function pendingLock(context: GitHubRunContext, source: string, text: string | undefined): Lock | undefined {
  try {
    return parseLockIfPresent(text, source, context.now);
  } catch (error) {
    context.log.warning(`The lock on the update pull request's branch cannot be read (${(error as Error).message}); starting again from the base branch.`);
    return undefined;
  }
}
