import { lockFromObservations } from '../engine.js';
import { UserError } from '../errors.js';
import type { PullRequestFacts } from '../github/state-query.js';
import { parseLockIfPresent } from '../lock/parse.js';
import { changeTitle, fingerprint, markerField, pullRequestBody } from '../report/bodies.js';
import type { Settings } from '../settings.js';
import { COMMIT_TRAILER, type Identity, identityOf, isIdentity, named, openedByIdentity } from './authorship.js';
import { checkExports, describeStale } from './exports.js';
import { type GitHubRunContext, githubOutcome, inPhase, type Operation, Writes } from './github-context.js';
import type { RunOutcome } from './outcome.js';
import { NOT_PERMITTED, pullRequestRefused } from './pull-request-refused.js';
import { branchOwnership, type Ownership, verifyBranchContent } from './update-branch.js';

/** Said in the pull request, for as long as the commit that replaced someone else's changes is the one proposed. */
export const REPLACED_NOTE = (branch: string, base: string) =>
  `**Changes not made by vipps-ip-lock were replaced.** Someone else changed \`${branch}\` or this description; none of it is proposed here. The branch was rebuilt from \`${base}\` and DNS.`;

/**
 * pull-request mode: reads the lock from the base branch through the API (no checkout needed),
 * and keeps one branch and one pull request in step with DNS: created on drift, updated in place
 * when DNS moves again or the base moves, closed when the base lock matches DNS once more. It
 * builds only on what it wrote itself, and moves no branch that holds anyone else's work.
 */
export async function runPullRequest(settings: Settings, context: GitHubRunContext): Promise<RunOutcome> {
  const { repository: github } = context;
  const { branch } = settings.github;
  // One read: the open pull requests from the branch, the base branch, the branch's head commit,
  // and the lock and every export on both branches. Nothing more is read before a write, unless
  // the branch is not plainly the action's own.
  const state = await inPhase(
    context.log,
    'GitHub read',
    () => github.state({ branch, base: settings.github.base, lockFile: settings.lockFile, files: settings.exports.map((e) => e.path) }),
    (read) =>
      `${read.base ? `${read.base.name} at ${read.base.oid.slice(0, 7)}` : 'no base branch'}, ${read.pulls.length ? `open from ${branch}: ${read.pulls.map((p) => `pull request #${p.number}`).join(', ')}` : 'no open pull request'}${read.branchHead ? `, ${branch} at ${read.branchHead.oid.slice(0, 7)}` : ''}`,
  );
  const { owner, repo } = github.name;
  const base = state.base;
  if (!base) throw new UserError(`The base branch "${settings.github.base}" does not exist in ${owner}/${repo}. Set "base" to an existing branch.`);
  if (branch === base.name)
    throw new UserError(`Input "branch" is "${branch}", the base branch itself: pick a branch of its own, such as vipps-ip-lock/update.`);
  const identity = identityOf(state.viewer);
  const previousText = state.files.get(settings.lockFile);
  const previous = parseLockIfPresent(previousText, `${base.name}:${settings.lockFile}`, context.now);

  // A fork's branch of the same name is another branch; of this repository's, only the pull
  // request the token opened into the configured base is the action's.
  const fromBranch = state.pulls.filter((p) => !p.fromFork);
  const open = fromBranch.find((p) => p.base === base.name && openedByIdentity(p, identity));
  const others = fromBranch.filter((p) => p !== open);

  const content = open
    ? verifyBranchContent({
        settings,
        identity,
        pull: open,
        head: state.branchHead,
        files: state.branchFiles,
        base: { oid: base.oid, files: state.files },
        now: context.now,
      })
    : undefined;
  const replaced = content && 'problem' in content ? content : undefined;
  if (replaced?.foreign)
    context.log.warning(
      `Changes not made by vipps-ip-lock were replaced: ${replaced.problem}. Nothing from ${branch} is proposed; the branch is rebuilt from ${base.name} and DNS.`,
    );
  const pending = content && 'lock' in content ? content.lock : undefined;
  const result = lockFromObservations({ settings, previous, previousText, pending, now: context.now, observed: await context.observed });
  const exports = await checkExports(settings, result.next, async (file) => state.files.get(file));
  const changed = result.lockChanged || exports.stale.length > 0;

  let ownership: Ownership | undefined;
  const owns = async () => {
    ownership ??= await branchOwnership(github, identity, base, branch, state.branchHead);
    return ownership;
  };

  let operation: Operation = 'none';
  let pull: { number: number; url: string } | undefined = open;
  const writes = new Writes(settings.dryRun, context.log);
  const outcome = (failure?: string) => {
    const staleNote = describeStale(exports, settings.lockFile);
    const advice = [
      ...(replaced?.foreign ? [REPLACED_NOTE(branch, base.name).replace('this description', "the pull request's description")] : []),
      ...writes.advice(operation, pull?.url),
      ...(staleNote ? [`Firewall files: ${staleNote}; the pull request updates them.`] : []),
    ];
    const done = githubOutcome(settings, { result, exports, kind: 'pull-request', target: pull, operation, advice });
    return failure ? { ...done, failure, summary: `${done.summary}\n**Not done**: ${failure}\n` } : done;
  };

  if (!changed) {
    if (open) {
      // Deleting the branch would close any other pull request built on it, or lose someone's commits.
      const owned = (await owns()).owned && others.length === 0;
      await writes.run(`close pull request #${open.number}`, async () => {
        await github.closePullRequest(
          open.number,
          `DNS matches \`${settings.lockFile}\` on \`${open.base}\` again: nothing to update. Closed by vipps-ip-lock.`,
        );
        if (owned) await github.deleteBranch(branch);
      });
      operation = 'closed';
    }
    return outcome();
  }

  if (others.length > 0) return outcome(builtOnByOthers(branch, base.name, others, identity));
  if (!open && state.branchHead) {
    const owned = await owns();
    if (!owned.owned)
      return outcome(
        `Branch ${branch} is not vipps-ip-lock's to move: ${owned.reason}. It was left as it is. Set "branch" to a branch of its own (the default is vipps-ip-lock/update), or delete ${branch} if nothing on it is needed.`,
      );
  }

  const title = changeTitle(result, settings.lockFile);
  const target = { base: base.name, sha: base.oid };
  const files = new Map([[settings.lockFile, result.nextText], ...exports.expected]);
  const digest = fingerprint([...files].flat().join('\0'));
  const current =
    open !== undefined &&
    pending !== undefined &&
    state.branchFiles.get(settings.lockFile) === result.nextText &&
    markerField(open.body, 'pull-request', settings.lockFile, 'base') === target.sha &&
    markerField(open.body, 'pull-request', settings.lockFile, 'digest') === digest;
  const note = replaced?.foreign || (current && open.body.includes(REPLACED_NOTE(branch, base.name))) ? [REPLACED_NOTE(branch, base.name)] : [];
  const body = pullRequestBody(result, settings.lockFile, target.sha, digest, exports.stale, note);
  if (!current) {
    await writes.run(`commit ${[...files.keys()].join(', ')} to ${branch} on top of ${target.base}`, async () => {
      const commit = await github.commitFiles(base, files, `${title}\n\n${COMMIT_TRAILER}`);
      // Another run may create the branch between the read and this write: its commit is the action's own too.
      const mayMove = async () => (await branchOwnership(github, identity, base, branch, await github.branchHead(branch))).owned;
      await github.moveBranch(branch, commit, state.branchHead !== undefined, mayMove);
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
        pull = await createOrAdopt(context, settings, identity, { base: target.base, title, body });
        await github.label(pull.number, settings.github.labels, settings.github.assignees);
        await github.requestReviewers(pull.number, settings.github.reviewers);
      });
      operation = 'created';
    } catch (error) {
      if (!NOT_PERMITTED.test(String((error as Error).message))) throw error;
      return pullRequestRefused(settings, context, { result, exports, base: target.base, identity });
    }
  }
  return outcome();
}

