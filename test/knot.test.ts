import { afterAll, beforeAll, expect, it } from 'vitest';
import { createResolvers } from '../src/dns/resolve-hosts.js';
import { lookupFailures } from '../src/modes/outcome.js';
import { readSettings } from '../src/settings.js';
import { KNOT_TOOLS, type KnotServer, startKnot } from './support/knot.js';
import { lockFromDns } from './support/lock-from-dns.js';
import { describeWith } from './support/tools.js';

// Real zone data as Vipps MobilePay's zone could hold it: callback hosts behind CNAMEs, records
// with their own TTLs, a host with IPv6, and hosts of the preset that do not exist (NXDOMAIN).
const ZONE = `
callback-1     60 IN A     104.45.17.199
callback-1        IN AAAA  2603:1020:201:10::10f
callback-2        IN CNAME prod-west.callback
prod-west.callback 30 IN A 104.45.28.230
callback-dr-1     IN A     13.79.229.87
callback-dr-2     IN CNAME dr-north.callback
dr-north.callback IN A     13.79.231.118
callback-mt-1     IN A     104.40.249.200
callback-mt-2     IN A     104.40.250.173
`;

// Without knot the suite says what to install, and fails in CI (.ci/run installs it).
const suite = describeWith(KNOT_TOOLS);

suite('against Knot DNS serving a vipps.no zone file', () => {
  let knot: KnotServer;
  beforeAll(async () => {
    knot = await startKnot('vipps.no', ZONE);
  });
  afterAll(() => knot?.stop());

  const settingsFor = (server: string) => readSettings((name) => ({ 'dns-servers': server, 'removal-grace': '7d' })[name] ?? '');

  it('resolves the whole preset, following CNAMEs, and locks what the zone holds', async () => {
    const settings = settingsFor(knot.server);
    const result = await lockFromDns(settings);
    expect(result.next.environments).toEqual({
      production: {
        addresses: ['104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f'],
        hosts: {
          'callback-1.vipps.no': ['104.45.17.199', '2603:1020:201:10::10f'],
          'callback-2.vipps.no': ['104.45.28.230'],
          'callback-3.vipps.no': [],
          'callback-4.vipps.no': [],
        },
      },
      'disaster-recovery': {
        addresses: ['13.79.229.87', '13.79.231.118'],
        hosts: {
          'callback-dr-1.vipps.no': ['13.79.229.87'],
          'callback-dr-2.vipps.no': ['13.79.231.118'],
          'callback-dr-3.vipps.no': [],
          'callback-dr-4.vipps.no': [],
        },
      },
      test: {
        addresses: ['104.40.249.200', '104.40.250.173'],
        hosts: { 'callback-mt-1.vipps.no': ['104.40.249.200'], 'callback-mt-2.vipps.no': ['104.40.250.173'] },
      },
    });
    expect(result.hosts.find((h) => h.host === 'callback-3.vipps.no')?.status).toBe('no-such-host');
    expect(result.failedHosts).toEqual([]);
  });

  it('sees a server change after a zone reload, and nothing else', async () => {
    const settings = settingsFor(knot.server);
    const resolvers = createResolvers(settings);
    const now = new Date('2026-11-24T10:00:00Z');
    const before = await lockFromDns(settings, { resolvers, now });
    await knot.reload(ZONE.replace('prod-west.callback 30 IN A 104.45.28.230', 'prod-west.callback 30 IN A 104.45.28.231'));
    const after = await lockFromDns(settings, { previousText: before.nextText, resolvers, now });
    expect(after.diff.added).toEqual(['104.45.28.231']);
    expect(after.diff.removed).toEqual([]);
    expect(after.diff.environments.map((e) => e.environment)).toEqual(['production']);
    expect(after.next.environments.production?.departing).toEqual({ '104.45.28.230': '2026-11-24T10:00:00Z' });
    const again = await lockFromDns(settings, { previousText: after.nextText, resolvers, now });
    expect(again.lockChanged).toBe(false);
  });
});

