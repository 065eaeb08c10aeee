import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { DIST_CLI, runAction, runNode, tempDir } from './support/action.js';
import { DNSDIST_TOOLS, type Dnsdist, startDnsdist } from './support/dnsdist.js';
import { type EncryptedServer, startDohServer, startDotServer } from './support/encrypted-dns-servers.js';
import { KNOT_TOOLS, type KnotServer, startKnot } from './support/knot.js';
import { makeTestCertificates, type TestCertificates } from './support/test-ca.js';
import { describeWith } from './support/tools.js';

// The built dist/ run as the runner runs it, with DNS over HTTPS and over TLS: a real server from
// Debian (dnsdist in front of Knot) for the protocol, and in-process ones that disagree with a
// plain server for add-when. The test CA reaches Node the only way a run can give it one:
// NODE_EXTRA_CA_CERTS, read when the process starts.

const ZONE = `
callback-1     60 IN A     104.45.17.199
callback-1        IN AAAA  2603:1020:201:10::10f
callback-2        IN CNAME prod-west.callback
prod-west.callback 30 IN A 104.45.28.230
callback-3        IN CNAME callback-1
callback-4        IN A     104.45.28.230
`;
const PRODUCTION = ['104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f'];

let certificates: TestCertificates;
beforeAll(async () => {
  certificates = await makeTestCertificates();
});

const trusted = () => ({ NODE_EXTRA_CA_CERTS: certificates.caFile });
const inputs = (servers: string[], extra: Record<string, string> = {}) => ({
  mode: 'report',
  environments: 'production',
  'dns-servers': servers.join(', '),
  'dns-timeout': '1000',
  ...extra,
});

// Without knot, dnsdist or openssl the suite says what to install, and fails in CI (.ci/run installs them).
const real = describeWith([...KNOT_TOOLS, ...DNSDIST_TOOLS]);

