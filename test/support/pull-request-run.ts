import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderExports } from '../../src/exports/render.js';
import { parseLock } from '../../src/lock/parse.js';
import { readSettings } from '../../src/settings.js';
import { type ActionRun, runAction, tempDir } from './action.js';
import type { GitHubFake } from './github-fake.js';
import { lockFromDns } from './lock-from-dns.js';

export const EXPORT = 'firewall/vipps.conf';

/** The lock and the nginx export an honest update writes for the production hosts, from `dnsServer`. */
export async function honestFiles(dnsServer: string): Promise<Record<string, string>> {
  const settings = readSettings((name) => ({ environments: 'production', 'dns-servers': dnsServer, exports: `nginx: ${EXPORT}` })[name] ?? '');
  const { nextText } = await lockFromDns(settings);
  return { 'ips.lock.json': nextText, [EXPORT]: renderExports(parseLock(nextText, 'ips.lock.json'), settings.exports, 'ips.lock.json').get(EXPORT) ?? '' };
}

/** Edits the production environment of a lock text as a person would, keeping its JSON layout. */
export function editLock(
  text: string,
  edit: (production: { addresses: string[]; hosts: Record<string, string[]>; departing?: Record<string, string> }) => void,
): string {
  const lock = JSON.parse(text);
  edit(lock.environments.production);
  return `${JSON.stringify(lock, null, 2)}\n`;
}

export interface PullRequestRun {
  event?: 'pull_request' | 'pull_request_target' | 'merge_group';
  /** The files of the pull request's head, as the checkout holds them. */
  head: Record<string, string>;
  inputs?: Record<string, string>;
  /** The event payload, when a test needs to break it. */
  payload?: unknown;
  env?: Record<string, string>;
  /** What the workspace holds, when it is not the head (pull_request_target checks out the base). */
  workspace?: Record<string, string>;
}

/**
 * dist/index.js in check mode, as the runner starts it for a pull request: the base is `main` on
 * the fake, the head a branch pushed there, the workspace a checkout of the head, and the event
 * payload at GITHUB_EVENT_PATH naming both commits.
 */
export async function runOnPullRequest(github: GitHubFake, dnsServer: string, run: PullRequestRun): Promise<ActionRun> {
  const event = run.event ?? 'pull_request';
  const baseSha = github.refs.get('heads/main') as string;
  const headSha = github.push(`feature-${github.refs.size}`, run.head, 'edit the allowlist');
  const workspace = await tempDir();
  for (const [file, text] of Object.entries(run.workspace ?? run.head)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), text);
  }
  const payload =
    run.payload ??
    (event === 'merge_group'
      ? { merge_group: { base_sha: baseSha, base_ref: 'refs/heads/main', head_sha: headSha } }
      : { number: 7, pull_request: { number: 7, base: { ref: 'main', sha: baseSha }, head: { ref: 'feature', sha: headSha } } });
  const eventFile = path.join(await tempDir(), 'event.json');
  await writeFile(eventFile, JSON.stringify(payload));
  return runAction(
    { environments: 'production', 'dns-servers': dnsServer, 'dns-timeout': '200', exports: `nginx: ${EXPORT}`, 'github-token': 'ghs_gateToken', ...run.inputs },
    {
      workspace,
      env: {
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: eventFile,
        ...(event === 'merge_group' ? {} : { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' }),
        GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
        GITHUB_API_URL: github.url,
        ...run.env,
      },
    },
  );
}
