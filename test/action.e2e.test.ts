import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE, SILENT_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { runAction, tempDir } from './support/action.js';

let dns: Awaited<ReturnType<typeof startDnsServer>>;
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
});
afterAll(() => dns.close());

const LOCK = `${JSON.stringify(
  {
    environments: {
      production: {
        addresses: ['104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f'],
        hosts: {
          'callback-1.vipps.no': ['104.45.17.199', '2603:1020:201:10::10f'],
          'callback-2.vipps.no': ['104.45.28.230'],
          'callback-3.vipps.no': ['104.45.17.199'],
          'callback-4.vipps.no': ['104.45.28.230'],
        },
      },
    },
    version: 1,
  },
  null,
  2,
)}\n`;

async function workspaceWith(lock?: string): Promise<string> {
  const workspace = await tempDir();
  if (lock !== undefined) await writeFile(path.join(workspace, 'ips.lock.json'), lock);
  return workspace;
}

const inputs = (extra: Record<string, string> = {}) => ({ environments: 'production', 'dns-servers': dns.server, 'dns-timeout': '200', ...extra });

describe('dist/index.js in check mode', () => {
  it('passes and sets the outputs when the lock matches DNS', async () => {
    const run = await runAction(inputs(), { workspace: await workspaceWith(LOCK) });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      changed: 'false',
      'stale-exports': '[]',
      added: '[]',
      removed: '[]',
      addresses: '["104.45.17.199","104.45.28.230","2603:1020:201:10::10f"]',
      departing: '[]',
    });
    expect(run.summary).toContain('ips.lock.json is up to date with DNS');
  });

  it('never calls a stale firewall file, or a host that did not answer, up to date', async () => {
    const workspace = await workspaceWith(LOCK);
    await writeFile(path.join(workspace, 'vipps.txt'), 'edited by hand\n');
    const stale = await runAction(inputs({ exports: 'cidr: vipps.txt' }), { workspace });
    expect(stale.code).toBe(1);
    expect(stale.summary).toMatch(/^### ips\.lock\.json matches DNS, but 1 firewall file is not what it gives: vipps\.txt\n/);
    expect(stale.summary).not.toContain('up to date');
    const failing = await startDnsServer({ zone: { ...SAMPLE_ZONE, 'callback-3.vipps.no': { fault: 'servfail' } } });
    try {
      const run = await runAction(inputs({ 'dns-servers': failing.server }), { workspace: await workspaceWith(LOCK) });
      expect(run.summary).toMatch(/^### ips\.lock\.json matches the answers DNS gave, but 1 host did not answer\n/);
    } finally {
      await failing.close();
    }
  });

  it('fails with an error annotation that says what changed and how to update', async () => {
    const moved = await startDnsServer({ zone: { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] } } });
    try {
      const run = await runAction(inputs({ 'dns-servers': moved.server }), { workspace: await workspaceWith(LOCK) });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::ips.lock.json does not match DNS: production: added 104.45.28.231\. Update it by/);
      expect(run.outputs).toMatchObject({ changed: 'true', added: '["104.45.28.231"]', removed: '[]', departing: '[]' });
      expect(run.summary).toContain('| production | ➕ added | `104.45.28.231` | `callback-2.vipps.no` |');
      expect(run.summary).toContain('<summary>New ips.lock.json</summary>');
    } finally {
      await moved.close();
    }
  });

  it('fails when the lock is missing, showing the lock to commit', async () => {
    const run = await runAction(inputs(), { workspace: await workspaceWith() });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::ips.lock.json does not exist.');
    expect(run.summary).toContain('"callback-1.vipps.no": [');
  });

  it('refuses a malformed lock and leaves it untouched, without waiting for DNS', async () => {
    // The queries leave before the lock is read. Against a server that never answers, three attempts
    // take c-ares about 30 s: the run ends within the test's timeout only if the failure cancels them.
    const silent = await startDnsServer({ zone: SILENT_ZONE });
    try {
      const workspace = await workspaceWith('{"version": 1, "environments": ');
      const run = await runAction(inputs({ mode: 'report', 'dns-servers': silent.server, 'dns-timeout': '60000', 'dns-attempts': '3' }), { workspace });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::ips.lock.json is not valid JSON/);
      expect(await readFile(path.join(workspace, 'ips.lock.json'), 'utf8')).toBe('{"version": 1, "environments": ');
      expect(silent.queries.length).toBeGreaterThan(0);
    } finally {
      await silent.close();
    }
  });

  it('names the input, the value and what was expected', async () => {
    const run = await runAction(inputs({ 'record-types': 'A, MX' }), { workspace: await workspaceWith(LOCK) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Input "record-types" has the value "MX", but it must be A, AAAA or both.');
  });
});

