import { readFile, writeFile } from 'node:fs/promises';
import Bottleneck from 'bottleneck';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE, SILENT_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { createResolvers, resolveHosts } from '../src/dns/resolve-hosts.js';
import { createOctokit } from '../src/github/octokit.js';
import { GitHubRepository } from '../src/github/repository.js';
import { parseLock } from '../src/lock/parse.js';
import { COMMIT_TRAILER } from '../src/modes/authorship.js';
import { runPullRequest } from '../src/modes/pull-request.js';
import { readSettings } from '../src/settings.js';
import { type Fault, GitHubFake } from './support/github-fake.js';
import { lockFromDns } from './support/lock-from-dns.js';

// Fault injection: every case injects one fault and checks that nothing was lost. It runs with
// removal-grace 0, the strictest setting, so a wrong removal would show at once. The totals are
// written into README.md (npm run faults:table) and this suite fails when README disagrees.

interface Tally {
  fault: string;
  wronglyRemoved: number;
  wronglyAdded: number;
  duplicatePullRequests: number;
}
const tallies: Tally[] = [];
/** Cases in this file; the README table is compared only after a run of all of them. */
const CASES = 40;

type Zone = Parameters<typeof startDnsServer>[0] extends infer O ? (O extends { zone?: infer Z } ? NonNullable<Z> : never) : never;
/** A DNS server for a case: its zone, and whether TCP is open beside UDP (it is unless told). */
type ServerSpec = Zone | { zone: Zone; tcp: false };
const HOST = 'callback-2.vipps.no';
const TRUTH = ['104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f'];
// The DNS faults are scored per host, so that an address a host loses counts even when another
// host of the environment still has it (callback-2 and callback-4 share 104.45.28.230).
const hostAddresses = (lock: { environments: Record<string, { hosts: Record<string, string[]> } | undefined> }) =>
  Object.entries(lock.environments.production?.hosts ?? {}).flatMap(([host, addresses]) => addresses.map((address) => `${host} ${address}`));

async function lockWith(servers: string[], previousText?: string) {
  const settings = readSettings(
    (name) => ({ environments: 'production', 'dns-servers': servers.join(','), 'dns-timeout': '150', 'dns-attempts': '1', 'removal-grace': '0' })[name] ?? '',
  );
  return lockFromDns(settings, { previousText, now: new Date('2026-11-24T12:00:00Z') });
}

function score(fault: string, lockedBefore: string[], lockedAfter: string[], openPullRequests = 1, truth = TRUTH): Tally {
  const tally = {
    fault,
    wronglyRemoved: lockedBefore.filter((a) => !lockedAfter.includes(a)).length,
    wronglyAdded: lockedAfter.filter((a) => !truth.includes(a)).length,
    duplicatePullRequests: Math.max(0, openPullRequests - 1),
  };
  tallies.push(tally);
  return tally;
}

const honest = { wronglyRemoved: 0, wronglyAdded: 0, duplicatePullRequests: 0 };

