import type { DnsQuestion, Observed } from './dns/resolve-hosts.js';
import type { EarlyDns } from './dns-first.js';
import { InputError, messageOf, redact, UserError } from './errors.js';
import type { GitHubRepository } from './github/repository.js';
import type { GateSources } from './modes/gate-sources.js';
import type { RunOutcome } from './modes/outcome.js';
import { markdownText } from './report/escape.js';
import { dnsLines, dnsTitle, exchangeLine, writeLines } from './report/log.js';
import * as runner from './runner.js';
import type { Settings } from './settings.js';

// For the entry (index.ts): whether the log still has a phase to print.
export { phasesRunning } from './runner.js';

const UPDATE_HINT =
  'Update it by merging the pull request of a scheduled vipps-ip-lock run (mode: pull-request), by running `npx vipps-ip-lock update` with the same settings, or by committing the new lock shown in the job summary.';

/**
 * The action: the one place that reads inputs and the environment, and sets outputs, the summary
 * and failure. `early` is the settings the entry read and the queries it sent, or the input it
 * refused, before this code loaded (index.ts).
 */
export async function run(early: EarlyDns): Promise<void> {
  const dns: DnsQuestion | undefined = 'question' in early ? early.question : undefined;
  // Registered before anything can fail: no message printed from here on can carry it.
  const token = runner.getInput('github-token');
  runner.setSecret(token);
  try {
    if ('refused' in early) throw early.refused;
    const { settings, question, exchanges, startedAt } = early;
    // The queries left before this code loaded (index.ts). Everything else (reading the lock or
    // GitHub, loading the code of the mode, the first line of the log) happens during the round
    // trip. The DNS phase's group, with each query under debug logging, is printed when the answers are in.
    const observed = runner.phase(
      'DNS',
      async () => {
        const answers = await question.observed;
        for (const record of exchanges) runner.debug(exchangeLine(record));
        for (const line of dnsLines(answers, settings.recordTypes)) runner.info(line);
        return answers;
      },
      (answers) => dnsTitle(answers, settings.recordTypes, settings.dnsServers.length === 0 ? 0 : question.servers.length),
      startedAt,
    );
    // Awaited by the mode; a run that fails before that must not see it as an unhandled rejection.
    observed.catch(() => {});
    runner.info(`vipps-ip-lock ${settings.mode}${settings.dryRun ? ' (dry run)' : ''}: ${settings.groups.map((g) => g.name).join(', ')}`);
    const [outcome, { setOutputs }, { renderCompared }] = await Promise.all([
      runMode(settings, observed, question.servers),
      import('./runner-output.js'),
      import('./cli/render.js'),
    ]);
    for (const warning of outcome.warnings) runner.warning(warning);
    setOutputs(outcome.outputs);
    // The report goes to the job summary once; the log gets a few plain lines and points there.
    runner.appendSummary(outcome.summary);
    for (const line of logLines(renderCompared(outcome, settings.lockFile))) runner.info(line);
    for (const line of writeLines(outcome.outputs, settings.dryRun)) runner.info(line);
    // Outside a runner nothing shows a job summary: the report goes to the log instead.
    runner.info(process.env.GITHUB_STEP_SUMMARY ? 'The full report is in the job summary.' : outcome.summary);
    if (outcome.failure) runner.setFailed(outcome.failure);
  } catch (error) {
    const message = redact(await explain(error, token), [token]);
    // The job summary says why too: it is where a reviewer of the pull request looks first.
    runner.appendSummary(`### vipps-ip-lock ${markdownText(runner.getInput('mode') || 'check')} failed\n\n${markdownText(message)}\n`);
    runner.setFailed(message);
  } finally {
    // A run that failed early does not wait for answers it will not use.
    dns?.cancel();
  }
}

/** Lines of the text report shown in the log; past this many, the job summary has the rest. */
const LOG_LINES = 12;