/** Why the branch is left alone: other pull requests are built on it, and the action edits none of them. */
function builtOnByOthers(branch: string, base: string, others: PullRequestFacts[], identity: Identity): string {
  const listed = others.map((p) => `#${p.number} into ${p.base}${openedByIdentity(p, identity) ? '' : `, opened by ${named(p.author)}`}`);
  return `Branch ${branch} is the head of ${others.length === 1 ? 'pull request' : 'pull requests'} ${listed.join('; ')}, which vipps-ip-lock did not open into ${base}. It neither edits ${others.length === 1 ? 'that pull request' : 'them'} nor moves the branch under ${others.length === 1 ? 'it' : 'them'}. Close ${others.length === 1 ? 'it' : 'them'}, or set "branch" to a branch of its own.`;
}

/** Creates the pull request; when a concurrent run of this action created it first, takes that one over. */
async function createOrAdopt(context: GitHubRunContext, settings: Settings, identity: Identity, input: { base: string; title: string; body: string }) {
  const { repository: github } = context;
  try {
    return await github.createPullRequest({ branch: settings.github.branch, draft: settings.github.draft, ...input });
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
    const existing = await github.openPullRequest(settings.github.branch, input.base);
    if (!existing) throw error;
    if (!isIdentity(existing.user, identity))
      throw new UserError(
        `Pull request #${existing.number} from ${settings.github.branch} into ${input.base} was opened meanwhile by @${existing.user?.login ?? 'someone else'}, not by vipps-ip-lock: it is left as it is.`,
      );
    context.log.info(`Pull request #${existing.number} was opened meanwhile by another run; updating it.`);
    await github.updatePullRequest(existing.number, input.title, input.body);
    return existing;
  }
}
