import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Observed } from '../src/dns/resolve-hosts.js';
import { parseLock } from '../src/lock/parse.js';
import type { Lock } from '../src/lock/types.js';
import { type BaseFiles, confineToBase, exportFindings } from '../src/modes/gate.js';
import { gatedEvent } from '../src/modes/pull-request-event.js';
import { tempDir } from './support/action.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const SHA = 'a'.repeat(40);

function lock(production: { hosts: Record<string, string[]>; departing?: Record<string, string> }): Lock {
  const addresses = [...new Set(Object.values(production.hosts).flat())];
  return parseLock(JSON.stringify({ version: 1, environments: { production: { addresses, ...production } } }), 'ips.lock.json', NOW);
}

function dnsSays(answers: Record<string, string[]>): Observed {
  const observations = new Map(
    Object.entries(answers).map(([host, addresses]) => [
      host,
      { host, decided: { A: addresses }, answers: [{ server: '127.0.0.1:53', type: 'A' as const, addresses }], noSuchHost: false, failures: [], rejected: [] },
    ]),
  );
  return { hosts: Object.keys(answers), observations };
}

const base = (l: Lock | undefined, exports: Record<string, string> = {}): BaseFiles => ({ label: 'main', lock: l, exports: new Map(Object.entries(exports)) });

