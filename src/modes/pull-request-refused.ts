import type { LockResult } from '../engine.js';
import { messageOf } from '../errors.js';
import { explainGitHubError, isMissingPermission } from '../github/errors.js';
import type { Settings } from '../settings.js';
import type { Identity } from './authorship.js';
import type { ExportCheck } from './exports.js';
import { type GitHubRunContext, githubOutcome, inPhase } from './github-context.js';
import { openIssueFallback } from './issue.js';
import type { RunOutcome } from './outcome.js';

/** GitHub's answer (403, sometimes 422) when the workflow token may not open pull requests here. */
export const NOT_PERMITTED = /not permitted to create or approve pull requests/i;

/** The fix, first in every message about the refusal: the setting, or a token that is allowed. */
export const PULL_REQUESTS_REFUSED =
  'GitHub does not let GitHub Actions open pull requests in this repository. Turn on "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions; when it is greyed out, the organisation\'s settings lock it), or pass as github-token a GitHub App installation token or a fine-grained personal access token with Contents and Pull requests write access to this repository.';

/**
 * GitHub refused the workflow token a pull request. The branch is pushed already: the run fails
 * with the fix first, then the compare URL that opens the pull request by hand, then the branch,
 * and opens (or updates) the issue where the token may, which says the same.
 */
export async function pullRequestRefused(
  settings: Settings,
  context: GitHubRunContext,
  run: { result: LockResult; exports: ExportCheck; base: string; identity: Identity },
): Promise<RunOutcome> {
  const { owner, repo } = context.repository.name;
  const { branch } = settings.github;
  // Each branch encoded but its slashes, as GitHub's own compare links write them; parentheses
  // too, which would end the Markdown link in the issue body.
  const ref = (name: string) => encodeURIComponent(name).replace(/%2F/g, '/').replace(/\(/g, '%28').replace(/\)/g, '%29');
  const compareUrl = `${context.serverUrl}/${owner}/${repo}/compare/${ref(run.base)}...${ref(branch)}?expand=1`;
  const byHand = `The change is on branch \`${branch}\`: open the pull request by hand at ${compareUrl}`;
  const pullRequestOutputs = { 'pull-request-number': '', 'pull-request-url': '', 'pull-request-operation': 'none' };
  try {
    const fallback = await inPhase(context.log, 'An issue instead of the pull request', () =>
      openIssueFallback(settings, context, run.identity, run.result, run.exports, compareUrl),
    );
    const issue = fallback.outputs['issue-url'] ? `Issue #${fallback.outputs['issue-number']} (${fallback.outputs['issue-url']}) tracks it meanwhile.` : '';
    const advice = [`**${PULL_REQUESTS_REFUSED}**`, `${byHand}.`, ...(issue ? [issue] : [])];
    const outcome = githubOutcome(settings, { ...run, kind: 'issue', target: undefined, operation: 'none', advice });
    return {
      ...fallback,
      summary: outcome.summary,
      outputs: { ...fallback.outputs, ...pullRequestOutputs },
      failure: [PULL_REQUESTS_REFUSED, `${byHand}.`, issue].filter(Boolean).join(' '),
    };
  } catch (error) {
    // The fallback is refused too: say so plainly, and still lead with the real fix.
    const why = isMissingPermission(error)
      ? "the token may not open issues: add `issues: write` to the workflow's `permissions:` to get one meanwhile"
      : (explainGitHubError(error, 'issue') ?? messageOf(error));
    const noIssue = `No issue was opened instead: ${why}`;
    const outcome = githubOutcome(settings, {
      ...run,
      kind: 'issue',
      target: undefined,
      operation: 'none',
      advice: [`**${PULL_REQUESTS_REFUSED}**`, `${byHand}.`, `${noIssue}.`],
    });
    return {
      ...outcome,
      outputs: { ...outcome.outputs, ...pullRequestOutputs },
      failure: `${PULL_REQUESTS_REFUSED} ${byHand}. ${noIssue.replace(/\.$/, '')}.`,
    };
  }
}
