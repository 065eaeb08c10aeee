import { readFile, writeFile } from 'node:fs/promises';
import Bottleneck from 'bottleneck';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { createResolvers, resolveHosts } from '../src/dns/resolve-hosts.js';
import { renderExports } from '../src/exports/render.js';
import { createOctokit } from '../src/github/octokit.js';
import { GitHubRepository } from '../src/github/repository.js';
import { parseLock } from '../src/lock/parse.js';
import { COMMIT_TRAILER } from '../src/modes/authorship.js';
import { runIssue } from '../src/modes/issue.js';
import type { RunOutcome } from '../src/modes/outcome.js';
import { runPullRequest } from '../src/modes/pull-request.js';
import { fingerprint } from '../src/report/bodies.js';
import { readSettings } from '../src/settings.js';
import { type DnsServer, useGitHubAndDns } from './support/github-and-dns.js';
import type { GitHubFake } from './support/github-fake.js';
import { lockFromDns } from './support/lock-from-dns.js';

// Tampering with what the action writes: the update branch, its pull request, the issue. Each case
// lets the action run, has someone else change something, runs the action again, and checks what
// ends on the branch, in the pull request, in the issue and in the outputs. The totals are written
// into README.md (npm run faults:table) and this suite fails when README disagrees.

interface Tally {
  attack: string;
  wronglyAdded: number;
  wronglyRemoved: number;
  foreignLines: number;
  duplicateIssues: number;
}
const tallies: Tally[] = [];
/** Cases in this file; the README table is compared only after a run of all of them. */
const CASES = 19;

const TRUTH = ['104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f'];
const BRANCH = 'vipps-ip-lock/update';
const LOCK = 'ips.lock.json';
const EXPORT = 'firewall/vipps.conf';
const NOW = new Date('2026-11-24T12:00:00Z');

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
    'removal-grace': '0',
    exports: `nginx: ${EXPORT}`,
    ...inputs,
  };
  return readSettings((name) => all[name] ?? '');
}

function context(inputs: Record<string, string> = {}, now = NOW) {
  const log = { info: () => {}, warning: (m: string) => void warnings.push(m) };
  const unspaced = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  const octokit = createOctokit('ghs_faketoken', github.url, log, { write: unspaced(), notifications: unspaced() });
  const settings = settingsWith(inputs);
  return {
    repository: new GitHubRepository(octokit, { owner: github.owner, repo: github.repo }),
    serverUrl: 'https://github.example',
    observed: resolveHosts(settings, createResolvers(settings)),
    now,
    log,
  };
}

const pullRequest = (inputs: Record<string, string> = {}, now = NOW) => runPullRequest(settingsWith(inputs), context(inputs, now));
const issue = (inputs: Record<string, string> = {}, now = NOW) => runIssue(settingsWith(inputs), context(inputs, now));

/** The base branch holds a lock one address behind DNS: 104.45.28.229 where DNS now says 104.45.28.230. */
async function staleBase(): Promise<string> {
  const current = (await lockFromDns(settingsWith(), { now: NOW })).nextText;
  return github.push('main', { [LOCK]: current.replaceAll('104.45.28.230', '104.45.28.229'), 'README.md': 'infra' }, 'initial', 'maintainer');
}

const addresses = (text: string | undefined) => (text ? (parseLock(text, 'proposal').environments.production?.addresses ?? []) : []);
const lines = (text: string | undefined) => (text ?? '').split('\n');

/**
 * Scores what the action proposes after an attack: the addresses in the proposal against what DNS
 * says, the lines anywhere in it (files on the branch, the pull request, the issue) that carry what
 * the attacker wrote, and how many issues of the action's are open beyond one.
 */
function score(attack: string, injected: string[], proposal: { lock?: string | undefined; texts: Array<string | undefined> }): Tally {
  const proposed = proposal.lock === undefined ? TRUTH : addresses(proposal.lock);
  const foreign = proposal.texts.flatMap(lines).filter((line) => injected.some((bad) => line.includes(bad)));
  const tally = {
    attack,
    wronglyAdded: proposed.filter((a) => !TRUTH.includes(a)).length,
    wronglyRemoved: TRUTH.filter((a) => !proposed.includes(a)).length,
    foreignLines: foreign.length,
    duplicateIssues: Math.max(0, github.openIssues().filter((i) => !i.author || i.author === github.tokenIdentity).length - 1),
  };
  tallies.push(tally);
  return tally;
}
const clean = { wronglyAdded: 0, wronglyRemoved: 0, foreignLines: 0, duplicateIssues: 0 };

