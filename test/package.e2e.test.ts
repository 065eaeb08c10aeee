import { execFile } from 'node:child_process';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { tempDir } from './support/action.js';
import { describeWith } from './support/tools.js';

// `npx vipps-ip-lock` as a user gets it: the packed tarball, installed into an empty folder with no
// registry to reach, run from its bin link; then the systemd units and the cron line of
// examples/ with that program.

const exec = promisify(execFile);
const npm = (args: string[], cwd: string) => exec('npm', args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } });
type Run = { code: number; stdout: string; stderr: string };
const settle = (promise: Promise<{ stdout: string; stderr: string }>): Promise<Run> =>
  promise.then(
    (r) => ({ code: 0, ...r }),
    (e) => e as Run,
  );

let dns: Awaited<ReturnType<typeof startDnsServer>>;
let files: string[];
/** The installed program: node_modules/.bin/vipps-ip-lock in a folder that holds nothing else. */
let bin: string;
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
  const out = await tempDir();
  const { stdout } = await npm(['pack', '--json', '--pack-destination', out], process.cwd());
  const [packed] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = (packed?.files ?? []).map((f) => f.path).sort();
  const project = await tempDir();
  // An empty cache and a registry that refuses connections: anything fetched would fail the install.
  const cache = await tempDir();
  const tarball = path.join(out, packed?.filename ?? '');
  await npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', cache, '--registry', 'http://127.0.0.1:9/', tarball], project);
  bin = path.join(project, 'node_modules/.bin/vipps-ip-lock');
}, 60_000);
afterAll(() => dns?.close());

describe('the npm package', () => {
  it('holds the command-line bundle, the lock schema, README, LICENSE and package.json, and nothing else', async () => {
    // The bundle's parts loaded on demand (DNS over HTTPS and over TLS) sit beside its entry: every
    // one dist/cli holds is packed.
    const chunk = /^dist\/cli\/\d+\.index\.js$/;
    const parts = (await readdir('dist/cli')).filter((file) => /^\d+\.index\.js$/.test(file));
    expect(parts.length).toBeGreaterThan(0);
    expect(files.filter((file) => chunk.test(file))).toEqual(parts.map((file) => `dist/cli/${file}`).sort());
    expect(files.filter((file) => !chunk.test(file))).toEqual([
      'LICENSE',
      'README.md',
      'dist/cli/index.js',
      'dist/cli/package.json',
      'package.json',
      'schema/ips.lock.schema.json',
    ]);
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
    const cwd = await tempDir();
    const run = (...args: string[]) => settle(exec(bin, args, { cwd }));
    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    expect((await run('--version')).stdout).toBe(`${version}\n`);
    const dnsArgs = ['--dns-server', dns.server, '--environments', 'production'];
    expect(await run('check', ...dnsArgs)).toMatchObject({ code: 1, stderr: expect.stringContaining('ips.lock.json does not exist') });
    expect(await run('update', ...dnsArgs, '--export', 'nginx: vipps.conf')).toMatchObject({ code: 3 });
    expect(await run('check', ...dnsArgs, '--export', 'nginx: vipps.conf')).toMatchObject({ code: 0, stdout: 'ips.lock.json is up to date with DNS\n' });
    expect(await readFile(path.join(cwd, 'vipps.conf'), 'utf8')).toContain('allow 104.45.17.199/32;');
    // DNS over HTTPS and over TLS load their parts of the bundle from the installed package. Nothing
    // listens on port 1: every lookup fails (exit 4), and no part is missing.
    for (const server of ['https://127.0.0.1:1/dns-query', 'tls://127.0.0.1:1#dns.test']) {
      const failed = await run('resolve', '--environments', 'production', '--dns-server', server, '--dns-timeout', '500');
      expect(failed.code, server).toBe(4);
      expect(`${failed.stdout}${failed.stderr}`, server).toMatch(/ECONNREFUSED|connection refused/i);
      expect(`${failed.stdout}${failed.stderr}`, server).not.toMatch(/Cannot find module/);
    }
  });
});

