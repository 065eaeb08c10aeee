import { describe, expect, it } from 'vitest';
import { resolveHosts } from '../src/dns/resolve-hosts.js';
import type { LookupOutcome, ServerResolver } from '../src/dns/types.js';
import { parseLock } from '../src/lock/parse.js';
import { observedAsLocked, sameObservation } from '../src/modes/rehearsal.js';
import { readSettings } from '../src/settings.js';

const settings = readSettings((name) => ({ environments: 'production' })[name] ?? '');
const LOCK = parseLock(
  JSON.stringify({
    version: 1,
    environments: {
      production: {
        addresses: ['104.45.17.199', '104.45.28.230', '104.45.28.231', '2603:1020:201:10::10f'],
        hosts: {
          'callback-1.vipps.no': ['104.45.17.199', '2603:1020:201:10::10f'],
          'callback-2.vipps.no': ['104.45.28.230', '104.45.28.231'],
          'callback-3.vipps.no': ['104.45.17.199'],
          'callback-4.vipps.no': ['104.45.28.230'],
        },
        departing: { '104.45.28.231': '2026-12-01T00:00:00Z' },
      },
    },
  }),
  'ips.lock.json',
  new Date('2026-12-07T00:00:00Z'),
);

/** A resolver that answers from a table, as a DNS server would: what resolveHosts makes of real answers. */
function resolverAnswering(server: string, answer: (host: string, type: string) => LookupOutcome): ServerResolver {
  return { server, lookup: async (host, type) => answer(host, type), cancel() {} };
}

const asLocked = (host: string, type: string): LookupOutcome => {
  const table: Record<string, string[]> = {
    'callback-1.vipps.no/A': ['104.45.17.199'],
    'callback-1.vipps.no/AAAA': ['2603:1020:201:10::10f'],
    'callback-2.vipps.no/A': ['104.45.28.230'],
    'callback-3.vipps.no/A': ['104.45.17.199'],
    'callback-4.vipps.no/A': ['104.45.28.230'],
  };
  const addresses = table[`${host}/${type}`];
  return addresses ? { kind: 'addresses', addresses } : { kind: 'no-records' };
};

describe('DNS as the lock says it was', () => {
  it('is exactly what two servers answering as the lock says give, departing addresses left out', async () => {
    const servers = ['127.0.0.1:53', '127.0.0.2:53'];
    const real = await resolveHosts(
      settings,
      servers.map((server) => resolverAnswering(server, asLocked)),
    );
    const foreseen = await observedAsLocked(LOCK, settings, servers);
    expect(sameObservation(foreseen, real)).toBe(true);
    expect(foreseen.observations.get('callback-2.vipps.no')?.decided.A).toEqual(['104.45.28.230']);
  });

  it('differs from DNS that differs in anything: an address, a failed server, the servers asked', async () => {
    const servers = ['127.0.0.1:53'];
    const foreseen = await observedAsLocked(LOCK, settings, servers);
    const moved = await resolveHosts(settings, [
      resolverAnswering(servers[0] as string, (host, type) =>
        host === 'callback-4.vipps.no' && type === 'A' ? { kind: 'addresses', addresses: ['104.45.28.232'] } : asLocked(host, type),
      ),
    ]);
    const failed = await resolveHosts(settings, [
      resolverAnswering(servers[0] as string, (host, type) =>
        host === 'callback-3.vipps.no' && type === 'A' ? { kind: 'failed', code: 'SERVFAIL', reason: 'SERVFAIL' } : asLocked(host, type),
      ),
    ]);
    const gone = await resolveHosts(settings, [
      resolverAnswering(servers[0] as string, (host, type) => (host === 'callback-4.vipps.no' ? { kind: 'no-such-host' } : asLocked(host, type))),
    ]);
    const elsewhere = await resolveHosts(settings, [resolverAnswering('127.0.0.9:53', asLocked)]);
    for (const observed of [moved, failed, gone, elsewhere]) expect(sameObservation(foreseen, observed)).toBe(false);
  });
});
