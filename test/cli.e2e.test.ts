import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE, SILENT_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { DIST_CLI, runNode, tempDir } from './support/action.js';

let dns: Awaited<ReturnType<typeof startDnsServer>>;
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
});
afterAll(() => dns.close());

const cli = (cwd: string, ...args: string[]) =>
  runNode(DIST_CLI, [...args, '--dns-server', dns.server, '--dns-timeout', '200'], { cwd, env: { PATH: process.env.PATH } });

describe('the command-line tool (dist/cli)', () => {
  it('checks, updates and checks again', async () => {
    const cwd = await tempDir();
    expect((await cli(cwd, 'check')).code).toBe(1);
    const update = await cli(cwd, 'update', '--environments', 'production,test');
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('wrote ips.lock.json');
    const lock = JSON.parse(await readFile(path.join(cwd, 'ips.lock.json'), 'utf8'));
    expect(Object.keys(lock.environments)).toEqual(['production', 'test']);
    const check = await cli(cwd, 'check', '--environments', 'production,test', '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ changed: 'false', failure: null, written: [] });
  });

  it('writes firewall exports beside the lock and checks them', async () => {
    const cwd = await tempDir();
    const update = await cli(
      cwd,
      'update',
      '--environments',
      'production',
      '--export',
      'cidr: firewall/vipps.txt',
      '--export',
      'terraform: vipps.auto.tfvars.json environments=production',
    );
    expect(update.stdout).toContain('wrote ips.lock.json, firewall/vipps.txt, vipps.auto.tfvars.json');
    expect(await readFile(path.join(cwd, 'firewall/vipps.txt'), 'utf8')).toContain('104.45.28.230/32\n');
    const check = await cli(
      cwd,
      'check',
      '--environments',
      'production',
      '--export',
      'cidr: firewall/vipps.txt',
      '--export',
      'terraform: vipps.auto.tfvars.json environments=production',
    );
    expect(check.code).toBe(0);
    await writeFile(path.join(cwd, 'firewall/vipps.txt'), 'edited by hand\n');
    const stale = await cli(cwd, 'check', '--environments', 'production', '--export', 'cidr: firewall/vipps.txt');
    expect(stale).toMatchObject({ code: 1, stderr: expect.stringContaining('`firewall/vipps.txt` is not what `ips.lock.json` gives') });
  });

  it('prints the lock that DNS gives with resolve --json, reading no file', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'ips.lock.json'), 'not json');
    const resolve = await cli(cwd, 'resolve', '--environments', 'api-production', '--json');
    expect(resolve.code).toBe(0);
    expect(JSON.parse(resolve.stdout).environments).toEqual({ 'api-production': { addresses: ['20.100.0.15'], hosts: { 'api.vipps.no': ['20.100.0.15'] } } });
  });

  it('exits 2 on a malformed lock and does not overwrite it, without waiting for DNS', async () => {
    // Against a server that never answers, three attempts take c-ares about 30 s: the command ends
    // within the test's timeout only if the failure cancels the queries already sent.
    const silent = await startDnsServer({ zone: SILENT_ZONE });
    try {
      const cwd = await tempDir();
      await writeFile(path.join(cwd, 'ips.lock.json'), '{"version": 9}');
      const args = ['update', '--dns-server', silent.server, '--dns-timeout', '60000', '--dns-attempts', '3'];
      const update = await runNode(DIST_CLI, args, { cwd, env: { PATH: process.env.PATH } });
      expect(update.code).toBe(2);
      expect(update.stderr).toMatch(/lock format version 9, written by a newer vipps-ip-lock/);
      expect(await readFile(path.join(cwd, 'ips.lock.json'), 'utf8')).toBe('{"version": 9}');
      expect(silent.queries.length).toBeGreaterThan(0);
    } finally {
      await silent.close();
    }
  });

  it('exits 2 with a clear message on bad usage', async () => {
    const cwd = await tempDir();
    expect(await cli(cwd, 'frobnicate')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown command "frobnicate"/) });
    expect(await cli(cwd, 'check', '--environments', 'staging')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Input "environments" has the value "staging"/),
    });
    expect(await cli(cwd, 'check', '--bogus')).toMatchObject({ code: 2, stderr: expect.stringMatching(/bogus/) });
  });
});
