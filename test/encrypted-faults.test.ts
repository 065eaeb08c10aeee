import { readFile, writeFile } from 'node:fs/promises';
import dnsPacket from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { createResolvers } from '../src/dns/resolve-hosts.js';
import { parseLock } from '../src/lock/parse.js';
import { readSettings } from '../src/settings.js';
import { type ChannelFault, type EncryptedServer, startDohServer, startDotServer } from './support/encrypted-dns-servers.js';
import { lockFromDns } from './support/lock-from-dns.js';
import { makeTestCertificates, type TestCertificates } from './support/test-ca.js';

// Fault injection on the encrypted channels: each case breaks DNS over HTTPS or over TLS in one
// way, on servers on 127.0.0.1 with a CA made for this run, and checks that nothing was lost, with
// removal-grace 0 so that a wrong removal would show at once. The totals are written into
// README.md between the encrypted-faults markers (npm run faults:table); this suite fails when
// README disagrees.

interface Tally {
  fault: string;
  wronglyRemoved: number;
  wronglyAdded: number;
}
const tallies: Tally[] = [];
const HOST = 'callback-2.vipps.no';
const TRUTH = ['104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f'];

type DnsServer = Awaited<ReturnType<typeof startDnsServer>>;
let certificates: TestCertificates;
let upstream: DnsServer;
let baseline: string;
const started: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  certificates = await makeTestCertificates();
  upstream = await startDnsServer({ zone: SAMPLE_ZONE });
  baseline = (await lockWith([upstream.server])).nextText;
});
afterAll(async () => {
  await Promise.all(started.map((s) => s.close()));
  await upstream?.close();
});

async function lockWith(servers: string[], options: { previousText?: string; addWhen?: 'any' | 'all' } = {}) {
  const settings = readSettings(
    (name) =>
      ({
        environments: 'production',
        'dns-servers': servers.join(','),
        'dns-timeout': '200',
        'dns-attempts': '1',
        'removal-grace': '0',
        'add-when': options.addWhen ?? 'any',
      })[name] ?? '',
  );
  // The test CA is passed in: NODE_EXTRA_CA_CERTS is read only when Node starts (the e2e tests use it).
  const resolvers = createResolvers(settings, { trust: { ca: certificates.ca } });
  return lockFromDns(settings, { previousText: options.previousText, resolvers, now: new Date('2026-11-24T12:00:00Z') });
}

/** An answer to the question with its owner changed to another name: records that are not the host's. */
function forgeOwner(answer: Buffer): Buffer {
  const packet = dnsPacket.decode(answer);
  return dnsPacket.encode({
    ...packet,
    answers: (packet.answers ?? []).map((record) => (record.type === 'A' ? { ...record, name: 'evil.example', data: '6.6.6.6' } : record)),
  });
}

type Channel = 'https' | 'tls';
interface Case {
  channel: Channel;
  faults?: Record<string, ChannelFault>;
  pair?: 'server' | 'otherName' | 'untrusted';
  /** The name after # for DNS over TLS. */
  name?: string;
  rewrite?: (answer: Buffer) => Buffer;
}

async function serve(how: Case): Promise<string> {
  const options = {
    tls: certificates[how.pair ?? 'server'],
    upstream: upstream.server,
    ...(how.faults ? { faults: how.faults } : {}),
    ...(how.rewrite ? { rewrite: how.rewrite } : {}),
  };
  const server: EncryptedServer = how.channel === 'https' ? await startDohServer(options) : await startDotServer(options);
  started.push(server);
  return how.channel === 'https' ? `https://127.0.0.1:${server.port}/dns-query` : `tls://127.0.0.1:${server.port}${how.name ? `#${how.name}` : ''}`;
}

function score(fault: string, before: string[], after: string[]): Tally {
  const tally = { fault, wronglyRemoved: before.filter((a) => !after.includes(a)).length, wronglyAdded: after.filter((a) => !TRUTH.includes(a)).length };
  tallies.push(tally);
  return tally;
}

