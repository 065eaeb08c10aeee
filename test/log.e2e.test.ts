import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { runAction, tempDir } from './support/action.js';
import { GitHubFake } from './support/github-fake.js';

// The log of dist/index.js as the runner shows it: one group per phase holding that phase's lines,
// with its time; the detail of every DNS query and GitHub request behind ACTIONS_STEP_DEBUG
// (::debug:: lines, which the runner shows only then); the report once, in the job summary.

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

interface Group {
  title: string;
  lines: string[];
}

/** The groups of a log and the lines outside any group. */
function readLog(stdout: string): { groups: Group[]; outside: string[] } {
  const groups: Group[] = [];
  const outside: string[] = [];
  let current: Group | undefined;
  for (const line of stdout.split('\n').filter((l) => l !== '')) {
    if (line.startsWith('::group::')) {
      expect(current, `a group opened inside "${current?.title}"`).toBeUndefined();
      current = { title: line.slice('::group::'.length), lines: [] };
    } else if (line === '::endgroup::') {
      expect(current, 'an ::endgroup:: with no group').toBeDefined();
      groups.push(current as Group);
      current = undefined;
    } else (current ? current.lines : outside).push(line);
  }
  expect(current, 'a group left open').toBeUndefined();
  return { groups, outside };
}

// RUNNER_DEBUG=1 is how the runner says debug logging is on.
async function run(inputs: Record<string, string>, debug = true) {
  return runAction(
    { environments: 'production', 'dns-servers': dns.server, 'dns-timeout': '200', 'github-token': 'ghs_logTestToken0123456789', ...inputs },
    {
      workspace: await tempDir(),
      env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url, ...(debug ? { RUNNER_DEBUG: '1' } : {}) },
    },
  );
}

describe('the log of a pull-request run', () => {
  it('holds each phase in its own timed group, the detail as debug lines, and the report only in the summary', async () => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run({ mode: 'pull-request', exports: 'cidr: firewall/vipps.txt' });
    expect(result.code).toBe(0);
    const { groups, outside } = readLog(result.stdout);
    expect(groups.map((g) => g.title.replace(/\d+ ms/, 'N ms').replace(/ at [0-9a-f]{7}/, ' at SHA'))).toEqual([
      'DNS: 4 hosts via 1 server; 4 answered (N ms)',
      'GitHub read: main at SHA, no open pull request (N ms)',
      'Commit ips.lock.json, firewall/vipps.txt to vipps-ip-lock/update on top of main (N ms)',
      'Open a pull request from vipps-ip-lock/update into main (N ms)',
    ]);
    for (const group of groups) expect(group.lines.length, group.title).toBeGreaterThan(0);
    const [dnsGroup, read, commit, open] = groups as [Group, Group, Group, Group];

    // DNS: one plain line per host, one debug line per query (4 hosts x A and AAAA).
    expect(dnsGroup.lines.filter((l) => !l.startsWith('::'))).toEqual([
      'callback-1.vipps.no  A 104.45.17.199  AAAA 2603:1020:201:10::10f',
      'callback-2.vipps.no  A 104.45.28.230  AAAA none',
      'callback-3.vipps.no  A 104.45.17.199  AAAA none',
      'callback-4.vipps.no  A 104.45.28.230  AAAA none',
    ]);
    const queries = dnsGroup.lines.filter((l) => l.startsWith('::debug::DNS '));
    expect(queries).toHaveLength(8);
    expect(queries).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::debug::DNS ${dns.server.replace(/\./g, '\\.')} callback-2\\.vipps\\.no A \\(attempt 1, id \\d+\\): NOERROR \\[callback-2\\.vipps\\.no A 104\\.45\\.28\\.230\\] in \\d+ ms: addresses 104\\.45\\.28\\.230$`,
        ),
      ),
    );

    // GitHub: one debug line per request, in the phase that made it, with the rate limit left.
    expect(read.lines).toEqual([
      expect.stringMatching(/^::debug::GitHub POST \/graphql RepositoryState: 200 in \d+ ms; rate limit 4999\/5000 left \(graphql\)$/),
    ]);
    expect(commit.lines.map((l) => l.replace(/\d+ ms/, 'N ms').replace(/\d+\/5000/, 'R/5000'))).toEqual([
      '::debug::GitHub POST /repos/{owner}/{repo}/git/trees: 201 in N ms; rate limit R/5000 left (core)',
      '::debug::GitHub POST /repos/{owner}/{repo}/git/commits: 201 in N ms; rate limit R/5000 left (core)',
      '::debug::GitHub POST /repos/{owner}/{repo}/git/refs: 201 in N ms; rate limit R/5000 left (core)',
    ]);
    expect(open.lines).toEqual([expect.stringMatching(/^::debug::GitHub POST \/repos\/\{owner\}\/\{repo\}\/pulls: 201 in \d+ ms/)]);

    // Outside the groups: a few plain lines; the report is in the job summary, once.
    expect(outside.filter((l) => !l.startsWith('::add-mask::'))).toEqual([
      'vipps-ip-lock pull-request: production',
      'ips.lock.json does not exist yet: DNS gives 3 addresses',
      '  production         104.45.17.199 104.45.28.230 2603:1020:201:10::10f',
      `Pull request created: ${github.url}/html/merchant/infrastructure/pull/1`,
      'The full report is in the job summary.',
    ]);
    expect(result.stdout).not.toContain('| Environment');
    expect(result.summary.match(/^### /gm)).toHaveLength(1);
  });

  it('writes no debug line when debug logging is off, and the same groups', async () => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run({ mode: 'pull-request', 'dry-run': 'true' }, false);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('::debug::');
    const { groups } = readLog(result.stdout);
    expect(groups.map((g) => g.title.replace(/:.*/, ''))).toEqual(['DNS', 'GitHub read']);
    expect(groups[0]?.lines.filter((l) => !l.startsWith('::'))).toHaveLength(4);
  });

  it('says in a dry run that nothing was written, and opens no write group', async () => {
    github.push('main', { 'README.md': 'infra' });
    const result = await run({ mode: 'pull-request', 'dry-run': 'true' });
    const { groups, outside } = readLog(result.stdout);
    expect(groups.map((g) => g.title.replace(/:.*/, ''))).toEqual(['DNS', 'GitHub read']);
    expect(outside).toContain('Dry run: nothing was written. The job summary says what would have been.');
    expect(github.writes).toEqual([]);
  });
});

describe('the log of a check run', () => {
  it('has the DNS group and a few plain lines', async () => {
    const result = await runAction(
      { environments: 'production', 'dns-servers': dns.server, 'dns-timeout': '200', mode: 'report' },
      { workspace: await tempDir() },
    );
    const { groups, outside } = readLog(result.stdout);
    expect(groups.map((g) => g.title.replace(/\d+ ms/, 'N ms'))).toEqual(['DNS: 4 hosts via 1 server; 4 answered (N ms)']);
    expect(outside.length).toBeLessThanOrEqual(6);
  });
});