/** The words of a command line, as sh splits them (quotes, no expansions). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const UNITS = ['examples/systemd/vipps-ip-lock.service', 'examples/systemd/vipps-ip-lock.timer'];
const unitSetting = (text: string, key: string): string => new RegExp(`^${key}=(.*)$`, 'm').exec(text)?.[1] ?? '';

describeWith([{ binary: '/usr/bin/systemd-analyze', debian: 'systemd' }])('examples/systemd, with the program as npm installs it', () => {
  it('passes systemd-analyze verify without a warning, and verify refuses a broken unit', async () => {
    const dir = await tempDir();
    for (const unit of UNITS) {
      const text = (await readFile(unit, 'utf8')).replaceAll('/usr/local/bin/vipps-ip-lock', bin);
      await writeFile(path.join(dir, path.basename(unit)), text);
    }
    const verify = await settle(exec('systemd-analyze', ['verify', ...UNITS.map((u) => path.basename(u))], { cwd: dir }));
    expect(verify).toMatchObject({ code: 0, stderr: '' });
    await writeFile(path.join(dir, 'vipps-ip-lock.timer'), (await readFile(UNITS[1] as string, 'utf8')).replace('OnCalendar=hourly', 'OnCalendar=hourlyy'));
    expect((await settle(exec('systemd-analyze', ['verify', 'vipps-ip-lock.timer'], { cwd: dir }))).stderr).toContain('hourlyy');
  });

  it("runs the service's update in its working folder: 3 when it wrote the nginx file, then 0", async () => {
    const unit = await readFile(UNITS[0] as string, 'utf8');
    const [program, ...args] = words(unitSetting(unit, 'ExecStart'));
    expect(program).toBe('/usr/local/bin/vipps-ip-lock');
    expect(unitSetting(unit, 'SuccessExitStatus')).toBe('3');
    const cwd = await tempDir();
    const run = () => settle(exec(bin, [...args, '--dns-server', dns.server], { cwd }));
    expect(await run()).toMatchObject({ code: 3, stdout: expect.stringContaining('wrote vipps-callbacks.conf, ips.lock.json') });
    expect(await readFile(path.join(cwd, 'vipps-callbacks.conf'), 'utf8')).toMatch(/^allow 104\.45\.17\.199\/32;$/m);
    expect(await run()).toMatchObject({ code: 0 });
  });

  it('reloads nginx only after an update that wrote something (3), and only when nginx -t passes', async () => {
    const unit = await readFile(UNITS[0] as string, 'utf8');
    const post = unitSetting(unit, 'ExecStopPost');
    expect(post.startsWith('+/bin/sh -c ')).toBe(true);
    const dir = await tempDir();
    const log = path.join(dir, 'log');
    // nginx and systemctl stand-ins that record their arguments; nginx -t fails while ./broken exists.
    const stub = async (name: string, body = '') => {
      const file = path.join(dir, name);
      await writeFile(file, `#!/bin/sh\necho "${name} $*" >>${log}\n${body}`);
      await chmod(file, 0o755);
      return file;
    };
    const script = (words(post.slice(1))[2] as string)
      .replace('/usr/sbin/nginx', await stub('nginx', `[ -e ${dir}/broken ] && exit 1\nexit 0\n`))
      .replace('/usr/bin/systemctl', await stub('systemctl'));
    const after = async (status: string) => {
      await writeFile(log, '');
      const result = await settle(exec('/bin/sh', ['-c', script], { env: { EXIT_STATUS: status } }));
      return { code: result.code, calls: (await readFile(log, 'utf8')).trim() };
    };
    expect(await after('0')).toEqual({ code: 0, calls: '' });
    expect(await after('4')).toEqual({ code: 0, calls: '' });
    expect(await after('3')).toEqual({ code: 0, calls: 'nginx -t -q\nsystemctl reload nginx' });
    await writeFile(path.join(dir, 'broken'), '');
    expect(await after('3')).toEqual({ code: 1, calls: 'nginx -t -q' });
  });
});

describe('examples/cron/vipps-ip-lock', () => {
  it('updates, then checks and reloads only after exit status 3', async () => {
    const line = (await readFile('examples/cron/vipps-ip-lock', 'utf8')).split('\n').find((l) => /^\d/.test(l)) ?? '';
    const fields = line.split(' ');
    expect(fields.slice(0, 6)).toEqual(['17', '*', '*', '*', '*', 'root']);
    expect(line).not.toContain('%'); // cron turns % into a newline
    const command = fields.slice(6).join(' ');
    expect(command).toMatch(/vipps-ip-lock update [^;]*; \[ \$\? -eq 3 \] && \/usr\/sbin\/nginx -t -q && /);
  });
});