real('dnsdist from Debian serving DNS over HTTPS and over TLS in front of Knot', () => {
  let knot: KnotServer;
  let dnsdist: Dnsdist;
  beforeAll(async () => {
    knot = await startKnot('vipps.no', ZONE);
    dnsdist = await startDnsdist(knot.server, certificates.server);
  });
  afterAll(async () => {
    await dnsdist?.stop();
    await knot?.stop();
  });

  it('locks over each channel exactly what Knot serves over plain DNS, CNAME chains followed', async () => {
    const servers = [knot.server, dnsdist.dohUrl, `tls://127.0.0.1:${dnsdist.dotPort}#dns.test`];
    const locks = [];
    for (const server of servers) {
      // One attempt: every query pipelined on the one connection must be answered the first time.
      const run = await runAction(inputs([server], { 'dns-attempts': '1' }), { workspace: await tempDir(), env: trusted() });
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).not.toContain('::warning::');
      locks.push(run.outputs.addresses);
    }
    expect(locks).toEqual(servers.map(() => JSON.stringify(PRODUCTION)));
  });

  it('with add-when all over the three, agrees and locks the same', async () => {
    const servers = [knot.server, dnsdist.dohUrl, `tls://127.0.0.1:${dnsdist.dotPort}#dns.test`];
    const run = await runAction(inputs(servers, { 'add-when': 'all' }), { workspace: await tempDir(), env: trusted() });
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.addresses ?? '[]')).toEqual(PRODUCTION);
    expect(run.summary).not.toContain('not added');
  });

  it('without the CA, refuses the certificate, names why, and changes nothing, whatever NODE_TLS_REJECT_UNAUTHORIZED says', async () => {
    const run = await runAction(inputs([dnsdist.dohUrl, `tls://127.0.0.1:${dnsdist.dotPort}#dns.test`], { mode: 'check' }), {
      workspace: await tempDir(),
      env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`A via ${dnsdist.dohUrl}: TLS certificate not trusted`);
    expect(run.stdout).toContain(`A via tls://127.0.0.1:${dnsdist.dotPort}#dns.test: TLS certificate not trusted`);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('a plain, a DNS-over-HTTPS and a DNS-over-TLS server that disagree', () => {
  type DnsServer = Awaited<ReturnType<typeof startDnsServer>>;
  let honest: DnsServer;
  let poisoned: DnsServer;
  let doh: EncryptedServer;
  let dot: EncryptedServer;
  let servers: string[];
  beforeAll(async () => {
    honest = await startDnsServer({ zone: SAMPLE_ZONE });
    poisoned = await startDnsServer({ zone: { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.230', '6.6.6.6'] } } });
    doh = await startDohServer({ tls: certificates.server, upstream: honest.server });
    dot = await startDotServer({ tls: certificates.server, upstream: honest.server });
    servers = [poisoned.server, `https://127.0.0.1:${doh.port}/dns-query`, `tls://127.0.0.1:${dot.port}#dns.test`];
  });
  afterAll(async () => {
    await Promise.all([doh, dot, honest, poisoned].map((s) => s?.close()));
  });

  it('add-when any adds what one of them returns', async () => {
    const run = await runAction(inputs(servers), { workspace: await tempDir(), env: trusted() });
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.addresses ?? '[]')).toContain('6.6.6.6');
  });

  it('add-when all leaves it out and names it, with the server that gave it, in the log and the summary', async () => {
    const connections = [doh.connections, dot.connections];
    const run = await runAction(inputs(servers, { 'add-when': 'all' }), { workspace: await tempDir(), env: trusted() });
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.addresses ?? '[]')).toEqual(PRODUCTION);
    expect(run.stdout).toContain(`::warning::callback-2.vipps.no: 6.6.6.6 (A) was returned by ${poisoned.server} but not by ${servers[1]}, ${servers[2]}`);
    expect(run.summary).toContain('not added');
    expect(run.summary).toContain('6.6.6.6');
    // One connection per encrypted server carried every query of the run.
    expect([doh.connections - (connections[0] ?? 0), dot.connections - (connections[1] ?? 0)]).toEqual([1, 1]);
  });

  it('the command line does the same with --dns-server and --add-when', async () => {
    const cwd = await tempDir();
    const args = ['update', '--environments', 'production', '--add-when', 'all', ...servers.flatMap((s) => ['--dns-server', s])];
    const run = await runNode(DIST_CLI, args, { cwd, env: { PATH: process.env.PATH, ...trusted() } });
    expect(run.stderr).toContain('6.6.6.6 (A) was returned by');
    expect(run.stderr).toContain('with --add-when all it is not added');
    const lock = JSON.parse(await readFile(path.join(cwd, 'ips.lock.json'), 'utf8'));
    expect(lock.environments.production.addresses).toEqual(PRODUCTION);
  });

  it("a run over plain DNS does not load Node's TLS or HTTP/2 code; one over DNS over HTTPS does", async () => {
    const files = await tempDir();
    const preload = path.join(files, 'list-builtins.cjs');
    const list = path.join(files, 'builtins.json');
    await writeFile(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`);
    const loaded = async (server: string) => {
      await runAction(inputs([server]), { workspace: await tempDir(), env: { ...trusted(), NODE_OPTIONS: `--require ${preload}` } });
      return (JSON.parse(await readFile(list, 'utf8')) as string[]).filter((m) => /^NativeModule (tls|http2)$/.test(m));
    };
    expect(await loaded(honest.server)).toEqual([]);
    expect((await loaded(servers[1] as string)).sort()).toEqual(['NativeModule http2', 'NativeModule tls']);
  });

  it('the command line names a bad server form as typed', async () => {
    const run = await runNode(DIST_CLI, ['resolve', '--dns-server', 'https://dns.google'], { cwd: await tempDir(), env: { PATH: process.env.PATH } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--dns-server has the value "https://dns.google", but a DNS-over-HTTPS server must be https://host[:port]/path');
  });
});