describe('dist/index.js checking firewall exports', () => {
  it('fails while an export is stale even though the lock is current, and passes once it is written', async () => {
    const workspace = await workspaceWith(LOCK);
    const stale = await runAction(inputs({ exports: 'nginx: firewall/vipps.conf' }), { workspace });
    expect(stale.code).toBe(1);
    expect(stale.outputs).toMatchObject({ changed: 'true', 'stale-exports': '["firewall/vipps.conf"]' });
    expect(stale.stdout).toContain('::error::`firewall/vipps.conf` is not what `ips.lock.json` gives.');
    await mkdir(path.join(workspace, 'firewall'));
    await writeFile(
      path.join(workspace, 'firewall/vipps.conf'),
      (await readFile('test/golden/nginx.conf', 'utf8')).replace(/\(production, disaster-recovery\)/, '(production)').replace('allow 13.79.229.87/32;\n', ''),
    );
    const fresh = await runAction(inputs({ exports: 'nginx: firewall/vipps.conf' }), { workspace });
    expect(fresh.code).toBe(0);
    expect(fresh.outputs['stale-exports']).toBe('[]');
  });
});

describe('dist/index.js in report mode', () => {
  it('reports drift without failing and writes nothing', async () => {
    const workspace = await workspaceWith();
    const run = await runAction(inputs({ mode: 'report', environments: 'production, test' }), { workspace });
    expect(run.code).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(JSON.parse(run.outputs.addresses ?? '')).toEqual(['104.40.249.200', '104.40.250.173', '104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f']);
    expect(run.summary).toContain('| test | `104.40.249.200` `104.40.250.173` |');
    expect(run.summary).toContain('**ips.lock.json does not exist yet.** Update it by');
    expect(run.summary).toContain('<summary>New ips.lock.json</summary>');
    expect(run.summary).not.toContain('needs no change');
    await expect(readFile(path.join(workspace, 'ips.lock.json'))).rejects.toThrow(/ENOENT/);
  });

  it('says the lock is stale when DNS moved, as check mode does, without failing', async () => {
    const moved = await startDnsServer({ zone: { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] } } });
    try {
      const run = await runAction(inputs({ mode: 'report', 'dns-servers': moved.server }), { workspace: await workspaceWith(LOCK) });
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ changed: 'true', added: '["104.45.28.231"]' });
      expect(run.summary).toContain('**ips.lock.json is stale.** Update it by');
      expect(run.summary).toContain('| production | ➕ added | `104.45.28.231` | `callback-2.vipps.no` |');
      expect(run.summary).not.toContain('needs no change');
    } finally {
      await moved.close();
    }
  });

  it('warns about a host no server could resolve and keeps its locked addresses', async () => {
    const broken = await startDnsServer({ zone: { ...SAMPLE_ZONE, 'callback-3.vipps.no': { fault: 'servfail' } } });
    try {
      const run = await runAction(inputs({ mode: 'report', 'dns-servers': broken.server, 'on-lookup-failure': 'warn' }), {
        workspace: await workspaceWith(LOCK),
      });
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ changed: 'false', removed: '[]' });
      expect(run.stdout).toMatch(/::warning::callback-3.vipps.no could not be resolved \(A via 127\.0\.0\.1:\d+: server failure \(SERVFAIL\)/);
      expect(run.summary).toMatch(/\| `callback-3\.vipps\.no` \| A, AAAA via 127\.0\.0\.1:\d+: server failure \(SERVFAIL\) \| locked addresses kept \|/);
      expect(run.summary).toContain('3 answered, 1 kept locked addresses.');
    } finally {
      await broken.close();
    }
  });
});

