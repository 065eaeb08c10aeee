import Bottleneck from 'bottleneck';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { createResolvers, resolveHosts } from '../src/dns/resolve-hosts.js';
import { explainGitHubError } from '../src/github/errors.js';
import { createOctokit } from '../src/github/octokit.js';
import { GitHubRepository } from '../src/github/repository.js';
import { runIssue } from '../src/modes/issue.js';
import { runPullRequest } from '../src/modes/pull-request.js';
import { readSettings } from '../src/settings.js';
import { type DnsServer, useGitHubAndDns } from './support/github-and-dns.js';
import type { GitHubFake } from './support/github-fake.js';
import { lockFromDns } from './support/lock-from-dns.js';

let github: GitHubFake;
let dns: DnsServer;
const warnings: string[] = [];

useGitHubAndDns((started, server) => {
  github = started;
  dns = server;
  warnings.length = 0;
});

function settingsWith(inputs: Record<string, string> = {}) {
  const all: Record<string, string> = {
    environments: 'production',
    'dns-servers': dns.server,
    'dns-timeout': '200',
    'github-token': 'ghs_faketoken',
    ...inputs,
  };
  return readSettings((name) => all[name] ?? '');
}

function context(now = new Date('2026-11-24T12:00:00Z')) {
  const log = { info: () => {}, warning: (m: string) => void warnings.push(m) };
  const unspaced = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  const octokit = createOctokit('ghs_faketoken', github.url, log, { write: unspaced(), notifications: unspaced() });
  const repository = new GitHubRepository(octokit, { owner: github.owner, repo: github.repo });
  // DNS is asked when the context is made, as the action asks it before anything else.
  const settings = settingsWith();
  return { repository, serverUrl: 'https://github.example', observed: resolveHosts(settings, createResolvers(settings)), now, log };
}

const moveCallback2 = () => dns.setZone({ ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] }, 'callback-4.vipps.no': { A: ['104.45.28.231'] } });

/** The lock DNS gives now, as a merchant would have committed it. */
async function currentLock(): Promise<string> {
  return (await lockFromDns(settingsWith(), { now: new Date('2026-11-24T12:00:00Z') })).nextText;
}

const lockOf = (text: string | undefined) => JSON.parse(text ?? 'null');
const branchHead = () => github.refs.get('heads/vipps-ip-lock/update') as string;

