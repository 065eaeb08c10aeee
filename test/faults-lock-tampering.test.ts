import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Bottleneck from 'bottleneck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { createResolvers, resolveHosts } from '../src/dns/resolve-hosts.js';
import { createOctokit } from '../src/github/octokit.js';
import { GitHubRepository } from '../src/github/repository.js';
import { parseLock } from '../src/lock/parse.js';
import { readGateSources } from '../src/modes/gate-sources.js';
import { runLocal } from '../src/modes/local.js';
import { runPullRequest } from '../src/modes/pull-request.js';
import type { GatedEvent } from '../src/modes/pull-request-event.js';
import { readSettings } from '../src/settings.js';
import { tempDir } from './support/action.js';
import { GitHubFake } from './support/github-fake.js';
import { EXPORT, editLock, honestFiles } from './support/pull-request-run.js';

// Tampering with the lock: each case is an attack on the lock or the firewall files, through a
// pull request (the check gate) or pushed to the base branch (pull-request mode). It scores what
// the run lets through: addresses DNS does not return that reach the firewall (through a check
// that passes, or a lock the run accepts or proposes), and real addresses lost. The totals are
// written into README.md (npm run faults:table), and this suite fails when README disagrees.

interface Tally {
  attack: string;
  outcome: string;
  wronglyAdded: number;
  wronglyRemoved: number;
}
const tallies: Tally[] = [];
const CASES = 19;
const TRUTH = ['104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f'];
const NOW = new Date();
const LOCK = 'ips.lock.json';

type Production = Parameters<Parameters<typeof editLock>[1]>[0];
const addSixes = (p: Production) => {
  p.hosts['callback-2.vipps.no'] = ['6.6.6.6', '104.45.28.230'];
  p.addresses = ['6.6.6.6', ...p.addresses];
};

let dns: Awaited<ReturnType<typeof startDnsServer>>;
let honest: Record<string, string>;
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
  honest = await honestFiles(dns.server);
});
afterAll(() => dns.close());

/**
 * check runs with the default removal grace (7d), as the attack was first made: with a grace of 0
 * an address DNS does not return would fail the check as stale even without the gate, and the
 * table would not show that the gate holds. pull-request mode runs with 0, the strictest setting.
 */
function settingsFor(mode: string, removalGrace: string) {
  const inputs: Record<string, string> = {
    mode,
    environments: 'production',
    'dns-servers': dns.server,
    'dns-timeout': '200',
    exports: `nginx: ${EXPORT}`,
    'removal-grace': removalGrace,
    'github-token': 't',
  };
  return readSettings((name) => inputs[name] ?? '');
}

function repository(github: GitHubFake): GitHubRepository {
  const unspaced = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  const log = { info: () => {}, warning: () => {} };
  return new GitHubRepository(createOctokit('t', github.url, log, { write: unspaced(), notifications: unspaced() }), {
    owner: github.owner,
    repo: github.repo,
  });
}

/** Addresses a lock or an export text carries beyond what DNS returns, and real ones it lacks. */
function score(attack: string, outcome: string, allowed: string[]): Tally {
  const tally = {
    attack,
    outcome,
    wronglyAdded: allowed.filter((a) => !TRUTH.includes(a)).length,
    wronglyRemoved: TRUTH.filter((a) => !allowed.includes(a)).length,
  };
  tallies.push(tally);
  return tally;
}

