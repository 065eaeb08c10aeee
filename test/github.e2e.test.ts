import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { runAction, tempDir } from './support/action.js';
import { GitHubFake } from './support/github-fake.js';

// dist/index.js as the runner runs it, against the fake GitHub API, with the production Octokit
// (retries, throttling and write spacing as users get them).

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

const TOKEN = 'ghs_e2eSecretToken0123456789';

async function run(inputs: Record<string, string>, apiUrl = github.url) {
  return runAction(
    { environments: 'production', 'dns-servers': dns.server, 'dns-timeout': '200', 'github-token': TOKEN, ...inputs },
    {
      workspace: await tempDir(),
      env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: apiUrl, GITHUB_SERVER_URL: 'https://github.example' },
    },
  );
}

describe('dist/index.js with the GitHub API', () => {
  it('opens the pull request, then finds nothing to do, through a GitHub Enterprise Server address', async () => {
    github.push('main', { 'README.md': 'infra' });
    const first = await run({ mode: 'pull-request', labels: 'vipps' }, `${github.url}/api/v3`);
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({
      'pull-request-operation': 'created',
      'pull-request-number': '1',
      'pull-request-url': `${github.url}/html/merchant/infrastructure/pull/1`,
    });
    expect(first.summary).toContain(`Opened ${github.url}/html/merchant/infrastructure/pull/1.`);
    expect(github.openPulls()[0]?.labels).toEqual(['vipps']);

    const second = await run({ mode: 'pull-request' }, `${github.url}/api/v3`);
    expect(second.outputs['pull-request-operation']).toBe('none');
    expect(github.openPulls()).toHaveLength(1);
    // The runner consumes ::add-mask:: itself and masks the value everywhere after; it is never shown.
    expect(first.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
    for (const output of [first, second]) {
      const shown = `${output.stdout.replace(`::add-mask::${TOKEN}`, '')}${output.stderr}${output.summary}${JSON.stringify(output.outputs)}`;
      expect(shown).not.toContain(TOKEN);
    }
    expect(github.issues.map((i) => `${i.title}${i.body}${i.comments.join('')}`).join('')).not.toContain(TOKEN);
  });

  it('keeps one issue in issue mode', async () => {
    github.push('main', { 'README.md': 'infra' });
    const first = await run({ mode: 'issue' });
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ 'issue-operation': 'created', 'issue-number': '1' });
    const second = await run({ mode: 'issue' });
    expect(second.outputs['issue-operation']).toBe('none');
    expect(github.openIssues()).toHaveLength(1);
  });

  it('points a failing check to the open update pull request', async () => {
    github.push('main', { 'README.md': 'infra' });
    await run({ mode: 'pull-request' });
    const check = await run({ mode: 'check' });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /::error::ips.lock.json does not exist\..*Pull request #1 updates it: http:\/\/127\.0\.0\.1:\d+\/html\/merchant\/infrastructure\/pull\/1/,
    );
  });

  it('fails with the fix when GitHub does not let Actions open pull requests', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.actionsMayCreatePullRequests = false;
    const run1 = await run({ mode: 'pull-request' });
    expect(run1.code).toBe(1);
    expect(run1.stdout).toContain(
      '::error::GitHub does not let GitHub Actions open pull requests in this repository. Turn on "Allow GitHub Actions to create and approve pull requests"',
    );
    expect(run1.outputs).toMatchObject({ 'pull-request-operation': 'none', 'issue-operation': 'created' });
  });

  it('replaces an `allow all;` pushed to the update branch, and says so in the log, the summary and the pull request', async () => {
    github.push('main', { 'README.md': 'infra' });
    const exports = 'nginx: firewall/vipps.conf';
    await run({ mode: 'pull-request', exports });
    github.push('vipps-ip-lock/update', { 'firewall/vipps.conf': 'allow all;\n' }, 'open up', 'mallory');
    const second = await run({ mode: 'pull-request', exports });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /^::warning::Changes not made by vipps-ip-lock were replaced: the head of vipps-ip-lock\/update, \w{7}, was made by mallory\./m,
    );
    expect(second.outputs).toMatchObject({ 'pull-request-operation': 'updated', 'pull-request-number': '1' });
    expect(github.fileAt('vipps-ip-lock/update', 'firewall/vipps.conf')).not.toContain('allow all;');
    expect(github.openPulls()[0]?.body).toContain('**Changes not made by vipps-ip-lock were replaced.**');
    expect(second.summary).toContain(
      "**Changes not made by vipps-ip-lock were replaced.** Someone else changed `vipps-ip-lock/update` or the pull request's description",
    );
  });

  it("fails naming a branch that holds others' commits, and leaves it as it is", async () => {
    github.push('main', { 'README.md': 'infra' });
    const theirs = github.push('develop', { 'src/app.ts': 'work' }, 'wip', 'alice');
    const result = await run({ mode: 'pull-request', branch: 'develop' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::error::Branch develop is not vipps-ip-lock's to move: it holds 1 commit that vipps-ip-lock did not make \(\w{7} by alice\)/m,
    );
    expect(result.outputs).toMatchObject({ 'pull-request-operation': 'none', changed: 'true' });
    expect(github.refs.get('heads/develop')).toBe(theirs);
    expect(github.writes).toEqual([]);
  });
});