describe('pull-request mode', () => {
  it('opens one pull request with a verified commit of the new lock, on top of the base', async () => {
    const base = github.push('main', { 'README.md': 'infra' });
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'created', 'pull-request-number': '1', changed: 'true' });
    const [pull] = github.openPulls();
    expect(pull?.pull).toMatchObject({ head: 'vipps-ip-lock/update', base: 'main' });
    const head = github.refs.get('heads/vipps-ip-lock/update') as string;
    expect(github.commitOf(head).parents).toEqual([base]);
    expect(JSON.parse(github.fileAt(head, 'ips.lock.json') ?? '').environments.production.addresses).toEqual([
      '104.45.17.199',
      '104.45.28.230',
      '2603:1020:201:10::10f',
    ]);
    expect(github.fileAt(head, 'README.md')).toBe('infra');
    expect(pull?.title).toBe('Update ips.lock.json: ips.lock.json does not exist yet: DNS gives 3 addresses');
  });

  it('makes no write on a repeated run, and updates the same pull request in place when DNS moves again', async () => {
    github.push('main', { 'README.md': 'infra' });
    await runPullRequest(settingsWith(), context());
    const firstHead = branchHead();

    const before = github.requests.length;
    const again = await runPullRequest(settingsWith(), context());
    expect(again.outputs['pull-request-operation']).toBe('none');
    expect(github.requests.slice(before).filter((r) => r.method !== 'GET' && r.operationId !== 'graphql')).toEqual([]);
    expect(branchHead()).toBe(firstHead);

    moveCallback2();
    const moved = await runPullRequest(settingsWith(), context());
    expect(moved.outputs).toMatchObject({ 'pull-request-operation': 'updated', 'pull-request-number': '1' });
    expect(github.openPulls()).toHaveLength(1);
    expect(lockOf(github.fileAt(branchHead(), 'ips.lock.json')).environments.production.addresses).toContain('104.45.28.231');
    expect(github.openPulls()[0]?.body).toContain('104.45.28.231');
  });

  it('commits the lock and its firewall exports together, and writes nothing more while they are current', async () => {
    github.push('main', { 'README.md': 'infra' });
    const exports = 'nginx: firewall/vipps.conf\naws-security-group: aws/vipps.json port=8443';
    await runPullRequest(settingsWith({ exports }), context());
    const head = branchHead();
    expect(github.commitOf(head).parents).toHaveLength(1);
    expect(github.fileAt(head, 'firewall/vipps.conf')).toContain('allow 104.45.28.230/32;');
    expect(JSON.parse(github.fileAt(head, 'aws/vipps.json') ?? '')[0].FromPort).toBe(8443);
    github.merge(1);
    const writes = github.writes.length;
    expect((await runPullRequest(settingsWith({ exports }), context())).outputs['pull-request-operation']).toBe('none');
    expect(github.writes.length).toBe(writes);
  });

  it('opens a pull request for a newly configured export while the lock is current', async () => {
    github.push('main', { 'ips.lock.json': await currentLock() });
    const outcome = await runPullRequest(settingsWith({ exports: 'cidr: firewall/vipps.txt' }), context());
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'created', changed: 'true', 'stale-exports': '["firewall/vipps.txt"]' });
    expect(github.fileAt(branchHead(), 'firewall/vipps.txt')).toContain('104.45.17.199/32');
    expect(github.openPulls()[0]?.body).toContain('This pull request also updates `firewall/vipps.txt` to match the new lock.');
  });

  it('starts again from the base lock, with a warning, when someone broke the lock on the update branch', async () => {
    github.push('main', { 'README.md': 'infra' });
    await runPullRequest(settingsWith(), context());
    github.push('vipps-ip-lock/update', { 'ips.lock.json': '{ "version": 1, ' });
    const outcome = await runPullRequest(settingsWith(), context());
    expect(warnings).toEqual([
      expect.stringMatching(/^Changes not made by vipps-ip-lock were replaced: the head of vipps-ip-lock\/update, \w{7}, was made by merchant-dev\./),
    ]);
    expect(outcome.outputs['pull-request-operation']).toBe('updated');
    expect(lockOf(github.fileAt(branchHead(), 'ips.lock.json')).environments.production.addresses).toEqual([
      '104.45.17.199',
      '104.45.28.230',
      '2603:1020:201:10::10f',
    ]);
  });

  it('moves the branch onto a fresh commit when the base moves', async () => {
    github.push('main', { 'README.md': 'infra' });
    await runPullRequest(settingsWith(), context());
    const newBase = github.push('main', { 'README.md': 'infra, edited' });
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.outputs['pull-request-operation']).toBe('updated');
    expect(github.commitOf(branchHead()).parents).toEqual([newBase]);
    expect(github.fileAt(branchHead(), 'README.md')).toBe('infra, edited');
  });

  it('closes the pull request with a comment, and deletes the branch, when the base lock matches DNS again', async () => {
    const locked = await currentLock();
    github.push('main', { 'ips.lock.json': locked });
    moveCallback2();
    await runPullRequest(settingsWith({ 'removal-grace': '0' }), context());
    expect(github.openPulls()).toHaveLength(1);
    dns.setZone(SAMPLE_ZONE);
    const outcome = await runPullRequest(settingsWith({ 'removal-grace': '0' }), context());
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'closed', 'pull-request-number': '1', changed: 'false' });
    expect(github.openPulls()).toEqual([]);
    expect(github.issues[0]?.comments[0]).toMatch(/DNS matches `ips.lock.json` on `main` again/);
    expect(github.refs.has('heads/vipps-ip-lock/update')).toBe(false);
  });

  it('keeps one pull request while an address flaps: base addresses keep their first departing time, a new one is proposed only while DNS returns it', async () => {
    github.push('main', { 'ips.lock.json': await currentLock() });
    const day = (n: number) => context(new Date(Date.parse('2026-11-24T12:00:00Z') + n * 86_400_000));
    const proposed = () => lockOf(github.blobs.get(github.trees.get(github.commits.get(branchHead())!.tree)!.get('ips.lock.json')!)).environments.production;
    moveCallback2();
    expect((await runPullRequest(settingsWith(), day(0))).outputs['pull-request-operation']).toBe('created');
    const firstMissed = proposed().departing['104.45.28.230'];
    expect(firstMissed).toBe('2026-11-24T12:00:00Z');
    for (const n of [1, 2, 3, 4, 5]) {
      const back = n % 2 === 1;
      dns.setZone(back ? SAMPLE_ZONE : { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] }, 'callback-4.vipps.no': { A: ['104.45.28.231'] } });
      const outcome = await runPullRequest(settingsWith(), day(n));
      // The new address is in the proposal only while DNS returns it; the pull request is updated, never closed and reopened.
      expect(outcome.outputs['pull-request-operation']).toBe('updated');
      expect(proposed().addresses.includes('104.45.28.231')).toBe(!back);
      expect(github.openPulls()[0]?.body.includes('were left out')).toBe(back);
      // The base's address keeps the time it first left DNS: flapping does not restart its removal grace.
      expect(proposed().departing['104.45.28.230']).toBe(firstMissed);
    }
    expect(github.issues.filter((i) => i.pull)).toHaveLength(1);
    dns.setZone(SAMPLE_ZONE);
    expect((await runPullRequest(settingsWith(), day(9))).outputs['pull-request-operation']).toBe('closed');
  });

  it('makes no write request and one read when there is no drift and nothing open', async () => {
    const locked = await currentLock();
    github.push('main', { 'ips.lock.json': locked });
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.outputs['pull-request-operation']).toBe('none');
    expect(github.requests.map((r) => `${r.method} ${r.operationId}`)).toEqual(['POST graphql']);
  });

  it('is done once merged: the next run finds the base up to date and writes nothing', async () => {
    github.push('main', { 'README.md': 'infra' });
    await runPullRequest(settingsWith(), context());
    github.merge(1);
    const writes = github.writes.length;
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'none', changed: 'false' });
    expect(github.writes.length).toBe(writes);
  });

  it('applies labels, reviewers, assignees and draft to a new pull request', async () => {
    github.push('main', { 'README.md': 'infra' });
    await runPullRequest(settingsWith({ labels: 'firewall, vipps', reviewers: 'alice', assignees: 'bob', draft: 'true', base: 'main' }), context());
    const [pull] = github.openPulls();
    expect(pull).toMatchObject({ labels: ['firewall', 'vipps'], assignees: ['bob'] });
    expect(pull?.pull).toMatchObject({ draft: true, reviewers: ['alice'] });
  });

  it('writes nothing in a dry run and says what it would do', async () => {
    github.push('main', { 'README.md': 'infra' });
    const outcome = await runPullRequest(settingsWith({ 'dry-run': 'true' }), context());
    expect(github.writes).toEqual([]);
    expect(outcome.outputs['pull-request-operation']).toBe('none');
    expect(outcome.summary).toContain(
      '**Dry run**: would commit ips.lock.json to vipps-ip-lock/update on top of main, then open a pull request from vipps-ip-lock/update into main.',
    );
  });

  it('ends with one branch and one pull request when two runs race', async () => {
    github.push('main', { 'README.md': 'infra' });
    const outcomes = await Promise.all([runPullRequest(settingsWith(), context()), runPullRequest(settingsWith(), context())]);
    expect(github.openPulls()).toHaveLength(1);
    expect(outcomes.map((o) => o.outputs['pull-request-number'])).toEqual(['1', '1']);
    expect(outcomes.map((o) => o.outputs['pull-request-operation']).sort()).toEqual(['created', 'created']);
    expect([...github.refs.keys()].filter((r) => r.startsWith('heads/vipps-ip-lock'))).toEqual(['heads/vipps-ip-lock/update']);
  });

  it('reuses a branch left over from a closed pull request when it holds only its own commit', async () => {
    github.push('main', { 'README.md': 'infra' });
    await runPullRequest(settingsWith(), context());
    github.issues[0]!.state = 'closed';
    const leftover = branchHead();
    github.push('main', { 'README.md': 'infra, edited' });
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'created', 'pull-request-number': '2' });
    expect(branchHead()).not.toBe(leftover);
    expect(github.fileAt(branchHead(), 'README.md')).toBe('infra, edited');
  });

  it("leaves a left-over branch that holds someone else's commit, and fails naming it", async () => {
    github.push('main', { 'README.md': 'infra' });
    const theirs = github.push('vipps-ip-lock/update', { 'README.md': 'stale' });
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.outputs['pull-request-operation']).toBe('none');
    expect(outcome.failure).toMatch(
      /^Branch vipps-ip-lock\/update is not vipps-ip-lock's to move: it holds 1 commit that vipps-ip-lock did not make \(\w{7} by merchant-dev\)/,
    );
    expect(branchHead()).toBe(theirs);
    expect(github.writes).toEqual([]);
  });

  it('knows its own pull request and branch when the token may not read viewer', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.viewerReadable = false;
    expect((await runPullRequest(settingsWith(), context())).outputs['pull-request-operation']).toBe('created');
    const writes = github.writes.length;
    expect((await runPullRequest(settingsWith(), context())).outputs['pull-request-operation']).toBe('none');
    expect(github.writes.length).toBe(writes);
    expect(warnings).toEqual([]);
  });

  it('works with a personal access token, whose commits GitHub does not sign', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.tokenIdentity = 'alice';
    await runPullRequest(settingsWith(), context());
    expect(github.commitOf(branchHead()).signedByGitHub).toBe(false);
    const writes = github.writes.length;
    expect((await runPullRequest(settingsWith(), context())).outputs['pull-request-operation']).toBe('none');
    expect(github.writes.length).toBe(writes);
    // Anyone can write alice's name into a pushed commit: the content still has to be what the pull request fingerprints.
    github.push('vipps-ip-lock/update', { 'ips.lock.json': '{}' }, 'Update\n\nResolved by vipps-ip-lock from Vipps MobilePay DNS.', 'alice');
    expect((await runPullRequest(settingsWith(), context())).outputs['pull-request-operation']).toBe('updated');
    expect(warnings).toEqual([
      expect.stringMatching(/^Changes not made by vipps-ip-lock were replaced: vipps-ip-lock\/update holds commits on top of the one vipps-ip-lock made/),
    ]);
  });

  it('retries a 502 from GitHub', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.faults.push({ operationId: 'graphql', status: 502, message: 'Bad Gateway' });
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.outputs['pull-request-operation']).toBe('created');
    expect(github.requests.filter((r) => r.operationId === 'graphql').map((r) => r.status)).toEqual([502, 200]);
  });

  it('waits out a secondary rate limit and goes on', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.faults.push({
      operationId: 'git/create-tree',
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.outputs['pull-request-operation']).toBe('created');
    expect(github.requests.filter((r) => r.operationId === 'git/create-tree').map((r) => r.status)).toEqual([403, 201]);
    expect(warnings.join('\n')).toMatch(/secondary rate limit on POST/);
  });

  it('does not retry a refusal', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.faults.push({ operationId: 'git/create-tree', status: 403, message: 'Resource not accessible by integration' });
    await expect(runPullRequest(settingsWith(), context())).rejects.toThrow(/Resource not accessible by integration/);
    expect(github.requests.filter((r) => r.operationId === 'git/create-tree')).toHaveLength(1);
  });

  it('says which permission is missing when GitHub refuses a write', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.faults.push({ operationId: 'git/create-tree', status: 403, message: 'Resource not accessible by integration' });
    const error = await runPullRequest(settingsWith(), context()).catch((e: unknown) => e);
    expect(explainGitHubError(error, 'pull-request')).toMatch(
      /^GitHub answered 403 to POST http:\/\/127\.0\.0\.1:\d+\/repos\/merchant\/infrastructure\/git\/trees: Resource not accessible by integration\. Add `contents: write` to the workflow's `permissions:`/,
    );
  });

  it('says which permission is missing when the GraphQL read is refused', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.faults.push({ operationId: 'graphql', status: 200, message: 'Resource not accessible by integration' });
    const error = await runPullRequest(settingsWith(), context()).catch((e: unknown) => e);
    expect(explainGitHubError(error, 'pull-request')).toMatch(
      /^GitHub's GraphQL API refused the read: Resource not accessible by integration\. .*`permissions: contents: write, pull-requests: write`/,
    );
  });

  it('explains a refusal to let Actions open pull requests, and opens an issue that links the branch', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.actionsMayCreatePullRequests = false;
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.failure).toMatch(
      /^GitHub does not let GitHub Actions open pull requests.*Allow GitHub Actions to create and approve pull requests.*GitHub App/,
    );
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'none', 'issue-operation': 'created', 'issue-number': '1' });
    expect(github.openIssues()[0]?.body).toContain('https://github.example/merchant/infrastructure/compare/main...vipps-ip-lock/update?expand=1');
    expect(github.refs.has('heads/vipps-ip-lock/update')).toBe(true);
  });
  it('says issues are turned off when the fallback issue cannot be opened, and still leads with the real fix', async () => {
    github.push('main', { 'README.md': 'infra' });
    github.actionsMayCreatePullRequests = false;
    github.faults.push({ operationId: 'issues/create', status: 410, message: 'Issues are disabled for this repo' });
    const outcome = await runPullRequest(settingsWith(), context());
    expect(outcome.failure).toMatch(/^GitHub does not let GitHub Actions open pull requests in this repository\. Turn on "Allow GitHub Actions/);
    expect(outcome.failure).toContain(
      'open the pull request by hand at https://github.example/merchant/infrastructure/compare/main...vipps-ip-lock/update?expand=1',
    );
    expect(outcome.failure).toMatch(/No issue was opened instead: GitHub answered 410 .* Issues are turned off in this repository/);
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'none', 'issue-operation': 'none', 'issue-number': '' });
  });
});