/** Files on the branch that differ from the base: the action writes only the lock and the export. */
function changedFiles(branch = BRANCH): string[] {
  const tree = (ref: string) => github.trees.get(github.commitOf(github.refs.get(`heads/${ref}`) as string).tree) ?? new Map<string, string>();
  const base = tree('main');
  return [...tree(branch)].filter(([path, blob]) => base.get(path) !== blob).map(([path]) => path);
}

/** What the branch proposes, for scoring: its lock, its export, and every other file it changed. */
function branchProposal(): { lock: string | undefined; texts: Array<string | undefined> } {
  return { lock: github.fileAt(BRANCH, LOCK), texts: [...changedFiles().map((f) => github.fileAt(BRANCH, f)), ...github.openPulls().map((p) => p.body)] };
}

function expectReplaced(outcome: RunOutcome) {
  expect(warnings).toEqual([expect.stringMatching(/^Changes not made by vipps-ip-lock were replaced: /)]);
  expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'updated', 'pull-request-number': '1', changed: 'true' });
  expect(outcome.outputs.addresses).toBe(JSON.stringify(TRUTH));
  expect(github.openPulls()).toHaveLength(1);
  expect(github.openPulls()[0]?.body).toContain('**Changes not made by vipps-ip-lock were replaced.**');
  expect(addresses(github.fileAt(BRANCH, LOCK))).toEqual(TRUTH);
  expect(changedFiles().sort()).toEqual([EXPORT, LOCK]);
  expect(github.fileAt(BRANCH, EXPORT)).toContain('allow 104.45.28.230/32;');
  expect(github.commitOf(github.refs.get(`heads/${BRANCH}`) as string).parents).toEqual([github.refs.get('heads/main')]);
}

/** The action's lock with 6.6.6.6 added to callback-2.vipps.no, as an attacker would write it. */
function withForeignAddress(text: string): string {
  const lock = JSON.parse(text);
  lock.environments.production.hosts['callback-2.vipps.no'].push('6.6.6.6');
  lock.environments.production.addresses.splice(2, 0, '6.6.6.6');
  return `${JSON.stringify(lock, null, 2)}\n`;
}

