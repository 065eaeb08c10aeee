import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { DIST_CLI, runAction, runNode, tempDir } from './support/action.js';
import { type EncryptedServer, startDohServer } from './support/encrypted-dns-servers.js';
import { GitHubFake } from './support/github-fake.js';
import { EXPORT, editLock, honestFiles, runOnPullRequest } from './support/pull-request-run.js';
import { makeTestCertificates, type TestCertificates } from './support/test-ca.js';

// Two paths to DNS, one forged and the other failing (silent, an HTTP error, or blocked outright):
// the built dist/ must treat the failing one as disagreeing, never as agreeing. An attacker who can
// forge one path and block the other must neither add an address (add-when all) nor remove one.

type DnsServer = Awaited<ReturnType<typeof startDnsServer>>;
const REAL: Record<string, string> = {
  'callback-1.vipps.no': '104.45.17.199',
  'callback-2.vipps.no': '104.45.28.230',
  'callback-3.vipps.no': '51.105.193.243',
  'callback-4.vipps.no': '51.105.122.56',
};
type Zone = NonNullable<NonNullable<Parameters<typeof startDnsServer>[0]>['zone']>;
const zone = (over: Zone = {}): Zone => ({ ...Object.fromEntries(Object.entries(REAL).map(([h, a]) => [h, { A: [a] }])), ...over });
const LOCK = `${JSON.stringify(
  {
    version: 1,
    environments: {
      production: {
        addresses: ['51.105.122.56', '51.105.193.243', '104.45.17.199', '104.45.28.230'],
        hosts: Object.fromEntries(Object.entries(REAL).map(([h, a]) => [h, [a]])),
      },
    },
  },
  null,
  2,
)}\n`;
// Nothing listens here: a path an attacker blocks (connection refused).
const BLOCKED_DOH = 'https://127.0.0.1:9/dns-query';