describe('issue mode', () => {
  it('opens one issue on drift, leaves it alone while the drift is the same, and closes it once resolved', async () => {
    const locked = await currentLock();
    github.requests.length = 0;
    github.push('main', { 'ips.lock.json': locked });
    moveCallback2();

    const created = await runIssue(settingsWith({ labels: 'security', assignees: 'alice' }), context());
    expect(created.outputs).toMatchObject({ 'issue-operation': 'created', 'issue-number': '1' });
    expect(github.openIssues()[0]).toMatchObject({ labels: ['security'], assignees: ['alice'] });
    expect(github.openIssues()[0]?.body).toContain('<!-- vipps-ip-lock:issue file=ips.lock.json digest=');

    const writes = github.writes.length;
    const same = await runIssue(settingsWith(), context());
    expect(same.outputs['issue-operation']).toBe('none');
    expect(github.writes.length).toBe(writes);

    dns.setZone({ ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.232'] }, 'callback-4.vipps.no': { A: ['104.45.28.232'] } });
    const changed = await runIssue(settingsWith(), context());
    expect(changed.outputs).toMatchObject({ 'issue-operation': 'updated', 'issue-number': '1' });
    expect(github.openIssues()).toHaveLength(1);
    expect(github.issues[0]?.comments).toEqual([expect.stringMatching(/^DNS changed again: /)]);

    // Back to what the lock says: the addresses seen meanwhile stay allowed for the grace, as a pull request keeps them.
    dns.setZone(SAMPLE_ZONE);
    expect((await runIssue(settingsWith(), context())).outputs).toMatchObject({ 'issue-operation': 'updated', 'issue-number': '1' });
    const closed = await runIssue(settingsWith(), context(new Date('2026-12-02T12:00:00Z')));
    expect(closed.outputs).toMatchObject({ 'issue-operation': 'closed', 'issue-number': '1' });
    expect(github.openIssues()).toEqual([]);
  });

  it('reads once when nothing is stale and no issue is open', async () => {
    github.push('main', { 'ips.lock.json': await currentLock() });
    const outcome = await runIssue(settingsWith(), context());
    expect(outcome.outputs['issue-operation']).toBe('none');
    expect(github.requests.map((r) => `${r.method} ${r.operationId}`)).toEqual(['POST graphql']);
  });

  it('finds its issue past the first hundred open issues', async () => {
    github.push('main', { 'README.md': 'infra' });
    for (let i = 0; i < 120; i++)
      github.issues.push({
        number: i + 1,
        title: `Other ${i}`,
        body: 'unrelated',
        state: 'open',
        labels: [],
        assignees: [],
        comments: [],
        createdAt: '2026-01-01T00:00:00Z',
        closedAt: null,
      });
    await runIssue(settingsWith(), context());
    expect(github.openIssues()).toHaveLength(121);
    const again = await runIssue(settingsWith(), context());
    expect(again.outputs).toMatchObject({ 'issue-operation': 'none', 'issue-number': '121' });
    expect(github.openIssues()).toHaveLength(121);
  });

  it('finds its issue by the hidden marker, not by the title', async () => {
    github.push('main', { 'README.md': 'infra' });
    await runIssue(settingsWith(), context());
    const ours = github.issues[0] as (typeof github.issues)[number];
    ours.title = 'Renamed by a person';
    github.issues.push({ ...ours, number: 2, body: 'Update ips.lock.json, says a person', comments: [] });
    moveCallback2();
    const outcome = await runIssue(settingsWith(), context());
    expect(outcome.outputs).toMatchObject({ 'issue-operation': 'updated', 'issue-number': '1' });
    expect(github.issues[1]?.comments).toEqual([]);
  });
});
