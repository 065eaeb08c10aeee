import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { PERMISSIONS } from '../src/github/errors.js';
import { readSettings } from '../src/settings.js';
import { runAction, tempDir } from './support/action.js';
import { GitHubFake } from './support/github-fake.js';
import type { Access, Permissions, Scope } from './support/github-permissions.js';
import { lockFromDns } from './support/lock-from-dns.js';
import { honestFiles, runOnPullRequest } from './support/pull-request-run.js';

// Every mode run by dist/index.js with exactly the `permissions:` its example workflow grants,
// and with one scope less (or one level less): GitHub refuses what the token may not do, as the
// fake's permission layer does, and the run must fail naming the scope to add.

interface Example {
  file: string;
  mode: string;
  permissions: Permissions;
}

async function example(file: string): Promise<Example> {
  const workflow = parseYaml(await readFile(path.join('examples', file), 'utf8')) as {
    permissions: Record<string, Access>;
    jobs: Record<string, { steps: Array<{ with?: { mode?: string } }> }>;
  };
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.with?.mode);
  return { file, mode: step?.with?.mode ?? 'check', permissions: workflow.permissions as Permissions };
}

const EXAMPLES = {
  pullRequest: await example('scheduled-pull-request.yml'),
  issue: await example('issue-notification.yml'),
  check: await example('pull-request-check.yml'),
};

let github: GitHubFake;
let dns: Awaited<ReturnType<typeof startDnsServer>>;
beforeEach(async () => {
  github = await new GitHubFake().start();
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
});
afterEach(async () => {
  expect(github.violations).toEqual([]);
  await github.close();
  await dns.close();
});

const TOKEN = 'ghs_permissionsTestToken0123456789';
const inputs = { environments: 'production', 'dns-servers': '', 'dns-timeout': '200' };

async function run(mode: string, permissions: Permissions, workspace?: string, extra: Record<string, string> = {}) {
  github.tokens.set(TOKEN, permissions);
  return runAction(
    { ...inputs, 'dns-servers': dns.server, mode, 'github-token': TOKEN, ...extra },
    {
      workspace: workspace ?? (await tempDir()),
      env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.example' },
    },
  );
}

function without(permissions: Permissions, scope: Scope): Permissions {
  const { [scope]: _, ...rest } = permissions;
  return rest;
}

/** The error annotations, with the workflow-command escapes the runner undoes. */
const errors = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .map((line) => line.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'));

describe('the examples grant what each mode needs', () => {
  it('match the permission table the error messages name, and the README', async () => {
    const readme = await readFile('README.md', 'utf8');
    for (const { mode, permissions } of Object.values(EXAMPLES)) {
      const { required, optional = {} } = PERMISSIONS[mode as keyof typeof PERMISSIONS];
      const granted = { ...required, ...Object.fromEntries(Object.entries(optional).map(([s, o]) => [s, o.access])) };
      expect(permissions, mode).toEqual(granted);
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${mode}\` |`)) ?? '';
      for (const [scope, access] of Object.entries(granted)) expect(row, `README's row for ${mode}`).toContain(`\`${scope}: ${access}\``);
    }
  });
});

describe('pull-request mode with the example permissions', () => {
  it('opens the pull request', async () => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run('pull-request', EXAMPLES.pullRequest.permissions);
    expect(errors(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs['pull-request-operation']).toBe('created');
  });

  it.each<[string, Scope, string]>([
    ['contents', 'contents', 'contents: write'],
    ['pull-requests', 'pull-requests', 'pull-requests: write'],
  ])('fails naming `%s` when it is left out, and writes nothing', async (_, scope, add) => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run('pull-request', without(EXAMPLES.pullRequest.permissions, scope));
    expect(result.code).toBe(1);
    expect(errors(result.stdout)).toEqual([expect.stringContaining(`Add \`${add}\` to the workflow's \`permissions:\``)]);
    expect(github.writes).toEqual([]);
  });

  it.each<[Scope, string]>([
    ['contents', 'POST /repos/merchant/infrastructure/git/trees'],
    ['pull-requests', 'POST /repos/merchant/infrastructure/pulls'],
  ])('fails naming `%s: write` when it is only read', async (scope, request) => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run('pull-request', { ...EXAMPLES.pullRequest.permissions, [scope]: 'read' });
    expect(result.code).toBe(1);
    const [error] = errors(result.stdout);
    expect(error).toContain(`GitHub answered 403 to ${request.replace(' ', ` ${github.url}`)}: Resource not accessible by integration.`);
    expect(error).toContain(`Add \`${scope}: write\` to the workflow's \`permissions:\``);
  });

  it("runs a dry run with read access only, as the project's own CI does", async () => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run('pull-request', { contents: 'read', 'pull-requests': 'read' }, undefined, { 'dry-run': 'true' });
    expect(errors(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
    expect(github.writes).toEqual([]);
  });

  it('opens the pull request without issues: write, which only the fallback issue needs', async () => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run('pull-request', without(EXAMPLES.pullRequest.permissions, 'issues'));
    expect(result.code).toBe(0);
    expect(result.outputs['pull-request-operation']).toBe('created');
  });
});