describe('confineToBase', () => {
  const before = lock({ hosts: { 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': ['2.2.2.2'] } });

  it('lets through what the base holds and what DNS returns, as an update writes it', () => {
    // DNS moved b from 2.2.2.2 to 3.3.3.3: the update adds 3.3.3.3 and marks 2.2.2.2 departing.
    const head = lock({ hosts: { 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': ['2.2.2.2', '3.3.3.3'] }, departing: { '2.2.2.2': '2026-11-24T11:00:00Z' } });
    const { lock: confined, findings } = confineToBase(head, base(before), dnsSays({ 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': ['3.3.3.3'] }), 'ips.lock.json');
    expect(findings).toEqual([]);
    expect(confined.environments.production).toEqual(head.environments.production);
  });

  it('takes out an address neither the base holds nor DNS returns for that host, and names it', () => {
    const head = lock({ hosts: { 'a.vipps.no': ['1.1.1.1', '2.2.2.2'], 'b.vipps.no': ['2.2.2.2', '6.6.6.6'] } });
    const { lock: confined, findings } = confineToBase(head, base(before), dnsSays({ 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': ['2.2.2.2'] }), 'ips.lock.json');
    expect(findings).toEqual([
      'ips.lock.json adds 2.2.2.2 to a.vipps.no (production), which DNS does not return for it now',
      'ips.lock.json adds 6.6.6.6 to b.vipps.no (production), which DNS does not return for it now',
    ]);
    expect(confined.environments.production).toEqual(before.environments.production);
  });

  it('counts every address as added when the base has no lock, and a failed lookup confirms nothing', () => {
    const head = lock({ hosts: { 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': ['2.2.2.2'] } });
    const { findings } = confineToBase(head, base(undefined), dnsSays({ 'a.vipps.no': ['1.1.1.1'] }), 'ips.lock.json');
    expect(findings).toEqual(['ips.lock.json adds 2.2.2.2 to b.vipps.no (production), which DNS does not return for it now']);
  });

  it('puts back a departing time moved later or dropped, and names it', () => {
    const marked = lock({ hosts: { 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': ['2.2.2.2'] }, departing: { '2.2.2.2': '2026-11-20T00:00:00Z' } });
    const dns = dnsSays({ 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': [] });
    const later = lock({ hosts: { 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': ['2.2.2.2'] }, departing: { '2.2.2.2': '2026-11-23T00:00:00Z' } });
    const moved = confineToBase(later, base(marked), dns, 'ips.lock.json');
    expect(moved.findings).toEqual([
      'ips.lock.json moves the departing time of 2.2.2.2 (production) from 2026-11-20T00:00:00Z to 2026-11-23T00:00:00Z, which would keep it allowed longer',
    ]);
    expect(moved.lock.environments.production?.departing).toEqual({ '2.2.2.2': '2026-11-20T00:00:00Z' });
    const dropped = confineToBase(before, base(marked), dns, 'ips.lock.json');
    expect(dropped.findings).toEqual([
      'ips.lock.json drops the departing mark of 2.2.2.2 (production, since 2026-11-20T00:00:00Z), which would keep it allowed longer',
    ]);
    expect(dropped.lock.environments.production?.departing).toEqual({ '2.2.2.2': '2026-11-20T00:00:00Z' });
    // An earlier time only shortens the stay; dropping the mark of an address DNS returns again is what an update does.
    const earlier = lock({ hosts: { 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': ['2.2.2.2'] }, departing: { '2.2.2.2': '2026-11-19T00:00:00Z' } });
    expect(confineToBase(earlier, base(marked), dns, 'x').findings).toEqual([]);
    expect(confineToBase(before, base(marked), dnsSays({ 'a.vipps.no': ['1.1.1.1'], 'b.vipps.no': ['2.2.2.2'] }), 'x').findings).toEqual([]);
  });
});

describe('exportFindings', () => {
  it('names each line the pull request adds that the lock and DNS do not give', () => {
    const expected = new Map([['fw.conf', 'allow 1.1.1.1/32;\ndeny all;\n']]);
    const head = new Map([['fw.conf', 'allow 1.1.1.1/32;\nallow all;\ndeny all;\n']]);
    expect(exportFindings(base(undefined, { 'fw.conf': 'deny all;\n' }), head, expected)).toEqual([
      'fw.conf adds the line "allow all;", which the lock and DNS do not give',
    ]);
    // A line the base already had is not the pull request's doing; the stale check reports it.
    expect(exportFindings(base(undefined, { 'fw.conf': 'allow all;\n' }), head, expected)).toEqual([]);
  });
});

describe('gatedEvent', () => {
  async function payload(data: unknown): Promise<string> {
    const file = path.join(await tempDir(), 'event.json');
    await writeFile(file, JSON.stringify(data));
    return file;
  }

  it('is undefined outside pull requests and merge queues', async () => {
    for (const name of ['push', 'schedule', 'workflow_dispatch', '', undefined]) {
      expect(await gatedEvent({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: '/nonexistent' })).toBeUndefined();
    }
  });

  it('reads the base commit, and the head commit of a pull_request_target run, from the payload', async () => {
    const file = await payload({ pull_request: { number: 3, base: { ref: 'main', sha: SHA }, head: { sha: 'b'.repeat(40) } } });
    expect(await gatedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file })).toEqual({
      name: 'pull_request',
      base: { revision: SHA, sha: SHA, label: 'main (aaaaaaa)', fallback: 'refs/heads/main' },
    });
    expect((await gatedEvent({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: file }))?.head).toEqual({
      revision: 'b'.repeat(40),
      sha: 'b'.repeat(40),
      label: 'pull request #3 (bbbbbbb)',
    });
  });

  it('holds the review events as it holds pull_request', async () => {
    const file = await payload({ pull_request: { number: 3, base: { ref: 'main', sha: SHA }, head: { sha: 'b'.repeat(40) } } });
    for (const name of ['pull_request_review', 'pull_request_review_comment']) {
      expect(await gatedEvent({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file })).toEqual({
        name,
        base: { revision: SHA, sha: SHA, label: 'main (aaaaaaa)', fallback: 'refs/heads/main' },
      });
    }
  });

  it('falls back to GITHUB_BASE_REF, reads a merge queue, and refuses a payload it cannot use', async () => {
    const noSha = await payload({ pull_request: { number: 3, base: {} } });
    expect((await gatedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: noSha, GITHUB_BASE_REF: 'release' }))?.base).toEqual({
      revision: 'refs/heads/release',
      label: 'release',
    });
    const queue = await payload({ merge_group: { base_sha: SHA, base_ref: 'refs/heads/main', head_sha: 'c'.repeat(40) } });
    expect(await gatedEvent({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: queue })).toEqual({
      name: 'merge_group',
      base: { revision: SHA, sha: SHA, label: 'main (aaaaaaa)', fallback: 'refs/heads/main' },
    });
    await expect(gatedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: noSha })).rejects.toThrow(/names no commit for the base branch/);
    await expect(gatedEvent({ GITHUB_EVENT_NAME: 'merge_group' })).rejects.toThrow(/GITHUB_EVENT_PATH is not set/);
    await expect(gatedEvent({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_BASE_REF: 'main' })).rejects.toThrow(/GITHUB_EVENT_PATH is not set/);
    expect(await gatedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' })).toEqual({
      name: 'pull_request',
      base: { revision: 'refs/heads/main', label: 'main' },
    });
    const bad = await payload({ pull_request: { base: { ref: 'x:y', sha: 'not-a-sha' } } });
    await expect(gatedEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: bad })).rejects.toThrow(/names no commit/);
  });
});
