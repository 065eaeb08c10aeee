import type { Settings } from '../settings.js';
import type { GitHubRunContext } from './github-context.js';
import { runIssue } from './issue.js';
import type { RunOutcome } from './outcome.js';
import { runPullRequest } from './pull-request.js';

/**
 * The modes that work through the GitHub API, behind one import: pull-request mode opens an
 * issue when it may not open pull requests, so both share their code, and one chunk holds it.
 */
export function runGitHubMode(settings: Settings, context: GitHubRunContext): Promise<RunOutcome> {
  return settings.mode === 'pull-request' ? runPullRequest(settings, context) : runIssue(settings, context);
}