describe('the update branch holds only what the action wrote', () => {
  it.each([
    ['`allow all;` pushed to the export on the update branch', () => ({ [EXPORT]: `${github.fileAt(BRANCH, EXPORT)}allow all;\n` }), ['allow all']],
    ['an address pushed into the lock on the update branch', () => ({ [LOCK]: withForeignAddress(github.fileAt(BRANCH, LOCK) ?? '') }), ['6.6.6.6']],
    [
      'an address pushed into the lock and the export together',
      () => ({
        [LOCK]: withForeignAddress(github.fileAt(BRANCH, LOCK) ?? ''),
        [EXPORT]: (github.fileAt(BRANCH, EXPORT) ?? '').replace('allow 104.45.28.230/32;', 'allow 104.45.28.230/32;\nallow 6.6.6.6/32;'),
      }),
      ['6.6.6.6'],
    ],
    ['a binary lock pushed to the update branch', () => ({ [LOCK]: '\u0000\u0001binary 6.6.6.6' }), ['6.6.6.6']],
    ['an oversized lock pushed to the update branch', () => ({ [LOCK]: `{"version": 1, "pad": "${'6.6.6.6 '.repeat(80_000)}"}` }), ['6.6.6.6']],
    ['a workflow file pushed to the update branch', () => ({ '.github/workflows/x.yml': 'on: push # 6.6.6.6' }), ['6.6.6.6']],
  ] as Array<[string, () => Record<string, string>, string[]]>)('%s: replaced and reported', async (attack, files, injected) => {
    await staleBase();
    expect((await pullRequest()).outputs['pull-request-operation']).toBe('created');
    github.push(BRANCH, files(), 'tamper', 'mallory');
    const outcome = await pullRequest();
    expectReplaced(outcome);
    expect(score(attack, injected, branchProposal())).toEqual({ attack, ...clean });
    // The next run builds on its own commit again, and keeps saying what happened to this proposal.
    const writes = github.writes.length;
    expect((await pullRequest()).outputs['pull-request-operation']).toBe('none');
    expect(github.writes.length).toBe(writes);
  });

  it('a pushed commit that names github-actions[bot] as its author: replaced and reported', async () => {
    await staleBase();
    await pullRequest();
    github.push(
      BRANCH,
      { [LOCK]: withForeignAddress(github.fileAt(BRANCH, LOCK) ?? '') },
      `Update\n\nResolved by vipps-ip-lock from Vipps MobilePay DNS.`,
      'github-actions[bot]',
    );
    expectReplaced(await pullRequest());
    expect(score('a pushed commit that names github-actions[bot] as its author', ['6.6.6.6'], branchProposal())).toEqual({
      attack: 'a pushed commit that names github-actions[bot] as its author',
      ...clean,
    });
  });

  it("a commit made with the same token, holding the action's files and one more: replaced and reported", async () => {
    await staleBase();
    await pullRequest();
    const files = { [LOCK]: github.fileAt(BRANCH, LOCK) ?? '', [EXPORT]: github.fileAt(BRANCH, EXPORT) ?? '', '.github/workflows/x.yml': 'on: push # 6.6.6.6' };
    github.commitAsToken(BRANCH, github.refs.get('heads/main') as string, files, `Update\n\n${COMMIT_TRAILER}`);
    expectReplaced(await pullRequest());
    expect(warnings[0]).toMatch(/changes 3 files where vipps-ip-lock changed 2/);
    const attack = "a commit made with the same token, holding the action's files and one more";
    expect(score(attack, ['6.6.6.6'], branchProposal())).toEqual({ attack, ...clean });
  });

  it('an address pushed into the lock, with the description edited to fingerprint it: replaced and reported', async () => {
    await staleBase();
    await pullRequest();
    const pull = github.openPulls()[0]!;
    const tampered = withForeignAddress(github.fileAt(BRANCH, LOCK) ?? '');
    const exportText = (github.fileAt(BRANCH, EXPORT) ?? '').replace('allow 104.45.28.230/32;', 'allow 104.45.28.230/32;\nallow 6.6.6.6/32;');
    github.push(BRANCH, { [LOCK]: tampered, [EXPORT]: exportText }, 'tamper', 'mallory');
    const digest = fingerprint([LOCK, tampered, EXPORT, exportText].join('\0'));
    github.editBody(pull.number, 'mallory', pull.body.replace(/digest=\w+/, `digest=${digest}`));
    expectReplaced(await pullRequest());
    const attack = 'an address pushed into the lock, with the description edited to fingerprint it';
    expect(score(attack, ['6.6.6.6'], branchProposal())).toEqual({ attack, ...clean });
  });
});

describe('a branch the action does not own is never moved', () => {
  it("`branch: develop`, holding others' commits: left as it is, and the run fails naming it", async () => {
    await staleBase();
    github.push('develop', { 'src/app.ts': 'work in progress' }, 'wip', 'alice');
    const theirs = github.push('develop', { 'src/app.ts': 'more work' }, 'wip 2', 'bob');
    const outcome = await pullRequest({ branch: 'develop' });
    expect(outcome.failure).toMatch(
      /^Branch develop is not vipps-ip-lock's to move: it holds 2 commits that vipps-ip-lock did not make \(\w{7} by alice, \w{7} by bob\)/,
    );
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'none', 'pull-request-number': '', changed: 'true' });
    expect(github.refs.get('heads/develop')).toBe(theirs);
    expect(github.fileAt('develop', 'src/app.ts')).toBe('more work');
    expect(github.openPulls()).toEqual([]);
    expect(github.writes).toEqual([]);
    const attack = "`branch: develop` holding others' commits";
    expect(score(attack, [], { texts: [] })).toEqual({ attack, ...clean });
  });
});

