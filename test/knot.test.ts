import { afterAll, beforeAll, expect, it } from 'vitest';
import { createResolvers } from '../src/dns/resolve-hosts.js';
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
