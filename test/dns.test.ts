import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { createServerResolver } from '../src/dns/node-resolver.js';
import { resolveAll } from '../src/dns/resolve-all.js';
import { observeHosts } from '../src/observation.js';

type DnsServer = Awaited<ReturnType<typeof startDnsServer>>;
const FAST = { timeoutMs: 150, attempts: 1 };

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
      'truncated.vipps.no': { fault: 'truncate' },
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

describe('one DNS server on loopback', () => {
  const lookup = (host: string, type: 'A' | 'AAAA' = 'A') => createServerResolver(server.server, FAST).lookup(host, type);

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

  it('gives up on a silent server after the timeout it was given, not Node default 26 s', async () => {
    const started = Date.now();
    expect(await lookup('silent.vipps.no')).toEqual({ kind: 'failed', code: 'ETIMEOUT', reason: 'no answer (timed out)' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails a truncated answer it cannot retry over TCP, rather than taking it as empty', async () => {
    expect(await lookup('truncated.vipps.no')).toMatchObject({ kind: 'failed' });
  });

  it('sees a rotating answer as the same set of addresses', async () => {
    const first = await lookup('rotating.vipps.no');
    const second = await lookup('rotating.vipps.no');
    expect(first.kind === 'addresses' && second.kind === 'addresses' && new Set(first.addresses)).toEqual(new Set(['13.79.229.87', '13.79.231.118']));
    expect(second).not.toEqual(first);
  });
});

describe('resolveAll', () => {
  it('asks each host once per server and record type, even when groups share hosts', async () => {
    const before = server.queries.length;
    const hosts = ['callback-1.vipps.no', 'ipv4-only.vipps.no', 'callback-1.vipps.no'];
    const lookups = await resolveAll(hosts, ['A', 'AAAA'], [createServerResolver(server.server, FAST)], 8);
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
      const resolvers = [server.server, other.server].map((s) => createServerResolver(s, FAST));
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
      // Three attempts against a silent server take c-ares about 30 s a query: the lookups end
      // within the test's timeout only if cancel() ends the first 128 and stops the other 172.
      const resolver = createServerResolver(silent.server, { timeoutMs: 60_000, attempts: 3 });
      const resolving = resolveAll(hosts, ['A'], [resolver], 128);
      resolver.cancel();
      const lookups = await resolving;
      expect(lookups.map((l) => l.outcome)).toEqual(hosts.map(() => ({ kind: 'failed', code: 'ECANCELLED', reason: 'query cancelled' })));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(silent.queries.length).toBeLessThanOrEqual(128);
    } finally {
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
      const resolver = createServerResolver(slow.server, { timeoutMs: 2000, attempts: 1 });
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