describe('the pull request is the one from the branch into the configured base', () => {
  it('a commit and description written with the same token, proposing an address DNS never returned: left out and reported', async () => {
    await staleBase();
    await pullRequest();
    // Anything holding the token's identity can commit through the API (GitHub-signed, with the
    // action's trailer) and write the description's marker: nothing tells that apart from the action.
    const forged = withForeignAddress(github.fileAt(BRANCH, LOCK) ?? '');
    const exported = [...renderExports(parseLock(forged, 'forged', NOW), settingsWith().exports, LOCK)];
    github.commitAsToken(BRANCH, github.refs.get('heads/main') as string, { [LOCK]: forged, ...Object.fromEntries(exported) }, `Update\n\n${COMMIT_TRAILER}`);
    const [pull] = github.openPulls();
    const digest = fingerprint([LOCK, forged, ...exported.flat()].join('\0'));
    github.editBody(pull!.number, github.tokenIdentity, pull!.body.replace(/digest=[0-9a-f]+/, `digest=${digest}`));
    const outcome = await pullRequest();
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'updated', added: JSON.stringify(['104.45.28.230']) });
    expect(outcome.outputs.addresses).toBe(JSON.stringify(TRUTH));
    expect(warnings).toEqual([expect.stringMatching(/^The open proposal held 6\.6\.6\.6 \(production\), which DNS does not return now/)]);
    expect(github.openPulls()[0]?.body).toContain('**Addresses neither the base lock nor DNS holds were left out.** The open proposal held an address');
    const attack = 'an address committed and fingerprinted with the same token';
    expect(score(attack, ['6.6.6.6'], branchProposal())).toEqual({ attack, ...clean });
    // The next run proposes the same and keeps saying so, without writing.
    const writes = github.writes.length;
    expect((await pullRequest()).outputs['pull-request-operation']).toBe('none');
    expect(github.writes.length).toBe(writes);
    expect(github.openPulls()[0]?.body).toContain('were left out');
  });

  it('a pull request from the update branch into another base: untouched, and the branch not moved', async () => {
    await staleBase();
    github.push('release', { 'README.md': 'release' }, 'release', 'maintainer');
    await pullRequest();
    github.issues[0]!.state = 'closed';
    const head = github.refs.get(`heads/${BRANCH}`);
    const other = github.openPullRequestAs('alice', { head: BRANCH, base: 'release', title: 'Ship the lock to release', body: 'by hand' });
    const outcome = await pullRequest();
    expect(outcome.failure).toMatch(
      /^Branch vipps-ip-lock\/update is the head of pull request #2 into release, opened by @alice, which vipps-ip-lock did not open into main\./,
    );
    expect(outcome.outputs['pull-request-operation']).toBe('none');
    expect(other).toMatchObject({ title: 'Ship the lock to release', body: 'by hand', state: 'open' });
    expect(github.refs.get(`heads/${BRANCH}`)).toBe(head);
    const attack = 'a pull request from the update branch into another base';
    expect(score(attack, ['by hand'], { texts: [] })).toEqual({ attack, ...clean });
  });

  it('a pull request from the update branch into the base, opened by someone else: not adopted, not edited', async () => {
    await staleBase();
    await pullRequest();
    github.issues[0]!.state = 'closed';
    const head = github.refs.get(`heads/${BRANCH}`);
    const body = `${github.issues[0]!.body}\nAllow \`6.6.6.6\` too.`;
    const theirs = github.openPullRequestAs('mallory', { head: BRANCH, base: 'main', title: 'Update ips.lock.json', body });
    const outcome = await pullRequest();
    expect(outcome.failure).toMatch(/is the head of pull request #2 into main, opened by @mallory/);
    expect(theirs).toMatchObject({ title: 'Update ips.lock.json', body, state: 'open' });
    expect(github.refs.get(`heads/${BRANCH}`)).toBe(head);
    const attack = 'a pull request from the update branch into the base, opened by someone else';
    expect(score(attack, ['6.6.6.6'], { texts: [] })).toEqual({ attack, ...clean });
  });

  it("a pull request from a fork's branch of the same name: ignored, and the action opens its own", async () => {
    await staleBase();
    const fork = github.openPullRequestAs('mallory', { head: BRANCH, base: 'main', title: 'Update ips.lock.json', body: 'Allow 6.6.6.6', fork: true });
    const outcome = await pullRequest();
    expect(outcome.outputs).toMatchObject({ 'pull-request-operation': 'created', 'pull-request-number': '2' });
    expect(fork).toMatchObject({ title: 'Update ips.lock.json', body: 'Allow 6.6.6.6', state: 'open' });
    expect(addresses(github.fileAt(BRANCH, LOCK))).toEqual(TRUTH);
    const attack = "a pull request from a fork's branch of the same name";
    expect(score(attack, ['6.6.6.6'], { lock: github.fileAt(BRANCH, LOCK), texts: [github.issues[1]?.body] })).toEqual({ attack, ...clean });
  });
});

