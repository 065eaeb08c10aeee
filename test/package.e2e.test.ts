import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { tempDir } from './support/action.js';

// `npx vipps-ip-lock` as a user gets it: the packed tarball, installed into an empty folder with no
// registry to reach, run from its bin link.

const exec = promisify(execFile);
const npm = (args: string[], cwd: string) => exec('npm', args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } });

let dns: Awaited<ReturnType<typeof startDnsServer>>;
let tarball: string;
let files: string[];
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
  const out = await tempDir();
  const { stdout } = await npm(['pack', '--json', '--pack-destination', out], process.cwd());
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(out, packed?.filename ?? '');
  files = (packed?.files ?? []).map((f) => f.path).sort();
}, 60_000);
afterAll(() => dns?.close());

describe('the npm package', () => {
  it('holds the command-line bundle, the lock schema, README, LICENSE and package.json, and nothing else', () => {
    expect(files).toEqual(['LICENSE', 'README.md', 'dist/cli/index.js', 'dist/cli/package.json', 'package.json', 'schema/ips.lock.schema.json']);
  });

  it('has no runtime dependencies (ncc bundles them into dist/) and asks for a maintained Node', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8'));
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ 'vipps-ip-lock': 'dist/cli/index.js' });
    expect(manifest.engines.node).toBe('>=22');
    expect(await readFile(manifest.bin['vipps-ip-lock'], 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('installs offline into an empty folder and runs: --version, then check and update against DNS on 127.0.0.1', async () => {
    const project = await tempDir();
    // An empty cache and a registry that refuses connections: anything fetched would fail the install.
    const cache = await tempDir();
    await npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', cache, '--registry', 'http://127.0.0.1:9/', tarball], project);
    const bin = path.join(project, 'node_modules/.bin/vipps-ip-lock');
    const run = (...args: string[]) =>
      exec(bin, args, { cwd: project }).then(
        (r) => ({ code: 0, ...r }),
        (e) => e as { code: number; stdout: string; stderr: string },
      );
    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    expect((await run('--version')).stdout).toBe(`${version}\n`);
    const dnsArgs = ['--dns-server', dns.server, '--environments', 'production'];
    expect(await run('check', ...dnsArgs)).toMatchObject({ code: 1, stderr: expect.stringContaining('ips.lock.json does not exist') });
    expect(await run('update', ...dnsArgs, '--export', 'nginx: vipps.conf')).toMatchObject({ code: 3 });
    expect(await run('check', ...dnsArgs, '--export', 'nginx: vipps.conf')).toMatchObject({ code: 0, stdout: 'ips.lock.json is up to date with DNS\n' });
    expect(await readFile(path.join(project, 'vipps.conf'), 'utf8')).toContain('allow 104.45.17.199/32;');
  }, 60_000);
});
