import Bottleneck from 'bottleneck';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { sortAddresses } from '../src/addresses.js';
import { createResolvers, resolveHosts } from '../src/dns/resolve-hosts.js';
import { createOctokit } from '../src/github/octokit.js';
import { GitHubRepository } from '../src/github/repository.js';
import { parseLock } from '../src/lock/parse.js';
import { serializeLock } from '../src/lock/serialize.js';
import { runIssue } from '../src/modes/issue.js';
import { runPullRequest } from '../src/modes/pull-request.js';
import { readSettings } from '../src/settings.js';
import { type DnsServer, useGitHubAndDns } from './support/github-and-dns.js';
import type { GitHubFake } from './support/github-fake.js';
import { lockFromDns } from './support/lock-from-dns.js';

// The open proposal (the update branch's lock, the lock stored in the issue) is not what DNS is
// merged into: the base lock is. When the base gains an address after the proposal was made, a
// failed lookup keeps it and a normal one gives it the removal grace, as if nothing were open.

const LOCK = 'ips.lock.json';
const BRANCH = 'vipps-ip-lock/update';
const NOW = new Date('2026-11-24T12:00:00Z');
const LATER = new Date('2026-11-25T12:00:00Z');
const MOVED = { ...SAMPLE_ZONE, 'callback-1.vipps.no': { A: ['104.45.17.200'], AAAA: ['2603:1020:201:10::10f'] } };

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
    'dns-attempts': '1',
    'github-token': 'ghs_faketoken',
    'removal-grace': '7d',
    ...inputs,
  };
  return readSettings((name) => all[name] ?? '');
}

function context(settings: ReturnType<typeof settingsWith>, now: Date) {
  const log = { info: () => {}, warning: (m: string) => void warnings.push(m) };
  const unspaced = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  const octokit = createOctokit('ghs_faketoken', github.url, log, { write: unspaced(), notifications: unspaced() });
  return {
    repository: new GitHubRepository(octokit, { owner: github.owner, repo: github.repo }),
    serverUrl: 'https://github.example',
    observed: resolveHosts(settings, createResolvers(settings)),
    now,
    log,
  };
}

const modes = {
  'pull-request': async (inputs: Record<string, string>, now: Date) => {
    const settings = settingsWith(inputs);
    return runPullRequest(settings, context(settings, now));
  },
  issue: async (inputs: Record<string, string>, now: Date) => {
    const settings = settingsWith(inputs);
    return runIssue(settings, context(settings, now));
  },
};

/** `text` with `extra` added to callback-2.vipps.no, as a reviewed merge would leave it. */
function baseWith(text: string, extra: string): string {
  const lock = parseLock(text, 'base', NOW);
  const production = lock.environments.production!;
  production.hosts['callback-2.vipps.no'] = sortAddresses([...(production.hosts['callback-2.vipps.no'] ?? []), extra]);
  production.addresses = sortAddresses([...production.addresses, extra]);
  return serializeLock(lock);
}

/** What the open proposal holds: the update branch's lock, or the lock stored in the issue. */
function proposal(mode: keyof typeof modes): string {
  if (mode === 'pull-request') return github.fileAt(BRANCH, LOCK) ?? '';
  const line = /^<!-- vipps-ip-lock:proposed file=ips\.lock\.json lock=(\S+) -->$/m.exec(github.openIssues()[0]?.body ?? '');
  return line?.[1] ? Buffer.from(line[1], 'base64').toString('utf8') : '';
}

describe.each(Object.keys(modes) as Array<keyof typeof modes>)('%s mode, when the base gains an address while a proposal is open', (mode) => {
  const run = modes[mode];
  const operation = `${mode}-operation`;

  beforeEach(async () => {
    const initial = (await lockFromDns(settingsWith(), { now: NOW })).nextText;
    github.push('main', { [LOCK]: initial }, 'initial', 'maintainer');
    dns.setZone(MOVED);
    expect((await run({}, NOW)).outputs[operation]).toBe('created');
    github.push('main', { [LOCK]: baseWith(initial, '5.5.5.5') }, 'Allow 5.5.5.5', 'maintainer');
  });

  it('keeps the address while its host cannot be resolved, and writes nothing under on-lookup-failure: fail', async () => {
    dns.setZone({ ...MOVED, 'callback-2.vipps.no': { fault: 'servfail' } });
    const before = { writes: github.writes.length, head: github.refs.get(`heads/${BRANCH}`), body: github.openIssues()[0]?.body };
    const failed = await run({ 'on-lookup-failure': 'fail' }, LATER);
    expect(failed.failure).toMatch(/could not be resolved: callback-2\.vipps\.no/);
    expect(failed.outputs[operation]).toBe('none');
    expect(failed.summary).toContain('**Nothing was written**: a lookup failed and on-lookup-failure is fail');
    expect(github.writes.length).toBe(before.writes);
    expect(github.refs.get(`heads/${BRANCH}`)).toBe(before.head);
    expect(github.openIssues()[0]?.body).toBe(before.body);

    const warned = await run({ 'on-lookup-failure': 'warn' }, LATER);
    expect(warned.failure).toBeUndefined();
    expect(warned.outputs).toMatchObject({ [operation]: 'updated', removed: '[]', added: JSON.stringify(['104.45.17.200']) });
    expect(parseLock(proposal(mode), 'proposal', LATER).environments.production?.hosts['callback-2.vipps.no']).toEqual(['5.5.5.5', '104.45.28.230']);
  });

  it('gives the address the removal grace when DNS no longer returns it', async () => {
    const outcome = await run({}, LATER);
    expect(outcome.outputs).toMatchObject({ [operation]: 'updated', removed: '[]', departing: JSON.stringify(['5.5.5.5']) });
    const production = parseLock(proposal(mode), 'proposal', LATER).environments.production;
    expect(production?.hosts['callback-2.vipps.no']).toEqual(['5.5.5.5', '104.45.28.230']);
    expect(production?.departing).toEqual({ '5.5.5.5': '2026-11-25T12:00:00Z' });
  });
});