const CASES: Array<[string, Case]> = [
  ['DNS over HTTPS: certificate from an untrusted authority', { channel: 'https', pair: 'untrusted' }],
  ['DNS over TLS: certificate from an untrusted authority', { channel: 'tls', pair: 'untrusted' }],
  ['DNS over HTTPS: trusted certificate for another name', { channel: 'https', pair: 'otherName' }],
  ['DNS over TLS: certificate checked against the wrong #name', { channel: 'tls', name: 'wrong.test' }],
  ['DNS over HTTPS: HTTP 404', { channel: 'https', faults: { [HOST]: 'status-404' } }],
  ['DNS over HTTPS: HTTP 503', { channel: 'https', faults: { [HOST]: 'status-503' } }],
  ['DNS over HTTPS: wrong content type', { channel: 'https', faults: { [HOST]: 'content-type' } }],
  ['DNS over HTTPS: no answer (timeout)', { channel: 'https', faults: { [HOST]: 'silent' } }],
  ['DNS over TLS: no answer (timeout)', { channel: 'tls', faults: { [HOST]: 'silent' } }],
  ['DNS over HTTPS: stream reset', { channel: 'https', faults: { [HOST]: 'reset-stream' } }],
  ['DNS over HTTPS: GOAWAY', { channel: 'https', faults: { [HOST]: 'goaway' } }],
  ['DNS over HTTPS: connection closed in the middle of an answer', { channel: 'https', faults: { [HOST]: 'close-mid-answer' } }],
  ['DNS over TLS: connection closed in the middle of an answer', { channel: 'tls', faults: { [HOST]: 'close-mid-answer' } }],
  ['DNS over TLS: connection closed on a query', { channel: 'tls', faults: { [HOST]: 'close-connection' } }],
  ['DNS over HTTPS: forged answer owned by another name', { channel: 'https', rewrite: forgeOwner }],
  ['DNS over TLS: forged answer owned by another name', { channel: 'tls', rewrite: forgeOwner }],
];
/** Cases in this file; the README table is compared only after a run of all of them. */
const TOTAL = CASES.length + 4;

describe('encrypted channels: a failed or forged lookup never removes or adds an address', () => {
  it.each(CASES)('%s', async (fault, how) => {
    const locked = parseLock(baseline, 'ips.lock.json').environments.production?.addresses ?? [];
    const result = await lockWith([await serve(how)], { previousText: baseline });
    expect(score(fault, locked, result.next.environments.production?.addresses ?? [])).toMatchObject({ wronglyRemoved: 0, wronglyAdded: 0 });
    // Each fault is a named failed lookup, not a silent change; a forged answer is refused by the
    // same strict reading as over UDP.
    const reasons = result.hosts.flatMap((h) => h.observation.failures.map((f) => f.reason));
    expect(reasons.length).toBeGreaterThan(0);
    if (how.rewrite)
      expect(reasons, JSON.stringify(reasons)).toContain(
        'answer refused as broken or forged: A record owned by evil.example, which is not on the chain from callback-1.vipps.no',
      );
    expect(result.lockChanged).toBe(false);
  });
});

