import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { buildQuery } from '../src/dns/message.js';
import { createPacketResolver, type ExchangeRecord, type ResolverTiming } from '../src/dns/packet-resolver.js';
import { createPlainTransport } from '../src/dns/plain-transport.js';
import { randomId } from '../src/dns/random-id.js';
import { resolveAll } from '../src/dns/resolve-all.js';
import { parseServerAddress } from '../src/dns/server-address.js';
import { observeHosts } from '../src/observation.js';

type DnsServer = Awaited<ReturnType<typeof startDnsServer>>;
const FAST: ResolverTiming = { timeoutMs: 150, attempts: 1 };
const resolverFor = (server: string, timing: ResolverTiming = FAST, onExchange?: (r: ExchangeRecord) => void) =>
  createPacketResolver(createPlainTransport(server), { ...timing, ...(onExchange ? { onExchange } : {}) });

let server: DnsServer;
let rotation = 0;
beforeAll(async () => {
  server = await startDnsServer({
    zone: {
      'callback-1.vipps.no': { A: ['104.45.17.199'], AAAA: ['2603:1020:201:10::10f'] },
      'callback-2.vipps.no': { CNAME: 'cb2.trafficmanager.net' },
      'cb2.trafficmanager.net': { CNAME: 'cb2-west.cloudapp.net' },
      'cb2-west.cloudapp.net': { A: ['104.45.28.230'] },
      'dangling.vipps.no': { CNAME: 'gone.vipps.no' },
      'servfail.vipps.no': { fault: 'servfail' },
      'refused.vipps.no': { fault: 'refused' },
      'silent.vipps.no': { fault: 'silent' },
      'truncated.vipps.no': { fault: 'truncate', A: ['13.79.231.118'] },
      'garbage.vipps.no': { fault: 'garbage' },
      'ipv4-only.vipps.no': { A: ['13.79.229.87'] },
      'rotating.vipps.no': () => ({
        A:
          [
            ['13.79.229.87', '13.79.231.118'],
            ['13.79.231.118', '13.79.229.87'],
          ][rotation++ % 2] ?? [],
      }),
    },
  });
});
afterAll(() => server.close());