describe('pull-request mode when GitHub does not let Actions open pull requests', () => {
  it('leads with the setting to turn on, gives the compare URL and the branch, and opens an issue meanwhile', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.actionsMayCreatePullRequests = false;
    const result = await run('pull-request', EXAMPLES.pullRequest.permissions);
    expect(result.code).toBe(1);
    const [error] = errors(result.stdout);
    expect(error).toMatch(
      /^::error::GitHub does not let GitHub Actions open pull requests in this repository\. Turn on "Allow GitHub Actions to create and approve pull requests" \(Settings → Actions → General → Workflow permissions/,
    );
    expect(error).toContain('fine-grained personal access token');
    expect(error).toContain(
      'The change is on branch `vipps-ip-lock/update`: open the pull request by hand at https://github.example/merchant/infrastructure/compare/main...vipps-ip-lock/update?expand=1.',
    );
    expect(error).toMatch(/Issue #1 \(.*\/issues\/1\) tracks it meanwhile\.$/);
    expect(result.outputs).toMatchObject({ 'pull-request-operation': 'none', 'issue-operation': 'created', 'issue-number': '1' });
    expect(github.openIssues()[0]?.body).toContain('compare/main...vipps-ip-lock/update?expand=1');
    expect(github.refs.has('heads/vipps-ip-lock/update')).toBe(true);
    expect(result.summary.split('\n').find((l) => l.trim() && !l.startsWith('#'))).toMatch(/^\*\*GitHub does not let GitHub Actions open pull requests/);
  });

  it('still leads with the real fix when the fallback issue is refused too, and says why no issue was opened', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.actionsMayCreatePullRequests = false;
    const result = await run('pull-request', without(EXAMPLES.pullRequest.permissions, 'issues'));
    expect(result.code).toBe(1);
    const [error] = errors(result.stdout);
    expect(error).toMatch(/^::error::GitHub does not let GitHub Actions open pull requests in this repository\. Turn on "Allow GitHub Actions/);
    expect(error).toContain('open the pull request by hand at https://github.example/merchant/infrastructure/compare/main...vipps-ip-lock/update?expand=1');
    expect(error).toContain("No issue was opened instead: the token may not open issues: add `issues: write` to the workflow's `permissions:`");
    // The permissions the user already granted are not what is missing.
    expect(error).not.toContain('needs `contents: write, pull-requests: write`');
    expect(result.outputs).toMatchObject({ 'pull-request-operation': 'none', 'issue-number': '', 'issue-operation': 'none' });
    expect(github.issues).toEqual([]);
  });
});

describe('issue mode with the example permissions', () => {
  it('opens the issue', async () => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run('issue', EXAMPLES.issue.permissions);
    expect(errors(result.stdout)).toEqual([]);
    expect(result.outputs['issue-operation']).toBe('created');
  });

  it.each<[Scope, string]>([
    ['contents', 'contents: read'],
    ['issues', 'issues: write'],
  ])('fails naming `%s` when it is left out', async (scope, add) => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run('issue', without(EXAMPLES.issue.permissions, scope));
    expect(result.code).toBe(1);
    expect(errors(result.stdout)).toEqual([expect.stringContaining(`Add \`${add}\` to the workflow's \`permissions:\``)]);
    expect(github.writes).toEqual([]);
  });

  it('fails naming `issues: write` when issues are only read', async () => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run('issue', { ...EXAMPLES.issue.permissions, issues: 'read' });
    expect(result.code).toBe(1);
    expect(errors(result.stdout)).toEqual([expect.stringContaining("Add `issues: write` to the workflow's `permissions:`")]);
  });
});

describe('check mode with the example permissions', () => {
  async function staleWorkspace(): Promise<string> {
    const settings = readSettings((name) => ({ ...inputs, 'dns-servers': dns.server })[name as keyof typeof inputs] ?? '');
    const lock = (await lockFromDns(settings, { now: new Date() })).nextText;
    const workspace = await tempDir();
    await writeFile(path.join(workspace, 'ips.lock.json'), lock);
    dns.setZone({ ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] } });
    return workspace;
  }

  it('links the open update pull request', async () => {
    github.push('main', { 'README.md': 'infra' });
    await run('pull-request', EXAMPLES.pullRequest.permissions);
    const result = await run('check', EXAMPLES.check.permissions, await staleWorkspace());
    expect(result.code).toBe(1);
    expect(errors(result.stdout)).toEqual([expect.stringMatching(/Pull request #1 updates it: /)]);
  });

  it('says which scope links the pull request when pull-requests: read is left out, and fails only on the drift', async () => {
    github.push('main', { 'README.md': 'infra' });
    await run('pull-request', EXAMPLES.pullRequest.permissions);
    const result = await run('check', without(EXAMPLES.check.permissions, 'pull-requests'), await staleWorkspace());
    expect(result.code).toBe(1);
    expect(errors(result.stdout)).toEqual([expect.not.stringContaining('Pull request #1')]);
    expect(result.stdout).toContain("add `pull-requests: read` to the workflow's `permissions:` to link the open update pull request");
  });
});

describe('check mode on a pull request, which reads the base through the API', () => {
  it('holds the pull request against its base, and names `contents: read` when it is left out', async () => {
    const honest = await honestFiles(dns.server);
    github.push('main', honest);
    github.tokens.set('ghs_gateToken', EXAMPLES.check.permissions);
    const allowed = await runOnPullRequest(github, dns.server, { head: honest });
    expect(errors(allowed.stdout)).toEqual([]);
    expect(allowed.code).toBe(0);
    github.tokens.set('ghs_gateToken', without(EXAMPLES.check.permissions, 'contents'));
    const refused = await runOnPullRequest(github, dns.server, { head: honest });
    expect(refused.code).toBe(1);
    expect(errors(refused.stdout)).toEqual([expect.stringContaining('Give the job `permissions: contents: read`')]);
  });
});

describe('report mode', () => {
  it('needs no GitHub permission: it makes no request', async () => {
    const result = await run('report', {});
    expect(result.code).toBe(0);
    expect(github.requests).toEqual([]);
  });
});
