import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE, SILENT_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { DIST_CLI, runNode, tempDir } from './support/action.js';

// The built dist/cli, run as a user runs it: every exit status, and every --json shape.

type Dns = Awaited<ReturnType<typeof startDnsServer>>;
let dns: Dns;
let failing: Dns;
beforeAll(async () => {
  dns = await startDnsServer({ zone: SAMPLE_ZONE });
  failing = await startDnsServer({ zone: { ...SAMPLE_ZONE, 'callback-dr-2.vipps.no': { fault: 'servfail' } } });
});
afterAll(async () => {
  await dns.close();
  await failing.close();
});

const run = (cwd: string, args: string[]) => runNode(DIST_CLI, args, { cwd, env: { PATH: process.env.PATH } });
const cli = (cwd: string, ...args: string[]) => run(cwd, [...args, '--dns-server', dns.server, '--dns-timeout', '200']);
const json = async (cwd: string, ...args: string[]) => {
  const result = await cli(cwd, ...args, '--json');
  return { ...result, body: JSON.parse(result.stdout) as Record<string, unknown> };
};

const HOST_KEYS = ['addresses', 'failures', 'groups', 'host', 'ignored', 'status'];
const COMPARE_KEYS = [
  'added',
  'addresses',
  'changed',
  'command',
  'departing',
  'exitCode',
  'failure',
  'hosts',
  'lock',
  'lockFile',
  'removed',
  'staleExports',
  'status',
  'warnings',
  'written',
];