/** Every address in a lock text and an nginx export text, however malformed the lock. */
function allowedBy(files: Record<string, string | undefined>): string[] {
  const fromLock = [...(files[LOCK] ?? '').matchAll(/"([0-9a-f.:]+)"/g)].map((m) => m[1] as string).filter((a) => /\d/.test(a));
  const fromExport = [...(files[EXPORT] ?? '').matchAll(/allow ([0-9a-f.:]+)\//g)].map((m) => m[1] as string);
  return [...new Set([...fromLock, ...fromExport])];
}

type Edit = (files: Record<string, string>) => Record<string, string>;
const lockEdit =
  (edit: (p: Production) => void): Edit =>
  (files) => ({ ...files, [LOCK]: editLock(files[LOCK] as string, edit) });

/**
 * 6.6.6.6 in the lock and in the export, each exactly where an honest run would write it: the lock
 * and the export agree, so only the comparison with the base can stop it.
 */
const withSixes: Edit = (files) => ({
  ...lockEdit(addSixes)(files),
  [EXPORT]: (files[EXPORT] as string).replace('allow 104.45.17.199/32;', 'allow 6.6.6.6/32;\nallow 104.45.17.199/32;'),
});

describe('tampered pull requests against the check gate', () => {
  const cases: Array<[string, Edit, { event?: GatedEvent['name']; baseUnreadable?: boolean }]> = [
    ['adds 6.6.6.6 to callback-2 and `allow 6.6.6.6/32;` to the nginx export', withSixes, {}],
    [
      'adds 6.6.6.6 marked departing in 9999',
      lockEdit((p) => {
        addSixes(p);
        p.departing = { '6.6.6.6': '9999-01-01T00:00:00Z' };
      }),
      {},
    ],
    ['marks a real address departing in 9999', lockEdit((p) => (p.departing = { '104.45.28.230': '9999-01-01T00:00:00Z' })), {}],
    [
      'adds a private 10.0.0.1',
      lockEdit((p) => {
        p.hosts['callback-2.vipps.no'] = ['10.0.0.1', '104.45.28.230'];
        p.addresses = ['10.0.0.1', ...p.addresses];
      }),
      {},
    ],
    ['adds 6.6.6.6 to `addresses` and to no host', lockEdit((p) => (p.addresses = ['6.6.6.6', ...p.addresses])), {}],
    ['a departing time that is no date (2026-13-45T99:99:99Z)', lockEdit((p) => (p.departing = { '104.45.28.230': '2026-13-45T99:99:99Z' })), {}],
    [
      '`__proto__` as a host holding 6.6.6.6',
      lockEdit((p) => {
        Object.defineProperty(p.hosts, '__proto__', { value: ['6.6.6.6'], enumerable: true });
        p.addresses = ['6.6.6.6', ...p.addresses];
      }),
      {},
    ],
    [
      'adds `allow all;` to the nginx export only',
      (files) => ({ ...files, [EXPORT]: (files[EXPORT] as string).replace('deny all;', 'allow all;\ndeny all;') }),
      {},
    ],
    [
      'repeats `addresses` and `hosts` with 6.6.6.6 before the honest keys (JSON.parse keeps the last)',
      (files) => ({
        ...files,
        [LOCK]: (files[LOCK] as string).replace(
          '"production": {\n      "addresses"',
          '"production": {\n      "addresses": ["6.6.6.6"],\n      "hosts": {"callback-1.vipps.no": ["6.6.6.6"]},\n      "addresses"',
        ),
      }),
      {},
    ],
    [
      'adds an unknown key `"cidrs": ["0.0.0.0/0"]` to the environment',
      (files) => ({ ...files, [LOCK]: (files[LOCK] as string).replace('"production": {\n', '"production": {\n      "cidrs": ["0.0.0.0/0"],\n') }),
      {},
    ],
    [
      'removes 2603:1020:201:10::10f, which DNS returns, from the lock and the nginx export',
      (files) => ({
        ...lockEdit((p) => {
          p.hosts['callback-1.vipps.no'] = ['104.45.17.199'];
          p.addresses = p.addresses.filter((a) => a !== '2603:1020:201:10::10f');
        })(files),
        [EXPORT]: (files[EXPORT] as string).replace('allow 2603:1020:201:10::10f/128;\n', ''),
      }),
      {},
    ],
    ['adds 6.6.6.6 in a pull_request_target run, whose checkout is the base', withSixes, { event: 'pull_request_target' }],
    ['adds 6.6.6.6 in a merge queue', withSixes, { event: 'merge_group' }],
    ['adds 6.6.6.6 where the token may not read the base', withSixes, { baseUnreadable: true }],
  ];

  it.each(cases)('%s', async (attack, edit, how) => {
    const github = await new GitHubFake().start();
    try {
      const settings = settingsFor('check', '7d');
      const base = github.push('main', honest);
      const head = edit(honest);
      const headSha = github.push('feature', head);
      if (how.baseUnreadable) github.faults.push({ operationId: 'graphql', status: 200, message: 'Resource not accessible by integration' });
      const name = how.event ?? 'pull_request';
      const event: GatedEvent = {
        name,
        base: { revision: base, sha: base, label: 'main' },
        ...(name === 'pull_request_target' ? { head: { revision: headSha, sha: headSha, label: 'pull request #7' } } : {}),
      };
      // The workspace: the head, but the base in a pull_request_target run (its default checkout).
      const root = await tempDir();
      for (const [file, text] of Object.entries(name === 'pull_request_target' ? honest : head)) {
        await mkdir(path.dirname(path.join(root, file)), { recursive: true });
        await writeFile(path.join(root, file), text);
      }
      const gate = readGateSources(event, { settings, root, now: NOW, connect: async () => repository(github) });
      gate.catch(() => {});
      let outcome: string;
      let passed = false;
      try {
        const run = await runLocal(settings, { root, observed: resolveHosts(settings, createResolvers(settings)), now: NOW, updateHint: '', gate });
        passed = run.failure === undefined;
        outcome = passed ? 'check passed' : 'check failed';
      } catch (error) {
        outcome = /malformed|not a valid lock/.test(String(error)) ? 'refused as malformed' : 'failed closed: base unreadable';
      }
      // A check that passes lets the pull request's files be merged; one that fails keeps the base's.
      const tally = score(attack, outcome, allowedBy(passed ? head : honest));
      expect(passed).toBe(false);
      expect(tally).toMatchObject({ wronglyAdded: 0, wronglyRemoved: 0 });
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

describe('tampered locks on the base branch, in pull-request mode', () => {
  const cases: Array<[string, (p: Production) => void]> = [
    [
      'a private 10.0.0.1 pushed into the lock',
      (p) => {
        p.hosts['callback-2.vipps.no'] = ['10.0.0.1', '104.45.28.230'];
        p.addresses = ['10.0.0.1', ...p.addresses];
      },
    ],
    ['6.6.6.6 in `addresses` and in no host', (p) => (p.addresses = ['6.6.6.6', ...p.addresses])],
    ['a departing time that is no date', (p) => (p.departing = { '104.45.28.230': '2026-13-45T99:99:99Z' })],
    [
      '6.6.6.6 marked departing in 9999, with removal-grace 0',
      (p) => {
        addSixes(p);
        p.departing = { '6.6.6.6': '9999-01-01T00:00:00Z' };
      },
    ],
    ['`constructor` as a host name', (p) => Object.assign(p.hosts, { constructor: ['6.6.6.6'] })],
  ];

  it.each(cases)('%s', async (attack, edit) => {
    const github = await new GitHubFake().start();
    try {
      const settings = settingsFor('pull-request', '0');
      const tampered = { ...honest, [LOCK]: editLock(honest[LOCK] as string, edit) };
      github.push('main', tampered);
      const context = {
        repository: repository(github),
        serverUrl: 'https://github.example',
        observed: resolveHosts(settings, createResolvers(settings)),
        now: NOW,
        log: { info: () => {}, warning: () => {} },
      };
      const error = await runPullRequest(settings, context).then(
        () => undefined,
        (e: unknown) => String(e),
      );
      expect(error).toMatch(/is malformed/);
      // Nothing proposed, nothing written: the tampered lock is neither acted on nor overwritten.
      expect(github.writes).toEqual([]);
      expect(github.fileAt('main', LOCK)).toBe(tampered[LOCK]);
      const proposal = github.refs.has('heads/vipps-ip-lock/update') ? github.fileAt('vipps-ip-lock/update', LOCK) : undefined;
      const tally = score(
        attack,
        'refused as malformed; nothing written',
        proposal ? (parseLock(proposal, 'branch').environments.production?.addresses ?? []) : TRUTH,
      );
      expect(tally).toMatchObject({ wronglyAdded: 0, wronglyRemoved: 0 });
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

afterAll(async () => {
  const added = tallies.reduce((sum, t) => sum + t.wronglyAdded, 0);
  const removed = tallies.reduce((sum, t) => sum + t.wronglyRemoved, 0);
  const table = [
    `${tallies.length} attacks on the lock and the firewall files, ${added} addresses wrongly added, ${removed} wrongly removed.`,
    '',
    '| attack | outcome | wrongly added | wrongly removed |',
    '|---|---|---|---|',
    ...tallies.map((t) => `| ${t.attack} | ${t.outcome} | ${t.wronglyAdded} | ${t.wronglyRemoved} |`),
  ].join('\n');
  const readme = await readFile('README.md', 'utf8');
  const block = /<!-- lock-tampering:start -->[\s\S]*?<!-- lock-tampering:end -->/;
  expect(readme, 'README.md needs the <!-- lock-tampering:start --> and <!-- lock-tampering:end --> markers').toMatch(block);
  const updated = readme.replace(block, `<!-- lock-tampering:start -->\n${table}\n<!-- lock-tampering:end -->`);
  if (process.env.UPDATE_FAULT_TABLE) await writeFile('README.md', updated);
  else if (tallies.length === CASES) expect(readme, 'README.md tampering table is not what this suite measured: run npm run faults:table').toBe(updated);
});