describe('agreement across a plain, a DNS-over-HTTPS and a DNS-over-TLS server', () => {
  it('add-when all: an address only one server returns is not added', async () => {
    const poisoned = await startDnsServer({ zone: { ...SAMPLE_ZONE, [HOST]: { A: ['104.45.28.230', '6.6.6.6'] } } });
    started.push(poisoned);
    const servers = [poisoned.server, await serve({ channel: 'https' }), await serve({ channel: 'tls' })];
    const locked = parseLock(baseline, 'ips.lock.json').environments.production?.addresses ?? [];
    const all = await lockWith(servers, { previousText: baseline, addWhen: 'all' });
    expect(score('one of three servers adds an address (add-when all)', locked, all.next.environments.production?.addresses ?? [])).toMatchObject({
      wronglyRemoved: 0,
      wronglyAdded: 0,
    });
    expect(all.withheld).toEqual([{ host: HOST, type: 'A', address: '6.6.6.6', from: [poisoned.server], notFrom: servers.slice(1) }]);
    // The same servers under add-when any: the address goes in, as documented.
    const any = await lockWith(servers, { previousText: baseline, addWhen: 'any' });
    expect(any.diff.added).toEqual(['6.6.6.6']);
  });

  it('add-when all: an address one server lacks is neither removed nor reported as withheld', async () => {
    const stale = await startDnsServer({ zone: { ...SAMPLE_ZONE, [HOST]: { A: [] } } });
    started.push(stale);
    const servers = [stale.server, await serve({ channel: 'https' }), await serve({ channel: 'tls' })];
    const locked = parseLock(baseline, 'ips.lock.json').environments.production?.addresses ?? [];
    const result = await lockWith(servers, { previousText: baseline, addWhen: 'all' });
    expect(score('one of three servers lacks an address (add-when all)', locked, result.next.environments.production?.addresses ?? [])).toMatchObject({
      wronglyRemoved: 0,
      wronglyAdded: 0,
    });
    expect(result.lockChanged).toBe(false);
  });

  it('add-when all: a forged plain path adds an address while the DNS-over-HTTPS path fails: not added', async () => {
    const forged = await startDnsServer({ zone: { ...SAMPLE_ZONE, [HOST]: { A: ['104.45.28.230', '6.6.6.6'] } } });
    started.push(forged);
    const servers = [forged.server, await serve({ channel: 'https', faults: { [HOST]: 'status-503' } })];
    const locked = parseLock(baseline, 'ips.lock.json').environments.production?.addresses ?? [];
    const result = await lockWith(servers, { previousText: baseline, addWhen: 'all' });
    const fault = 'a forged plain path adds an address, the DNS-over-HTTPS path fails (add-when all)';
    expect(score(fault, locked, result.next.environments.production?.addresses ?? [])).toMatchObject({ wronglyRemoved: 0, wronglyAdded: 0 });
    expect(result.blockedHosts).toEqual([HOST]);
  });

  it('a forged plain path says the host does not exist while the DNS-over-TLS path fails: nothing removed', async () => {
    const forged = await startDnsServer({ zone: { ...SAMPLE_ZONE, [HOST]: { fault: 'nxdomain' } } });
    started.push(forged);
    const servers = [forged.server, await serve({ channel: 'tls', faults: { [HOST]: 'silent' } })];
    const locked = parseLock(baseline, 'ips.lock.json').environments.production?.addresses ?? [];
    const result = await lockWith(servers, { previousText: baseline });
    const fault = 'a forged plain path says the host does not exist, the DNS-over-TLS path fails';
    expect(score(fault, locked, result.next.environments.production?.addresses ?? [])).toMatchObject({ wronglyRemoved: 0, wronglyAdded: 0 });
    expect(result.lockChanged).toBe(false);
    expect(result.blockedHosts).toEqual([HOST]);
  });
});

afterAll(async () => {
  const removed = tallies.reduce((sum, t) => sum + t.wronglyRemoved, 0);
  const added = tallies.reduce((sum, t) => sum + t.wronglyAdded, 0);
  const table = [
    `${tallies.length} faults injected, ${removed} addresses wrongly removed, ${added} wrongly added.`,
    '',
    '| fault | wrongly removed | wrongly added |',
    '|---|---|---|',
    ...tallies.map((t) => `| ${t.fault} | ${t.wronglyRemoved} | ${t.wronglyAdded} |`),
  ].join('\n');
  const readme = await readFile('README.md', 'utf8');
  const block = /<!-- encrypted-faults:start -->[\s\S]*?<!-- encrypted-faults:end -->/;
  expect(readme, 'README.md needs the <!-- encrypted-faults:start --> and <!-- encrypted-faults:end --> markers').toMatch(block);
  const updated = readme.replace(block, `<!-- encrypted-faults:start -->\n${table}\n<!-- encrypted-faults:end -->`);
  if (process.env.UPDATE_FAULT_TABLE) await writeFile('README.md', updated);
  else if (tallies.length === TOTAL) expect(readme, 'README.md encrypted fault table is not what this suite measured: run npm run faults:table').toBe(updated);
});