describe('DNS faults: a failed or poisoned lookup never removes or adds an address', async () => {
  const baseline = (await lockWith([(await startDnsServer({ zone: SAMPLE_ZONE })).server])).nextText;
  const locked = hostAddresses(parseLock(baseline, 'ips.lock.json'));
  // Answers to HOST's A question only; its AAAA question is answered honestly (no records).
  const forA = (spec: Exclude<Zone[string], (...args: never[]) => unknown>): Zone => ({ ...SAMPLE_ZONE, [HOST]: (type: string) => (type === 'A' ? spec : {}) });
  const craftA = (reply: (query: { id?: number }) => object): Zone => forA({ reply } as Parameters<typeof forA>[0]);
  const rcode = (code: number, answers: object[] = []) => craftA(() => ({ flags: 0x180 | code, answers }));
  const record = (type: 'A' | 'AAAA' | 'CNAME', name: string, data: string) => ({ type, name, data });

  const cases: Array<[string, ServerSpec[]]> = [
    ['silence from every server for one host', [{ ...SAMPLE_ZONE, [HOST]: { fault: 'silent' } }]],
    ['SERVFAIL', [{ ...SAMPLE_ZONE, [HOST]: { fault: 'servfail' } }]],
    ['REFUSED', [{ ...SAMPLE_ZONE, [HOST]: { fault: 'refused' } }]],
    ['truncated answer with no TCP to retry on', [{ zone: { ...SAMPLE_ZONE, [HOST]: { fault: 'truncate', A: ['104.45.28.230'] } }, tcp: false }]],
    ['garbage instead of a DNS packet', [{ ...SAMPLE_ZONE, [HOST]: { fault: 'garbage' } }]],
    ['private address in the answer (10.0.0.8)', [{ ...SAMPLE_ZONE, [HOST]: { A: ['10.0.0.8'] } }]],
    ['loopback address in the answer', [{ ...SAMPLE_ZONE, [HOST]: { A: ['127.0.0.1'] } }]],
    ['link-local address in the answer (169.254.169.254)', [{ ...SAMPLE_ZONE, [HOST]: { A: ['169.254.169.254'] } }]],
    ['multicast and reserved addresses in the answer', [{ ...SAMPLE_ZONE, [HOST]: { A: ['224.0.0.1', '240.0.0.9'] } }]],
    ['a poisoned answer mixing a real and a private address', [{ ...SAMPLE_ZONE, [HOST]: { A: ['104.45.28.230', '192.168.1.1'] } }]],
    ['an answer with 200 records', [{ ...SAMPLE_ZONE, [HOST]: { A: Array.from({ length: 200 }, (_, i) => `104.46.${i >> 8}.${(i % 250) + 1}`) } }]],
    ['AAAA fails while A answers', [{ ...SAMPLE_ZONE, 'callback-1.vipps.no': (type) => (type === 'AAAA' ? { fault: 'servfail' } : { A: ['104.45.17.199'] }) }]],
    ['every server down', [SILENT_ZONE]],
    ['one of two servers silent for everything', [SILENT_ZONE, SAMPLE_ZONE]],
    ['one of two servers says the host does not exist', [{ ...SAMPLE_ZONE, [HOST]: { fault: 'nxdomain' } }, SAMPLE_ZONE]],
    ['one of two servers is stale and lacks an address', [{ ...SAMPLE_ZONE, [HOST]: { AAAA: [] } }, SAMPLE_ZONE]],
    ['A fails while AAAA says no records (an IPv4-only host)', [forA({ fault: 'servfail' })]],
    ['empty answer with rcode YXDOMAIN (6)', [rcode(6)]],
    ['empty answer with rcode NXRRSET (8)', [rcode(8)]],
    ['empty answer with rcode NOTAUTH (9)', [rcode(9)]],
    ['SERVFAIL carrying records', [rcode(2, [record('A', HOST, '6.6.6.6')])]],
    ['NXDOMAIN carrying records', [rcode(3, [record('A', HOST, '6.6.6.6')])]],
    ['a record owned by another name (evil.example A 6.6.6.6)', [rcode(0, [record('A', 'evil.example', '6.6.6.6')])]],
    ['AAAA records in an answer to an A question', [rcode(0, [record('AAAA', HOST, '2603:1020:201:10::10f')])]],
    ['a CNAME loop', [rcode(0, [record('CNAME', HOST, 'loop.example'), record('CNAME', 'loop.example', HOST)])]],
    [
      'a CNAME to a name whose records are not in the answer, that name failing',
      [{ ...rcode(0, [record('CNAME', HOST, 'elsewhere.example')]), 'elsewhere.example': { fault: 'servfail' } }],
    ],
    [
      'an answer to another question',
      [craftA(() => ({ questions: [{ name: 'evil.example', type: 'A', class: 'IN' }], answers: [record('A', 'evil.example', '6.6.6.6')] }))],
    ],
    [
      'forged datagrams with other IDs before the real answer',
      [craftA((query) => [{ id: ((query.id ?? 0) + 1) & 0xffff, answers: [record('A', HOST, '6.6.6.6')] }, { answers: [record('A', HOST, '104.45.28.230')] }])],
    ],
    [
      'reserved IPv6 outside 2000::/3 (::2, 4000::1, fe00::1)',
      [{ ...SAMPLE_ZONE, 'callback-1.vipps.no': { A: ['104.45.17.199'], AAAA: ['::2', '4000::1', 'fe00::1'] } }],
    ],
    ['a referral instead of an answer', [craftA(() => ({ flags: 0, answers: [], authorities: [{ type: 'NS', name: 'vipps.no', data: 'ns1.vipps.no' }] }))]],
  ];

  it.each(cases)('%s', async (fault, specs) => {
    const servers = await Promise.all(specs.map((spec) => startDnsServer('tcp' in spec ? { zone: spec.zone as Zone, tcp: false } : { zone: spec as Zone })));
    try {
      const result = await lockWith(
        servers.map((s) => s.server),
        baseline,
      );
      expect(score(fault, locked, hostAddresses(result.next), 1, locked)).toMatchObject(honest);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });
});

describe('GitHub faults: one branch, one pull request, and the base lock untouched', () => {
  const cases: Array<[string, Fault | undefined, { concurrent?: number; leftoverBranch?: boolean; refused?: boolean }]> = [
    ['502 on a read', { operationId: 'graphql', status: 502 }, {}],
    ['503 on a write', { operationId: 'git/create-commit', status: 503 }, {}],
    ['429 rate limit', { operationId: 'pulls/create', status: 429, headers: { 'retry-after': '1' } }, {}],
    [
      'secondary rate limit',
      { operationId: 'git/create-tree', status: 403, message: 'You have exceeded a secondary rate limit.', headers: { 'retry-after': '1' } },
      {},
    ],
    ['422: the branch already exists', undefined, { leftoverBranch: true }],
    ['422: the pull request already exists (three runs at once)', undefined, { concurrent: 3 }],
    [
      '403: the token lacks contents: write',
      { operationId: 'git/create-tree', status: 403, message: 'Resource not accessible by integration' },
      { refused: true },
    ],
    ['403: Actions may not open pull requests', undefined, { refused: true }],
    ['404: the token cannot see the repository on a write', { operationId: 'git/create-ref', status: 404, message: 'Not Found' }, { refused: true }],
    [
      'GraphQL refusal: the token may not read the repository',
      { operationId: 'graphql', status: 200, message: 'Resource not accessible by integration' },
      { refused: true },
    ],
  ];

  it.each(cases)('%s', async (fault, injected, how) => {
    const dns = await startDnsServer({ zone: SAMPLE_ZONE });
    const github = await new GitHubFake().start();
    try {
      const baseline = (await lockWith([dns.server])).nextText;
      github.push('main', { 'ips.lock.json': baseline.replaceAll('104.45.28.230', '104.45.28.229') });
      // Left over from an earlier run of the action, on an older base.
      if (how.leftoverBranch)
        github.commitAsToken('vipps-ip-lock/update', github.refs.get('heads/main') as string, { 'README.md': 'left over' }, `Update\n\n${COMMIT_TRAILER}`);
      if (fault.startsWith('403: Actions')) github.actionsMayCreatePullRequests = false;
      if (injected) github.faults.push(injected);
      const settings = readSettings(
        (name) =>
          ({ mode: 'pull-request', environments: 'production', 'dns-servers': dns.server, 'dns-timeout': '150', 'removal-grace': '0', 'github-token': 't' })[
            name
          ] ?? '',
      );
      const unspaced = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
      const log = { info: () => {}, warning: () => {} };
      const context = () => ({
        repository: new GitHubRepository(createOctokit('t', github.url, log, { write: unspaced(), notifications: unspaced() }), {
          owner: github.owner,
          repo: github.repo,
        }),
        serverUrl: 'https://github.example',
        observed: resolveHosts(settings, createResolvers(settings)),
        now: new Date('2026-11-24T12:00:00Z'),
        log,
      });
      const runs = await Promise.allSettled(Array.from({ length: how.concurrent ?? 1 }, () => runPullRequest(settings, context())));
      if (!how.refused) expect(runs.map((r) => (r.status === 'rejected' ? String(r.reason) : r.status))).toEqual(runs.map(() => 'fulfilled'));
      const baseAfter = parseLock(github.fileAt('main', 'ips.lock.json') ?? '', 'base').environments.production?.addresses ?? [];
      const proposed = github.refs.has('heads/vipps-ip-lock/update') && github.fileAt('vipps-ip-lock/update', 'ips.lock.json');
      const proposedAddresses = proposed ? (parseLock(proposed, 'branch').environments.production?.addresses ?? []) : baseAfter;
      // The base lock is never written; the proposal holds every real address and nothing else.
      expect(baseAfter).toEqual(['104.45.17.199', '104.45.28.229', '2603:1020:201:10::10f']);
      const tally = score(fault, TRUTH, proposed ? proposedAddresses : TRUTH, github.openPulls().length || 1);
      expect(tally).toMatchObject(honest);
      if (!how.refused) expect(github.openPulls()).toHaveLength(1);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
      await dns.close();
    }
  });
});

afterAll(async () => {
  const total = tallies.reduce(
    (sum, t) => ({ removed: sum.removed + t.wronglyRemoved, added: sum.added + t.wronglyAdded, duplicates: sum.duplicates + t.duplicatePullRequests }),
    { removed: 0, added: 0, duplicates: 0 },
  );
  const table = [
    `${tallies.length} faults injected, ${total.removed} addresses wrongly removed, ${total.added} wrongly added, ${total.duplicates} duplicate pull requests.`,
    '',
    '| fault | wrongly removed | wrongly added | duplicate pull requests |',
    '|---|---|---|---|',
    ...tallies.map((t) => `| ${t.fault} | ${t.wronglyRemoved} | ${t.wronglyAdded} | ${t.duplicatePullRequests} |`),
  ].join('\n');
  const readme = await readFile('README.md', 'utf8');
  const block = /<!-- faults:start -->[\s\S]*?<!-- faults:end -->/;
  expect(readme, 'README.md needs the <!-- faults:start --> and <!-- faults:end --> markers').toMatch(block);
  const updated = readme.replace(block, `<!-- faults:start -->\n${table}\n<!-- faults:end -->`);
  if (process.env.UPDATE_FAULT_TABLE) await writeFile('README.md', updated);
  else if (tallies.length === CASES) expect(readme, 'README.md fault table is not what this suite measured: run npm run faults:table').toBe(updated);
});