describe('exit statuses of the command line (dist/cli)', () => {
  it('0 up to date, 1 stale, 3 written: check, update, check again', async () => {
    const cwd = await tempDir();
    const missing = await cli(cwd, 'check');
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('ips.lock.json does not exist') });
    const update = await cli(cwd, 'update', '--environments', 'production,test');
    expect(update.code).toBe(3);
    expect(update.stdout).toContain('wrote ips.lock.json');
    const lock = JSON.parse(await readFile(path.join(cwd, 'ips.lock.json'), 'utf8'));
    expect(Object.keys(lock.environments)).toEqual(['production', 'test']);
    expect(await cli(cwd, 'check', '--environments', 'production,test')).toMatchObject({ code: 0, stdout: 'ips.lock.json is up to date with DNS\n' });
    expect(await cli(cwd, 'update', '--environments', 'production,test')).toMatchObject({ code: 0, stdout: expect.stringContaining('nothing to write') });
  });

  it('1 for a stale firewall file, which is never called up to date; 3 when update rewrites it', async () => {
    const cwd = await tempDir();
    const exports = ['--export', 'cidr: firewall/vipps.txt', '--export', 'terraform: vipps.auto.tfvars.json environments=production'];
    const update = await cli(cwd, 'update', '--environments', 'production', ...exports);
    expect(update).toMatchObject({ code: 3, stdout: expect.stringContaining('wrote firewall/vipps.txt, vipps.auto.tfvars.json, ips.lock.json') });
    expect(await readFile(path.join(cwd, 'firewall/vipps.txt'), 'utf8')).toContain('104.45.28.230/32\n');
    expect((await cli(cwd, 'check', '--environments', 'production', ...exports)).code).toBe(0);
    await writeFile(path.join(cwd, 'firewall/vipps.txt'), 'edited by hand\n');
    const stale = await cli(cwd, 'check', '--environments', 'production', ...exports);
    expect(stale).toMatchObject({ code: 1, stderr: expect.stringContaining('`firewall/vipps.txt` is not what `ips.lock.json` gives') });
    expect(stale.stdout).not.toContain('up to date');
    expect(stale.stdout).toContain('ips.lock.json matches DNS, but 1 firewall file is not what it gives: firewall/vipps.txt');
    const again = await cli(cwd, 'update', '--environments', 'production', ...exports);
    expect(again).toMatchObject({ code: 3, stdout: expect.stringContaining('wrote firewall/vipps.txt\n') });
  });

  it('4 when a lookup fails: nothing is written, and the failing host is named', async () => {
    const cwd = await tempDir();
    const args = ['--dns-server', failing.server, '--dns-timeout', '200'];
    const update = await run(cwd, ['update', ...args]);
    expect(update.code).toBe(4);
    expect(update.stdout).toContain('nothing written: a lookup failed (ips.lock.json would change)');
    expect(update.stderr).toContain('callback-dr-2.vipps.no could not be resolved');
    await expect(readFile(path.join(cwd, 'ips.lock.json'), 'utf8')).rejects.toThrow(/ENOENT/);
    expect((await run(cwd, ['check', ...args])).code).toBe(4);
    const resolve = await run(cwd, ['resolve', ...args]);
    expect(resolve.code).toBe(4);
    expect(resolve.stdout).toContain('callback-dr-2.vipps.no  not resolved: A via');
    // resolve reads no lock, and does not talk about one.
    expect(`${resolve.stdout}${resolve.stderr}`).not.toMatch(/lock/i);
    // With warn, update writes what resolved; the failing host is not locked with nothing.
    const warned = await run(cwd, ['update', ...args, '--on-lookup-failure', 'warn']);
    expect(warned.code).toBe(3);
    const lock = JSON.parse(await readFile(path.join(cwd, 'ips.lock.json'), 'utf8'));
    expect(lock.environments['disaster-recovery'].hosts['callback-dr-2.vipps.no']).toBeUndefined();
  });

  it('4 for a host that does not exist, named as such instead of being locked as []', async () => {
    const cwd = await tempDir();
    const update = await cli(cwd, 'update', '--environments', 'none', '--hosts', 'shop: callbak-1.vipps.no, callback-1.vipps.no');
    expect(update.code).toBe(4);
    expect(update.stderr).toContain('callbak-1.vipps.no does not exist');
    expect(update.stdout).toContain('callbak-1.vipps.no does not exist: no such host (NXDOMAIN)');
    await expect(readFile(path.join(cwd, 'ips.lock.json'), 'utf8')).rejects.toThrow(/ENOENT/);
    const resolve = await cli(cwd, 'resolve', '--environments', 'none', '--hosts', 'shop: callbak-1.vipps.no');
    expect(resolve).toMatchObject({ code: 4, stdout: expect.stringContaining('callbak-1.vipps.no  no such host (NXDOMAIN)') });
    // A preset host that does not exist is Vipps MobilePay's to retire: not a failure.
    expect((await cli(cwd, 'resolve', '--environments', 'production')).code).toBe(0);
  });

  it('2 on a malformed lock, which is not overwritten, without waiting for DNS', async () => {
    // Against a server that never answers, three attempts take c-ares about 30 s: the command ends
    // within the test's timeout only if the failure cancels the queries already sent.
    const silent = await startDnsServer({ zone: SILENT_ZONE });
    try {
      const cwd = await tempDir();
      await writeFile(path.join(cwd, 'ips.lock.json'), '{"version": 9}');
      const update = await run(cwd, ['update', '--dns-server', silent.server, '--dns-timeout', '60000', '--dns-attempts', '3']);
      expect(update.code).toBe(2);
      expect(update.stderr).toMatch(/lock format version 9, written by a newer vipps-ip-lock/);
      expect(await readFile(path.join(cwd, 'ips.lock.json'), 'utf8')).toBe('{"version": 9}');
      expect(silent.queries.length).toBeGreaterThan(0);
    } finally {
      await silent.close();
    }
  });

  it('2 on bad usage: the flag named as typed, the nearest known word suggested', async () => {
    const cwd = await tempDir();
    const cases: Array<[string[], string]> = [
      [['chek'], 'Unknown command "chek". Did you mean "check"?'],
      [['check', '--dns-servers', '1.1.1.1'], 'Unknown flag --dns-servers. Did you mean --dns-server?'],
      [['check', '--enviroments', 'production'], 'Unknown flag --enviroments. Did you mean --environments?'],
      [['check', '--environments', 'staging'], '--environments has the value "staging", but it must be one of:'],
      [['check', '--dns-server', '8.8.8.8.8'], '--dns-server has the value "8.8.8.8.8", but each DNS server must be'],
      [['update', '--export', 'ngnix: vipps.conf'], '--export has the value "ngnix: vipps.conf", but the format must be one of:'],
      [['check', '--lock-file'], '--lock-file needs a value: --lock-file PATH.'],
      [['check', '--lock-file', 'a.json', '--lock-file', 'b.json'], '--lock-file is given twice'],
      [['check', '--json=yes'], '--json takes no value'],
      [['resolve', '--lock-file', 'ips.lock.json'], '--lock-file is not a flag of resolve'],
      [['check', 'extra'], 'Unexpected argument "extra"'],
      [[], 'No command given'],
    ];
    for (const [args, message] of cases) {
      const result = await run(cwd, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(`error: ${message}`);
      // Never Node's own parseArgs text, never a stack.
      expect(result.stderr).not.toMatch(/ERR_PARSE_ARGS|positional argument|\n\s+at /);
    }
  });

  it('5 when a file cannot be written', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'firewall'), 'a file where a folder should be\n');
    const update = await cli(cwd, 'update', '--environments', 'test', '--export', 'cidr: firewall/vipps.txt');
    expect(update.code).toBe(5);
    expect(update.stderr).toMatch(/^error: .*firewall/m);
    expect(update.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--json: one object on stdout with real booleans and arrays, for every command', () => {
  it('resolve', async () => {
    const cwd = await tempDir();
    await writeFile(path.join(cwd, 'ips.lock.json'), 'not json: resolve reads no lock');
    const { code, body } = await json(cwd, 'resolve', '--environments', 'api-production');
    expect(code).toBe(0);
    expect(Object.keys(body).sort()).toEqual(['addresses', 'command', 'exitCode', 'failure', 'hosts', 'lock', 'status', 'warnings']);
    expect(body).toMatchObject({ command: 'resolve', status: 'resolved', exitCode: 0, addresses: ['20.100.0.15'], warnings: [], failure: null });
    expect(body.lock).toEqual({
      version: 1,
      environments: { 'api-production': { addresses: ['20.100.0.15'], hosts: { 'api.vipps.no': ['20.100.0.15'] } } },
    });
    const hosts = body.hosts as Array<Record<string, unknown>>;
    expect(Object.keys(hosts[0] ?? {}).sort()).toEqual(HOST_KEYS);
    expect(hosts).toEqual([{ host: 'api.vipps.no', groups: ['api-production'], status: 'resolved', addresses: ['20.100.0.15'], failures: [], ignored: [] }]);
  });

  it('resolve with a failed lookup', async () => {
    const result = await runNode(
      DIST_CLI,
      ['resolve', '--json', '--dns-server', failing.server, '--dns-timeout', '200', '--environments', 'disaster-recovery'],
      {
        cwd: await tempDir(),
        env: { PATH: process.env.PATH },
      },
    );
    const body = JSON.parse(result.stdout);
    expect(result.code).toBe(4);
    expect(body).toMatchObject({ status: 'lookup-failed', exitCode: 4, failure: expect.stringContaining('callback-dr-2.vipps.no') });
    expect(body.hosts.find((h: { host: string }) => h.host === 'callback-dr-2.vipps.no')).toMatchObject({
      status: 'failed',
      addresses: [],
      failures: expect.arrayContaining([expect.objectContaining({ type: 'A', server: failing.server })]),
    });
    expect(result.stderr).toContain('callback-dr-2.vipps.no could not be resolved');
  });

  it('check and update', async () => {
    const cwd = await tempDir();
    const stale = await json(cwd, 'check', '--environments', 'production', '--export', 'nginx: vipps.conf');
    expect(stale.code).toBe(1);
    expect(Object.keys(stale.body).sort()).toEqual(COMPARE_KEYS);
    expect(stale.body).toMatchObject({
      command: 'check',
      status: 'stale',
      exitCode: 1,
      lockFile: 'ips.lock.json',
      changed: true,
      added: ['104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f'],
      removed: [],
      staleExports: ['vipps.conf'],
      written: [],
      failure: expect.stringContaining('ips.lock.json does not exist'),
    });
    const written = await json(cwd, 'update', '--environments', 'production', '--export', 'nginx: vipps.conf');
    expect(written.code).toBe(3);
    expect(written.body).toMatchObject({
      command: 'update',
      status: 'written',
      exitCode: 3,
      changed: true,
      written: ['vipps.conf', 'ips.lock.json'],
      failure: null,
    });
    const current = await json(cwd, 'update', '--environments', 'production', '--export', 'nginx: vipps.conf');
    expect(current.body).toMatchObject({ status: 'up-to-date', exitCode: 0, changed: false, added: [], written: [], staleExports: [] });
    const check = await json(cwd, 'check', '--environments', 'production', '--export', 'nginx: vipps.conf');
    expect(check.body).toMatchObject({ command: 'check', status: 'up-to-date', exitCode: 0, changed: false });
    expect(Object.keys(check.body).sort()).toEqual(COMPARE_KEYS);
    expect(typeof check.body.changed).toBe('boolean');
  });

  it('errors: the same object for every bad input, on stdout, with the text on stderr', async () => {
    const cwd = await tempDir();
    const result = await run(cwd, ['check', '--dns-servers', '1.1.1.1', '--json']);
    expect(result.code).toBe(2);
    const body = JSON.parse(result.stdout);
    expect(body).toEqual({
      command: null,
      status: 'bad-input',
      exitCode: 2,
      error: { message: expect.stringContaining('Unknown flag --dns-servers'), flag: '--dns-servers', value: null, suggestion: '--dns-server' },
    });
    expect(result.stderr).toContain('error: Unknown flag --dns-servers');
    const value = JSON.parse((await run(cwd, ['check', '--json', '--removal-grace', 'soon'])).stdout);
    expect(value).toMatchObject({ command: 'check', status: 'bad-input', error: { flag: '--removal-grace', value: 'soon', suggestion: null } });
    await mkdir(path.join(cwd, 'locked'));
    await writeFile(path.join(cwd, 'locked/ips.lock.json'), '[]');
    const lock = await run(cwd, ['check', '--json', '--lock-file', 'locked/ips.lock.json', '--dns-server', dns.server]);
    expect(JSON.parse(lock.stdout)).toMatchObject({
      command: 'check',
      status: 'bad-input',
      exitCode: 2,
      error: { message: expect.stringContaining('not a valid lock') },
    });
  });

  it('--version, help and help COMMAND', async () => {
    const cwd = await tempDir();
    const { version } = JSON.parse(await readFile('package.json', 'utf8'));
    expect(await run(cwd, ['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(JSON.parse((await run(cwd, ['--version', '--json'])).stdout)).toEqual({ version });
    const help = await run(cwd, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Environments (default: production, disaster-recovery, test):');
    expect(help.stdout).toContain('callback-dr-1.vipps.no');
    expect(help.stdout).toMatch(/Exit status:\n {2}0 {2}up to date/);
    expect((await run(cwd, ['help'])).stdout).toBe(help.stdout);
    const update = await run(cwd, ['help', 'update']);
    expect(update.stdout).toMatch(/^Usage: vipps-ip-lock update \[flags\]/);
    expect(update.stdout).toContain('--export "FORMAT: PATH"');
    expect((await run(cwd, ['update', '--help'])).stdout).toBe(update.stdout);
    const resolve = await run(cwd, ['help', 'resolve']);
    expect(resolve.stdout).not.toContain('--lock-file');
    expect(await run(cwd, ['help', 'updat'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Did you mean "update"?') });
    // --json holds on help paths too: the same text, inside one object.
    for (const [args, topic, text] of [
      [['help', '--json'], null, help.stdout],
      [['--json', '--help'], null, help.stdout],
      [['check', '--help', '--json'], 'check', (await run(cwd, ['help', 'check'])).stdout],
      [['help', 'update', '--json'], 'update', update.stdout],
    ] as const) {
      const result = await run(cwd, [...args]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ command: 'help', topic, exitCode: 0, text });
    }
    const typo = await run(cwd, ['help', 'updat', '--json']);
    expect(typo.code).toBe(2);
    expect(JSON.parse(typo.stdout)).toMatchObject({ status: 'bad-input', exitCode: 2, error: { suggestion: 'update' } });
  });
});

describe('on a Node 22 release before 22.3, which has no process.getBuiltinModule', () => {
  it('loads what only some runs need on demand all the same: TCP after a truncated answer, an address in a DNS-over-HTTPS URL', async () => {
    const folder = await tempDir();
    const preload = path.join(folder, 'without-get-builtin.cjs');
    await writeFile(preload, 'delete process.getBuiltinModule;\n');
    const env = { PATH: process.env.PATH, NODE_OPTIONS: `--require ${preload}` };
    const truncating = await startDnsServer({ zone: { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.230'], fault: 'truncate' } } });
    try {
      const viaTcp = await runNode(DIST_CLI, ['resolve', '--environments', 'production', '--dns-server', truncating.server, '--dns-timeout', '500'], {
        cwd: folder,
        env,
      });
      expect(viaTcp.stderr).toBe('');
      expect(viaTcp.code).toBe(0);
      expect(viaTcp.stdout).toContain('104.45.28.230');
      expect(truncating.queries.filter((q) => q.name === 'callback-2.vipps.no' && q.type === 'A').map((q) => q.transport)).toEqual(['udp', 'tcp']);
      // Nothing listens on port 1: every lookup fails (exit 4), and nothing is missing.
      const https = await runNode(
        DIST_CLI,
        ['resolve', '--environments', 'production', '--dns-server', 'https://127.0.0.1:1/dns-query', '--dns-timeout', '500'],
        {
          cwd: folder,
          env,
        },
      );
      expect(https.code).toBe(4);
      expect(`${https.stdout}${https.stderr}`).not.toMatch(/getBuiltinModule|Cannot find module/);
    } finally {
      await truncating.close();
    }
  });
});