function logLines(report: string): string[] {
  const lines = report.trimEnd().split('\n');
  if (lines.length <= LOG_LINES) return lines;
  return [...lines.slice(0, LOG_LINES - 1), `  ... and ${lines.length - LOG_LINES + 1} more lines in the job summary`];
}

async function explain(error: unknown, token: string): Promise<string> {
  if (typeof error !== 'object' || error === null || !('status' in error || 'errors' in error)) return messageOf(error);
  const mode = runner.getInput('mode') || 'check';
  const { explainGitHubError } = await import('./github/errors.js');
  return explainGitHubError(error, mode as Settings['mode'], [token]) ?? messageOf(error);
}

// The code of each mode is loaded on demand, while DNS answers; check and report runs never load
// the GitHub client.
async function runMode(settings: Settings, observed: Promise<Observed>, servers: readonly string[]): Promise<RunOutcome> {
  const now = new Date();
  if (settings.mode === 'check' || settings.mode === 'report') {
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const gate = settings.mode === 'check' ? (await pullRequestGate(settings, root, now))?.sources : undefined;
    const { runLocal } = await import('./modes/local.js');
    const outcome = await runLocal(settings, { root, observed, servers, now, updateHint: UPDATE_HINT, gate });
    if (outcome.failure && settings.mode === 'check') {
      const failure = outcome.failure;
      outcome.failure = await runner.phase('GitHub: the open update pull request', () => withPullRequestLink(settings, failure));
    }
    return outcome;
  }
  const repository = await connect(settings);
  const context = { repository, serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', observed, now, log: runner };
  return (await import('./modes/github.js')).runGitHubMode(settings, context);
}

/**
 * In a pull_request, pull_request_target or merge_group run, starts reading the base's lock and
 * exports (through the checkout's history or the GitHub API) while DNS answers; check then holds
 * the pull request against them. Undefined in any other run.
 */
async function pullRequestGate(settings: Settings, root: string, now: Date): Promise<{ sources: Promise<GateSources> } | undefined> {
  const { gatedEvent } = await import('./modes/pull-request-event.js');
  const event = await gatedEvent(process.env);
  if (!event) return undefined;
  const { readGateSources } = await import('./modes/gate-sources.js');
  const connectIfPossible = async () => (settings.github.token && process.env.GITHUB_REPOSITORY ? connect(settings) : undefined);
  const sources = runner.phase('The base branch', () => readGateSources(event, { settings, root, now, connect: connectIfPossible }));
  // Awaited by the mode; until then a refusal must not count as an unhandled rejection.
  sources.catch(() => {});
  return { sources };
}

async function connect(settings: Settings): Promise<GitHubRepository> {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new UserError(`GITHUB_REPOSITORY is not set: mode ${settings.mode} runs inside a GitHub Actions workflow.`);
  if (!settings.github.token)
    throw new InputError('github-token', '', `mode ${settings.mode} needs a token: leave github-token at its default, the workflow's own token`);
  const { createOctokit } = await import('./github/octokit.js');
  const { GitHubRepository } = await import('./github/repository.js');
  // GitHub Enterprise Server sets GITHUB_API_URL to its own API.
  const octokit = createOctokit(settings.github.token, process.env.GITHUB_API_URL ?? 'https://api.github.com', runner);
  return new GitHubRepository(octokit, { owner, repo });
}

/** Points a failing check to the open update pull request, when there is one. */
async function withPullRequestLink(settings: Settings, failure: string): Promise<string> {
  if (!settings.github.token || !process.env.GITHUB_REPOSITORY) return failure;
  try {
    const repository = await connect(settings);
    const open = await repository.openPullRequest(settings.github.branch);
    return open ? `${failure} Pull request #${open.number} updates it: ${open.url}` : failure;
  } catch (error) {
    const { isMissingPermission } = await import('./github/errors.js');
    if (isMissingPermission(error)) {
      runner.info(
        "The open update pull request is not linked: add `pull-requests: read` to the workflow's `permissions:` to link the open update pull request.",
      );
    } else runner.debug(`Could not look for the update pull request: ${messageOf(error)}`);
    return failure;
  }
}