describe('one DNS server on loopback, spoken to in packets', () => {
  const lookup = (host: string, type: 'A' | 'AAAA' = 'A') => resolverFor(server.server).lookup(host, type);

  it('returns A and AAAA addresses', async () => {
    expect(await lookup('callback-1.vipps.no')).toEqual({ kind: 'addresses', addresses: ['104.45.17.199'] });
    expect(await lookup('callback-1.vipps.no', 'AAAA')).toEqual({ kind: 'addresses', addresses: ['2603:1020:201:10::10f'] });
  });

  it('follows a CNAME chain to the final addresses', async () => {
    expect(await lookup('callback-2.vipps.no')).toEqual({ kind: 'addresses', addresses: ['104.45.28.230'] });
  });

  it('tells no such host, no records of the type, and failures apart', async () => {
    expect(await lookup('callback-9.vipps.no')).toEqual({ kind: 'no-such-host' });
    expect(await lookup('dangling.vipps.no')).toEqual({ kind: 'no-such-host' });
    expect(await lookup('ipv4-only.vipps.no', 'AAAA')).toEqual({ kind: 'no-records' });
    expect(await lookup('servfail.vipps.no')).toEqual({ kind: 'failed', code: 'ESERVFAIL', reason: 'server failure (SERVFAIL)' });
    expect(await lookup('refused.vipps.no')).toEqual({ kind: 'failed', code: 'EREFUSED', reason: 'query refused (REFUSED)' });
    expect(await lookup('garbage.vipps.no')).toMatchObject({ kind: 'failed', code: 'EBADRESP' });
  });

  it('gives up on a silent server after its attempts, each waiting twice as long as the one before', async () => {
    const started = Date.now();
    const before = server.queries.length;
    expect(await resolverFor(server.server, { timeoutMs: 100, attempts: 3 }).lookup('silent.vipps.no', 'A')).toEqual({
      kind: 'failed',
      code: 'ETIMEOUT',
      reason: 'no answer (timed out, 3 attempts)',
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(700);
    expect(elapsed).toBeLessThan(1_500);
    expect(server.queries.length - before).toBe(3);
  });

  it('asks a truncated answer again over TCP, and reads the TCP answer', async () => {
    const before = server.queries.length;
    expect(await lookup('truncated.vipps.no')).toEqual({ kind: 'addresses', addresses: ['13.79.231.118'] });
    expect(server.queries.slice(before).map((q) => q.transport)).toEqual(['udp', 'tcp']);
  });

  it('fails a truncated answer when the server has no TCP, rather than reading the truncated datagram', async () => {
    const udpOnly = await startDnsServer({ tcp: false, zone: { 'truncated.vipps.no': { fault: 'truncate', A: ['13.79.231.118'] } } });
    try {
      expect(await resolverFor(udpOnly.server).lookup('truncated.vipps.no', 'A')).toMatchObject({ kind: 'failed', code: 'ECONNREFUSED' });
    } finally {
      await udpOnly.close();
    }
  });

  it('sees a rotating answer as the same set of addresses', async () => {
    const first = await lookup('rotating.vipps.no');
    const second = await lookup('rotating.vipps.no');
    expect(first.kind === 'addresses' && second.kind === 'addresses' && new Set(first.addresses)).toEqual(new Set(['13.79.229.87', '13.79.231.118']));
    expect(second).not.toEqual(first);
  });

  it('sends each query from a fresh socket (its own source port) with a random ID, and logs each exchange', async () => {
    const records: ExchangeRecord[] = [];
    const resolver = resolverFor(server.server, FAST, (record) => records.push(record));
    const before = server.queries.length;
    await Promise.all(Array.from({ length: 20 }, () => resolver.lookup('callback-1.vipps.no', 'A')));
    const sent = server.queries.slice(before);
    expect(new Set(sent.map((q) => q.port)).size).toBe(20);
    // 20 IDs drawn from 65,536: all distinct but for a 0.3% chance of one pair.
    expect(new Set(sent.map((q) => q.id)).size).toBeGreaterThanOrEqual(19);
    expect(records.map((r) => r.id).sort()).toEqual(sent.map((q) => q.id).sort());
    expect(records[0]).toMatchObject({
      server: server.server,
      name: 'callback-1.vipps.no',
      type: 'A',
      attempt: 1,
      rcode: 'NOERROR',
      records: ['callback-1.vipps.no A 104.45.17.199'],
      result: 'addresses 104.45.17.199',
    });
  });
});

describe('matching an answer to its query', () => {
  const honestA = { answers: [{ type: 'A' as const, name: 'callback-2.vipps.no', data: '104.45.28.230' }] };

  it('ignores datagrams with another ID and takes the real answer that follows', async () => {
    const forged = { answers: [{ type: 'A' as const, name: 'callback-2.vipps.no', data: '6.6.6.6' }] };
    const dns = await startDnsServer({
      zone: {
        'callback-2.vipps.no': {
          reply: (query: { id?: number }) => [...Array.from({ length: 5 }, (_, i) => ({ ...forged, id: ((query.id ?? 0) + 1 + i) & 0xffff })), { ...honestA }],
        },
      },
    });
    try {
      expect(await resolverFor(dns.server).lookup('callback-2.vipps.no', 'A')).toEqual({ kind: 'addresses', addresses: ['104.45.28.230'] });
    } finally {
      await dns.close();
    }
  });

  it('ignores a datagram from another port, even with the right ID, and takes the real answer', async () => {
    const forged = { answers: [{ type: 'A' as const, name: 'callback-2.vipps.no', data: '6.6.6.6' }] };
    const dns = await startDnsServer({ zone: { 'callback-2.vipps.no': { reply: () => [{ ...forged, from: 'other-port' as const }, { ...honestA }] } } });
    try {
      expect(await resolverFor(dns.server).lookup('callback-2.vipps.no', 'A')).toEqual({ kind: 'addresses', addresses: ['104.45.28.230'] });
    } finally {
      await dns.close();
    }
  });

  it('times out when only answers with another ID come', async () => {
    const dns = await startDnsServer({
      zone: { 'callback-2.vipps.no': { reply: (query: { id?: number }) => ({ ...honestA, id: ((query.id ?? 0) + 1) & 0xffff }) } },
    });
    try {
      expect(await resolverFor(dns.server).lookup('callback-2.vipps.no', 'A')).toMatchObject({ kind: 'failed', code: 'ETIMEOUT' });
    } finally {
      await dns.close();
    }
  });
});

describe('server addresses', () => {
  it.each([
    ['1.1.1.1', { host: '1.1.1.1', port: 53, family: 4 }],
    ['127.0.0.1:5353', { host: '127.0.0.1', port: 5353, family: 4 }],
    ['[2606:4700:4700::1111]:53', { host: '2606:4700:4700::1111', port: 53, family: 6 }],
    ['[::1]', { host: '::1', port: 53, family: 6 }],
    ['2001:4860:4860::8888', { host: '2001:4860:4860::8888', port: 53, family: 6 }],
    ['fe80::1%eth0', { host: 'fe80::1%eth0', port: 53, family: 6 }],
  ])('reads %s', (text, address) => {
    expect(parseServerAddress(text)).toEqual(address);
  });

  it.each(['dns.example', '1.1.1.1:0', '1.1.1.1:70000', '[1.1.1.1]:53', '[1.1.1.1]:x', '1.1.1.1:53:53', ''])('refuses %j', (text) => {
    expect(() => parseServerAddress(text)).toThrow(/not a DNS server address/);
  });
});

describe('message IDs', () => {
  it('are 16-bit and spread over the whole range', () => {
    const ids = Array.from({ length: 4000 }, () => randomId());
    expect(ids.every((id) => Number.isInteger(id) && id >= 0 && id <= 0xffff)).toBe(true);
    // 4,000 draws from 65,536 values: about 120 collide by chance, a biased source far more.
    expect(new Set(ids).size).toBeGreaterThan(3700);
    expect(ids.filter((id) => id >= 0x8000).length).toBeGreaterThan(1700);
  });
});

describe('resolveAll', () => {
  it('asks each host once per server and record type, even when groups share hosts', async () => {
    const before = server.queries.length;
    const hosts = ['callback-1.vipps.no', 'ipv4-only.vipps.no', 'callback-1.vipps.no'];
    const lookups = await resolveAll(hosts, ['A', 'AAAA'], [resolverFor(server.server)], 8);
    expect(lookups).toHaveLength(4);
    expect(
      server.queries
        .slice(before)
        .map((q) => `${q.name}/${q.type}`)
        .sort(),
    ).toEqual(['callback-1.vipps.no/A', 'callback-1.vipps.no/AAAA', 'ipv4-only.vipps.no/A', 'ipv4-only.vipps.no/AAAA']);
  });

  it('asks every server independently and combines what they say', async () => {
    const other = await startDnsServer({ zone: { 'callback-1.vipps.no': { A: ['104.45.17.200'], AAAA: [] }, 'servfail.vipps.no': { A: ['13.79.229.87'] } } });
    try {
      const resolvers = [server.server, other.server].map((s) => resolverFor(s));
      const observations = observeHosts(await resolveAll(['callback-1.vipps.no', 'servfail.vipps.no'], ['A'], resolvers, 8), ['A']);
      expect(observations.get('callback-1.vipps.no')?.decided.A).toEqual(['104.45.17.199', '104.45.17.200']);
      expect(observations.get('servfail.vipps.no')).toMatchObject({
        decided: { A: ['13.79.229.87'] },
        failures: [{ server: server.server, type: 'A', reason: 'server failure (SERVFAIL)' }],
      });
    } finally {
      await other.close();
    }
  });

  it('sends nothing more once cancelled, and ends every lookup as cancelled at once', async () => {
    const silent = await startDnsServer({ zone: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`h${i}.vipps.no`, { fault: 'silent' as const }])) });
    try {
      const hosts = Array.from({ length: 300 }, (_, i) => `h${i}.vipps.no`);
      // Three attempts of a minute each: the lookups end within the test's timeout only if
      // cancel() ends the first 128 and stops the other 172.
      const resolver = resolverFor(silent.server, { timeoutMs: 60_000, attempts: 3 });
      const resolving = resolveAll(hosts, ['A'], [resolver], 128);
      await new Promise((resolve) => setTimeout(resolve, 50));
      resolver.cancel();
      const lookups = await resolving;
      expect(lookups.map((l) => l.outcome)).toEqual(hosts.map(() => ({ kind: 'failed', code: 'ECANCELLED', reason: 'query cancelled' })));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(silent.queries.length).toBe(128);
    } finally {
      await silent.close();
    }
  });

  it('closing a transport ends its exchanges in flight, and 128 of them raise no listener warning', async () => {
    const silent = await startDnsServer({ zone: { 'silent.vipps.no': { fault: 'silent' } } });
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const transport = createPlainTransport(silent.server);
      const resolver = createPacketResolver(transport, { timeoutMs: 60_000, attempts: 1 });
      const query = buildQuery('silent.vipps.no', 'A');
      const direct = transport.exchange(query.bytes, { timeoutMs: 60_000 });
      const lookups = Array.from({ length: 128 }, () => resolver.lookup('silent.vipps.no', 'A'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      transport.close();
      await expect(direct).rejects.toMatchObject({ code: 'ECANCELLED' });
      expect((await Promise.all(lookups)).every((o) => o.kind === 'failed' && o.code === 'ECANCELLED')).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await silent.close();
    }
  });

  it('keeps every query in flight at once, up to the bound', async () => {
    const slow = await startDnsServer({
      latencyMs: 100,
      zone: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`h${i}.vipps.no`, { A: ['104.45.17.199'] }])),
    });
    try {
      const hosts = Array.from({ length: 40 }, (_, i) => `h${i}.vipps.no`);
      const resolver = resolverFor(slow.server, { timeoutMs: 2000, attempts: 1 });
      const bounded = await resolveAll(hosts, ['A'], [resolver], 8);
      expect(bounded.every((l) => l.outcome.kind === 'addresses')).toBe(true);
      expect(slow.stats.maxInFlight).toBe(8);
      slow.stats.maxInFlight = 0;
      await resolveAll(hosts, ['A'], [resolver], 64);
      expect(slow.stats.maxInFlight).toBe(40);
    } finally {
      await slow.close();
    }
  });
});