describe('dist/index.js sends the queries before the rest of it loads', () => {
  it('asks each host and type once', async () => {
    const before = dns.queries.length;
    const run = await runAction(inputs({ mode: 'report' }), { workspace: await workspaceWith(LOCK) });
    expect(run.code).toBe(0);
    const asked = dns.queries.slice(before).map((q) => `${q.name}/${q.type}`);
    expect(asked.sort()).toEqual(
      ['callback-1.vipps.no', 'callback-2.vipps.no', 'callback-3.vipps.no', 'callback-4.vipps.no'].flatMap((host) => [`${host}/A`, `${host}/AAAA`]).sort(),
    );
  });

  it('refuses any bad input before a query leaves, with its own message and no stack', async () => {
    const before = dns.queries.length;
    const run = await runAction(inputs({ mode: 'bogus' }), { workspace: await workspaceWith(LOCK) });
    expect(run.code).toBe(1);
    expect(dns.queries.length).toBe(before);
    expect(run.stdout).toContain('::error::Input "mode" has the value "bogus", but it must be one of: check, pull-request, issue, report.');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad DNS input, naming it, and sends nothing', async () => {
    const before = dns.queries.length;
    const run = await runAction(inputs({ 'dns-timeout': '1e3' }), { workspace: await workspaceWith(LOCK) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Input "dns-timeout" has the value "1e3"');
    expect(dns.queries.length).toBe(before);
  });

  it('reports the first bad input in the order it always did, when a DNS input is bad too', async () => {
    const run = await runAction(inputs({ 'lock-file': '../outside.json', 'dns-timeout': '1e3' }), { workspace: await workspaceWith(LOCK) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Input "lock-file"');
    expect(run.stdout).not.toContain('Input "dns-timeout"');
  });
});

describe('dist/index.js while DNS takes a round trip of 50 ms or more', () => {
  let slow: Awaited<ReturnType<typeof startDnsServer>>;
  beforeAll(async () => {
    // Answers after the lock is read: the run rehearses the comparison on the lock meanwhile.
    slow = await startDnsServer({ zone: { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] } }, latencyMs: 60 });
  });
  afterAll(() => slow.close());
  const slowInputs = (extra: Record<string, string> = {}) => ({ environments: 'production', 'dns-servers': slow.server, 'dns-timeout': '2000', ...extra });

  it('reports what DNS says, never the lock it rehearsed on', async () => {
    const workspace = await workspaceWith(LOCK);
    const run = await runAction(slowInputs({ exports: 'cidr: vipps.txt' }), { workspace });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      changed: 'true',
      added: '["104.45.28.231"]',
      addresses: '["104.45.17.199","104.45.28.230","104.45.28.231","2603:1020:201:10::10f"]',
      'stale-exports': '["vipps.txt"]',
    });
    expect(run.stdout).toContain('::error::ips.lock.json does not match DNS: production: added 104.45.28.231');
    expect(run.summary).toContain('104.45.28.231');
    // A check writes nothing, the rehearsal included.
    expect(await readFile(path.join(workspace, 'ips.lock.json'), 'utf8')).toBe(LOCK);
  });

  it('when DNS says what the lock holds, passes with the outcome it foresaw, and sets every output', async () => {
    const slowAsLocked = await startDnsServer({ zone: SAMPLE_ZONE, latencyMs: 60 });
    try {
      const run = await runAction({ ...slowInputs(), 'dns-servers': slowAsLocked.server }, { workspace: await workspaceWith(LOCK) });
      expect(run.code).toBe(0);
      expect(run.outputs).toEqual({
        changed: 'false',
        'stale-exports': '[]',
        added: '[]',
        removed: '[]',
        addresses: '["104.45.17.199","104.45.28.230","2603:1020:201:10::10f"]',
        departing: '[]',
      });
      expect(run.summary).toContain('ips.lock.json is up to date with DNS');
    } finally {
      await slowAsLocked.close();
    }
  });

  it('when DNS says what the lock holds but a server fails for a host, reports the failure, not the foreseen pass', async () => {
    const failingOne = await startDnsServer({ zone: { ...SAMPLE_ZONE, 'callback-3.vipps.no': { fault: 'servfail' } }, latencyMs: 60 });
    try {
      const run = await runAction({ ...slowInputs(), 'dns-servers': failingOne.server }, { workspace: await workspaceWith(LOCK) });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::.*callback-3\.vipps\.no/);
      expect(run.outputs.addresses).toBe('["104.45.17.199","104.45.28.230","2603:1020:201:10::10f"]');
    } finally {
      await failingOne.close();
    }
  });

  it('prints the DNS group of a run that failed before the answers came', async () => {
    const run = await runAction(slowInputs(), { workspace: await workspaceWith('{') });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::');
    expect(run.stdout).toMatch(/::group::DNS: 4 hosts via 1 server; 0 answered/);
    expect(run.stdout).toContain('::endgroup::');
  });
});