async function workspace(files: Record<string, string> = { 'ips.lock.json': LOCK }): Promise<string> {
  const dir = await tempDir();
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const inputs = (servers: string[], extra: Record<string, string> = {}) => ({
  mode: 'report',
  environments: 'production',
  'dns-servers': servers.join(', '),
  'dns-timeout': '300',
  'dns-attempts': '1',
  ...extra,
});
const annotations = (stdout: string) => stdout.split('\n').filter((line) => /^::(warning|error)::/.test(line));

let certificates: TestCertificates;
let honest: DnsServer;
let forging: DnsServer;
let removing: DnsServer;
let silent: DnsServer;
let doh: EncryptedServer;
let dohUrl: string;
beforeAll(async () => {
  certificates = await makeTestCertificates();
  honest = await startDnsServer({ zone: zone() });
  forging = await startDnsServer({ zone: zone({ 'callback-2.vipps.no': { A: ['6.6.6.6', '104.45.28.230'] } }) });
  removing = await startDnsServer({ zone: zone({ 'callback-2.vipps.no': { fault: 'nxdomain' } }) });
  silent = await startDnsServer({ zone: zone({ 'callback-2.vipps.no': { fault: 'silent' } }) });
  // An honest DNS-over-HTTPS path that fails for callback-2 only.
  doh = await startDohServer({ tls: certificates.server, upstream: honest.server, faults: { 'callback-2.vipps.no': 'status-503' } });
  dohUrl = `https://127.0.0.1:${doh.port}/dns-query`;
});
afterAll(async () => {
  await Promise.all([honest, forging, removing, silent, doh].map((s) => s?.close()));
});
const trusted = () => ({ NODE_EXTRA_CA_CERTS: certificates.caFile });

describe('add-when all, one path forging an address and the other failing', () => {
  it('holds the address back, names the silent server and fails the run by default', async () => {
    const run = await runAction(inputs([forging.server, silent.server], { 'add-when': 'all', 'record-types': 'A' }), { workspace: await workspace() });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.added).toBe('[]');
    expect(run.outputs.addresses).not.toContain('6.6.6.6');
    expect(annotations(run.stdout)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::warning::callback-2\\.vipps\\.no: A via ${silent.server} \\(no answer.*\\) gave no usable answer while ${forging.server} answered; A 6\\.6\\.6\\.6 not added`,
        ),
      ),
    );
    expect(annotations(run.stdout)).toContainEqual(
      expect.stringContaining('::error::1 host had a DNS server fail while others answered, which held back a change: callback-2.vipps.no'),
    );
    expect(run.summary).toContain('6.6.6.6 not added (add-when all: not every server answered)');
  });

  it('with on-lookup-failure warn, still holds the address back and warns', async () => {
    const run = await runAction(inputs([forging.server, silent.server], { 'add-when': 'all', 'record-types': 'A', 'on-lookup-failure': 'warn' }), {
      workspace: await workspace(),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.added).toBe('[]');
    expect(run.stdout).toContain('A 6.6.6.6 not added');
  });

  for (const [what, server] of [
    ['a DNS-over-HTTPS path answering HTTP 503', () => dohUrl],
    ['a DNS-over-HTTPS path that is blocked', () => BLOCKED_DOH],
  ] as const) {
    it(`does the same in check mode with ${what}`, async () => {
      const run = await runAction(inputs([forging.server, server()], { mode: 'check', 'add-when': 'all', 'record-types': 'A' }), {
        workspace: await workspace(),
        env: trusted(),
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs.added).toBe('[]');
      expect(run.outputs.addresses).not.toContain('6.6.6.6');
      expect(run.stdout).toContain(`A via ${server()}`);
      expect(run.stdout).toContain('A 6.6.6.6 not added');
    });
  }

  it('opens no pull request proposing the address', async () => {
    const github = await new GitHubFake().start();
    try {
      github.push('main', { 'README.md': 'x\n' });
      const run = await runAction(
        inputs([forging.server, silent.server], { mode: 'pull-request', 'add-when': 'all', 'record-types': 'A', 'github-token': 'ghs_x' }),
        {
          workspace: await workspace({}),
          env: { GITHUB_REPOSITORY: `${github.owner}/${github.repo}`, GITHUB_API_URL: github.url },
        },
      );
      expect(run.outputs.added ?? '[]').not.toContain('6.6.6.6');
      const head = github.refs.get('heads/vipps-ip-lock/update');
      const commit = head === undefined ? undefined : github.commits.get(head);
      const tree = commit === undefined ? undefined : github.trees.get(commit.tree);
      const blob = tree?.get('ips.lock.json');
      const proposed = blob === undefined ? '' : (github.blobs.get(blob) ?? '');
      expect(proposed).not.toContain('6.6.6.6');
      expect(run.stdout).toContain(`A via ${silent.server}`);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

describe('the check gate on a pull request under add-when all, one path forging and the other silent', () => {
  it('refuses a pull request adding the forged address to the lock and the export', async () => {
    const github = await new GitHubFake().start();
    try {
      const base = await honestFiles(honest.server);
      github.push('main', base);
      const head = {
        'ips.lock.json': editLock(base['ips.lock.json'] as string, (p) => {
          p.hosts['callback-2.vipps.no'] = ['6.6.6.6', '104.45.28.230'];
          p.addresses = ['6.6.6.6', ...p.addresses];
        }),
        [EXPORT]: (base[EXPORT] as string).replace('allow 104.45.17.199/32;', 'allow 6.6.6.6/32;\nallow 104.45.17.199/32;'),
      };
      const run = await runOnPullRequest(github, `${forging.server}, ${silent.server}`, {
        head,
        inputs: { mode: 'check', 'add-when': 'all', 'dns-timeout': '300', 'dns-attempts': '1' },
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs.addresses).not.toContain('6.6.6.6');
      expect(run.stdout).toContain(
        'ips.lock.json adds 6.6.6.6 to callback-2.vipps.no (production), which not every DNS server returns for it now (add-when: all; a server that failed agrees to nothing)',
      );
      expect(run.stdout).toContain(`${EXPORT} adds the line "allow 6.6.6.6/32;"`);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

describe('one path saying an address is gone and the other failing, under every add-when', () => {
  for (const addWhen of ['any', 'all']) {
    for (const grace of ['7d', '0']) {
      it(`keeps the address, marks nothing departing and fails the run (add-when ${addWhen}, removal-grace ${grace})`, async () => {
        const run = await runAction(inputs([removing.server, BLOCKED_DOH], { 'add-when': addWhen, 'removal-grace': grace, 'record-types': 'A' }), {
          workspace: await workspace(),
        });
        expect(run.code, run.stdout).toBe(1);
        expect(run.outputs).toMatchObject({ removed: '[]', departing: '[]' });
        expect(run.outputs.addresses).toContain('104.45.28.230');
        expect(run.stdout).toContain(`callback-2.vipps.no: A via ${BLOCKED_DOH}`);
        expect(run.stdout).toContain(`A 104.45.28.230 kept in the lock though ${removing.server} left it out`);
      });
    }
  }

  it('over a DNS-over-HTTPS path answering HTTP 503, with on-lookup-failure warn: kept, and warned', async () => {
    const run = await runAction(inputs([removing.server, dohUrl], { 'removal-grace': '0', 'on-lookup-failure': 'warn' }), {
      workspace: await workspace(),
      env: trusted(),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ removed: '[]', departing: '[]' });
    expect(run.stdout).toContain('A 104.45.28.230 kept in the lock');
  });

  it('removes it once every path answers without it', async () => {
    const second = await startDnsServer({ zone: zone({ 'callback-2.vipps.no': { fault: 'nxdomain' } }) });
    try {
      const run = await runAction(inputs([removing.server, second.server], { 'removal-grace': '0', 'record-types': 'A' }), { workspace: await workspace() });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs.removed).toBe('["104.45.28.230"]');
    } finally {
      await second.close();
    }
  });
});

describe('an IPv6 address with a zone ID', () => {
  const zoned = LOCK.replace('"104.45.17.199"]', '"2a01:111:f100::1%eth0"]').replace('"addresses": [', '"addresses": [\n        "2a01:111:f100::1%eth0",');

  it('is refused in the committed lock, by the action and the command line, and reaches no export', async () => {
    const dir = await workspace({ 'ips.lock.json': zoned });
    const run = await runAction(inputs([honest.server], { exports: 'nginx: fw/nginx.conf' }), { workspace: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"2a01:111:f100::1%25eth0": not a valid IPv4 or IPv6 address (a zone ID after %25 names a local interface');
    const cli = await runNode(DIST_CLI, ['update', '--environments', 'production', '--dns-server', honest.server, '--export', 'nginx: fw/nginx.conf'], {
      cwd: dir,
      env: { PATH: process.env.PATH },
    });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('"2a01:111:f100::1%eth0": not a valid IPv4 or IPv6 address');
    await expect(readFile(path.join(dir, 'fw/nginx.conf'), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(await readFile(path.join(dir, 'ips.lock.json'), 'utf8')).toBe(zoned);
  });
});