// CNAME chains as a real authoritative server sends them: inside its zone (answered whole, with the
// zone's SOA when the end has no record of the type), into another zone it also serves (the chain
// leaves the answer and is asked for), into a zone it does not serve (it refuses the follow-up), a
// loop, and a chain to a name that does not exist.
const PLAIN = `
callback-1     IN A     104.45.17.199
callback-2     IN A     104.45.28.230
callback-3     IN A     104.45.28.231
callback-4     IN A     104.45.28.232
callback-dr-1  IN A     13.79.229.88
callback-dr-2  IN A     13.79.231.118
`;
const CHAINED = `
callback-1     IN A     104.45.17.199
callback-2     IN CNAME prod-west.callback
prod-west.callback IN CNAME prod-west-2.callback
prod-west-2.callback IN A 104.45.28.230
callback-3     IN CNAME cb3.trafficmanager.net.
callback-4     IN CNAME cb4.elsewhere.example.
callback-dr-1  IN CNAME loop-a.callback
loop-a.callback IN CNAME loop-b.callback
loop-b.callback IN CNAME loop-a.callback
callback-dr-2  IN CNAME missing.callback
`;
const TRAFFIC_MANAGER = `
cb3 IN CNAME cb3-west
cb3-west IN A 104.45.28.240
`;

suite('against Knot DNS: CNAME chains', () => {
  let knot: KnotServer;
  beforeAll(async () => {
    knot = await startKnot('vipps.no', PLAIN, { 'trafficmanager.net': TRAFFIC_MANAGER });
  });
  afterAll(() => knot?.stop());

  it('follows chains in the answer and out of it, refuses a loop, keeps what a refused follow-up could not answer', async () => {
    const settings = readSettings(
      (name) =>
        ({
          environments: 'production',
          hosts: 'disaster-recovery: callback-dr-1.vipps.no, callback-dr-2.vipps.no',
          'dns-servers': knot.server,
          'removal-grace': '0',
        })[name] ?? '',
    );
    const now = new Date('2026-11-24T10:00:00Z');
    const before = await lockFromDns(settings, { now });
    await knot.reload(CHAINED);
    const after = await lockFromDns(settings, { previousText: before.nextText, now });
    expect(after.next.environments.production?.hosts).toEqual({
      'callback-1.vipps.no': ['104.45.17.199'],
      // In-zone chain: Knot answers it whole; AAAA is NODATA with the zone's SOA.
      'callback-2.vipps.no': ['104.45.28.230'],
      // The chain leaves the vipps.no answer; asking for cb3.trafficmanager.net follows it on.
      'callback-3.vipps.no': ['104.45.28.240'],
      // Knot refuses the follow-up for a zone it does not serve: a failed lookup, address kept.
      'callback-4.vipps.no': ['104.45.28.232'],
    });
    expect(after.next.environments['disaster-recovery']?.hosts).toEqual({
      // The loop is refused whole: kept.
      'callback-dr-1.vipps.no': ['13.79.229.88'],
      // NXDOMAIN for the end of the chain: the host is gone.
      'callback-dr-2.vipps.no': [],
    });
    expect(after.diff.added).toEqual(['104.45.28.240']);
    expect(after.diff.removed.sort()).toEqual(['104.45.28.231', '13.79.231.118']);
    const failures = lookupFailures(after, settings);
    expect(failures.warnings).toEqual([
      expect.stringMatching(
        /^callback-4\.vipps\.no could not be resolved \(A via 127\.0\.0\.1:\d+: query refused \(REFUSED\); AAAA via .*query refused \(REFUSED\)\)/,
      ),
      expect.stringMatching(
        /^callback-dr-1\.vipps\.no could not be resolved \(A via 127\.0\.0\.1:\d+: answer refused as broken or forged: CNAME loop: loop-b\.callback\.vipps\.no points back to loop-a\.callback\.vipps\.no;/,
      ),
    ]);
    expect(failures.failure).toContain('2 hosts could not be resolved: callback-4.vipps.no, callback-dr-1.vipps.no.');
  });
});