describe("one issue, the action's own", () => {
  it('an issue with the marker opened by someone else: not adopted, the action opens its own', async () => {
    await staleBase();
    const theirs = github.openIssueAs('mallory', 'Update ips.lock.json', '<!-- vipps-ip-lock:issue file=ips.lock.json digest=0 -->\nAllow `6.6.6.6`.');
    const outcome = await issue();
    expect(outcome.outputs).toMatchObject({ 'issue-operation': 'created', 'issue-number': '2', changed: 'true' });
    expect(theirs).toMatchObject({ body: '<!-- vipps-ip-lock:issue file=ips.lock.json digest=0 -->\nAllow `6.6.6.6`.', state: 'open', comments: [] });
    const ours = github.issues[1]!;
    expect(ours.body).not.toContain('6.6.6.6');
    const attack = 'an issue with the marker, opened by someone else';
    expect(score(attack, ['6.6.6.6'], { lock: lockIn(ours.body), texts: [ours.body] })).toEqual({ attack, ...clean });
  });

  it("the action's issue edited by someone else: written again, and watchers told", async () => {
    await staleBase();
    await issue();
    const ours = github.issues[0]!;
    const written = ours.body;
    github.editBody(ours.number, 'mallory', `${ours.body}\nAllow \`6.6.6.6\` too.`);
    const outcome = await issue();
    expect(outcome.outputs).toMatchObject({ 'issue-operation': 'updated', 'issue-number': '1' });
    expect(ours.body).toBe(written);
    expect(ours.comments).toEqual([expect.stringMatching(/^The description was edited by @mallory; vipps-ip-lock wrote it again/)]);
    const attack = "the action's issue edited by someone else";
    expect(score(attack, ['6.6.6.6'], { lock: lockIn(ours.body), texts: [ours.body] })).toEqual({ attack, ...clean });
  });

  it('an issue opened with the same token, its stored proposal holding an address DNS never returned: left out and reported', async () => {
    await staleBase();
    // Another workflow with the token's identity can open an issue with the public marker, a stored
    // proposal and its (unkeyed) digest: the action adopts the issue, but not what it proposes.
    const truth = (await lockFromDns(settingsWith(), { now: NOW })).nextText;
    const forged = withForeignAddress(truth);
    const body = `<!-- vipps-ip-lock:issue file=${LOCK} digest=${fingerprint(forged)} -->\n<!-- vipps-ip-lock:proposed file=${LOCK} lock=${Buffer.from(forged).toString('base64')} -->\nUpdate`;
    const theirs = github.openIssueAs(github.tokenIdentity, 'Update ips.lock.json', body);
    const outcome = await issue({ exports: '' });
    expect(outcome.outputs).toMatchObject({ 'issue-operation': 'updated', 'issue-number': String(theirs.number), added: JSON.stringify(['104.45.28.230']) });
    expect(outcome.outputs.addresses).toBe(JSON.stringify(TRUTH));
    expect(warnings).toEqual([expect.stringMatching(/^The open proposal held 6\.6\.6\.6 \(production\)/)]);
    expect(theirs.body).toContain('**Addresses neither the base lock nor DNS holds were left out.**');
    expect(lockIn(theirs.body)).toBe(truth);
    const attack = 'an issue and proposal written with the same token';
    expect(score(attack, ['6.6.6.6'], { lock: lockIn(theirs.body), texts: [theirs.body] })).toEqual({ attack, ...clean });
  });

  it('three overlapping runs: one open issue', async () => {
    await staleBase();
    const outcomes = await Promise.all([issue(), issue(), issue()]);
    const open = github.openIssues();
    expect(open).toHaveLength(1);
    expect(outcomes.map((o) => o.outputs['issue-number'])).toEqual([String(open[0]?.number), String(open[0]?.number), String(open[0]?.number)]);
    expect(outcomes.filter((o) => o.outputs['issue-operation'] === 'created')).toHaveLength(1);
    for (const closed of github.issues.filter((i) => i.state === 'closed')) expect(closed.comments).toEqual([expect.stringMatching(/^Duplicate of #\d+/)]);
    // A later run finds the one issue and writes nothing.
    const writes = github.writes.length;
    expect((await issue()).outputs['issue-operation']).toBe('none');
    expect(github.writes.length).toBe(writes);
    const attack = 'three overlapping issue runs';
    expect(score(attack, [], { lock: lockIn(open[0]?.body ?? ''), texts: [] })).toEqual({ attack, ...clean });
  });

  it('flapping DNS over several runs: one issue, base addresses keep their first departing time, closed once the grace has run out', async () => {
    // The base is current, its firewall file too: the issue's proposal (lock and export) is what flaps.
    const base = (await lockFromDns(settingsWith(), { now: NOW })).nextText;
    const exported = renderExports(parseLock(base, LOCK), settingsWith().exports, LOCK).get(EXPORT) ?? '';
    github.push('main', { [LOCK]: base, [EXPORT]: exported }, 'initial', 'maintainer');
    const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
    const moved = { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] }, 'callback-4.vipps.no': { A: ['104.45.28.231'] } };
    const grace = { 'removal-grace': '7d' };
    dns.setZone(moved);
    expect((await issue(grace, day(0))).outputs['issue-operation']).toBe('created');
    const firstMissed = JSON.parse(lockIn(github.issues[0]!.body) ?? '{}').environments.production.departing['104.45.28.230'];
    expect(firstMissed).toBe(NOW.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const back = n % 2 === 1;
      dns.setZone(back ? SAMPLE_ZONE : moved);
      // The address DNS returned only briefly is proposed only while it does: each flap updates the one issue.
      expect((await issue(grace, day(n))).outputs['issue-operation']).toBe('updated');
      const proposal = lockIn(github.issues[0]!.body);
      expect(addresses(proposal).includes('104.45.28.231')).toBe(!back);
      expect(JSON.parse(proposal ?? '{}').environments.production.departing['104.45.28.230']).toBe(firstMissed);
    }
    expect(github.issues).toHaveLength(1);
    dns.setZone(SAMPLE_ZONE);
    expect((await issue(grace, day(9))).outputs['issue-operation']).toBe('closed');
    expect(github.openIssues()).toEqual([]);
    const attack = 'flapping DNS over seven runs';
    expect(score(attack, [], { texts: [] })).toEqual({ attack, ...clean });
  });
});

/** The lock an issue body proposes, from the hidden line that carries it. */
function lockIn(body: string): string | undefined {
  const line = /^<!-- vipps-ip-lock:proposed file=ips\.lock\.json lock=(\S+) -->$/m.exec(body);
  return line?.[1] ? Buffer.from(line[1], 'base64').toString('utf8') : undefined;
}

afterAll(async () => {
  const total = tallies.reduce(
    (sum, t) => ({
      added: sum.added + t.wronglyAdded,
      removed: sum.removed + t.wronglyRemoved,
      foreign: sum.foreign + t.foreignLines,
      duplicates: sum.duplicates + t.duplicateIssues,
    }),
    { added: 0, removed: 0, foreign: 0, duplicates: 0 },
  );
  const table = [
    `${tallies.length} attacks on the update branch, its pull request and the issue: ${total.added} addresses wrongly added, ${total.removed} wrongly removed, ${total.foreign} foreign lines proposed, ${total.duplicates} duplicate issues.`,
    '',
    '| attack | wrongly added | wrongly removed | foreign lines proposed | duplicate issues |',
    '|---|---|---|---|---|',
    ...tallies.map((t) => `| ${t.attack} | ${t.wronglyAdded} | ${t.wronglyRemoved} | ${t.foreignLines} | ${t.duplicateIssues} |`),
  ].join('\n');
  const readme = await readFile('README.md', 'utf8');
  const block = /<!-- faults-branch:start -->[\s\S]*?<!-- faults-branch:end -->/;
  expect(readme, 'README.md needs the <!-- faults-branch:start --> and <!-- faults-branch:end --> markers').toMatch(block);
  const updated = readme.replace(block, `<!-- faults-branch:start -->\n${table}\n<!-- faults-branch:end -->`);
  if (process.env.UPDATE_FAULT_TABLE) await writeFile('README.md', updated);
  else if (tallies.length === CASES) expect(readme, 'README.md tampering table is not what this suite measured: run npm run faults:table').toBe(updated);
});
