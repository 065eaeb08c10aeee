import dnsPacket from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { createResolvers } from '../src/dns/resolve-hosts.js';
import { parseHostName, readSettings } from '../src/settings.js';
import { startDohServer, startDotServer } from './support/encrypted-dns-servers.js';
import { lockFromDns } from './support/lock-from-dns.js';
import { makeTestCertificates, type TestCertificates } from './support/test-ca.js';

// Owner names compared label by label as the wire holds them, over every transport. dns-packet
// joins labels with "." unescaped and reads them as UTF-8: the two-label owner `callback-2\.vipps`
// `no` and `callbac<U+212A>-2.vipps.no` (a Kelvin sign, which toLowerCase() folds to `k`) are not
// callback-2.vipps.no, and their records must not count as its addresses.

type Zone = NonNullable<NonNullable<Parameters<typeof startDnsServer>[0]>['zone']>;
type Query = dnsPacket.Packet;
const HOST = 'callback-2.vipps.no';
const ZONE: Zone = {
  'callback-1.vipps.no': { A: ['104.45.17.199'] },
  [HOST]: { A: ['104.45.28.230'] },
  'callback-3.vipps.no': { A: ['51.105.193.243'] },
  'callback-4.vipps.no': { A: ['51.105.122.56'] },
};
const FLAGS = dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE;

/** An answer to `query` whose one A record is owned by `owner` (a name dns-packet can write). */
function answerOwnedBy(query: Query, owner: string, data = '6.6.6.6'): Buffer {
  return dnsPacket.encode({
    id: query.id,
    type: 'response',
    flags: FLAGS,
    questions: query.questions,
    answers: [{ type: 'A', class: 'IN', name: owner, ttl: 60, data }],
  });
}

/** Turns the byte after `marker` inside the message into "." : one label holding a dot. */
function dotInLabel(bytes: Buffer, marker: string): Buffer {
  const at = bytes.indexOf(Buffer.from(marker));
  if (at < 0) throw new Error(`${marker} not in the message`);
  bytes[at + marker.length - 1] = 0x2e;
  return bytes;
}

const FORGERIES: Array<[string, (query: Query) => Buffer]> = [
  // Owner labels `callback-2.vipps` and `no`: written as callback-2Xvipps.no, then X made a dot.
  ['an owner whose first label holds a dot', (query) => dotInLabel(answerOwnedBy(query, 'callback-2Xvipps.no'), 'callback-2X')],
  ['an owner with a Kelvin sign for k', (query) => answerOwnedBy(query, 'callbac\u212a-2.vipps.no')],
  ['an owner in upper case but for a Kelvin sign', (query) => answerOwnedBy(query, 'CALLBAC\u212a-2.VIPPS.NO')],
];

let certificates: TestCertificates;
beforeAll(async () => {
  certificates = await makeTestCertificates();
});

const started: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(started.map((s) => s.close()));
});

function settingsFor(server: string) {
  return readSettings(
    (name) =>
      ({ environments: 'production', 'dns-servers': server, 'dns-timeout': '300', 'dns-attempts': '1', 'record-types': 'A', 'removal-grace': '0' })[name] ?? '',
  );
}

async function lockVia(channel: 'udp' | 'https' | 'tls', forge: (query: Query) => Buffer) {
  const forged = await startDnsServer({ zone: { ...ZONE, [HOST]: { reply: (query) => forge(query) } } });
  started.push(forged);
  let server = forged.server;
  if (channel !== 'udp') {
    const options = { tls: certificates.server, upstream: forged.server };
    const encrypted = channel === 'https' ? await startDohServer(options) : await startDotServer(options);
    started.push(encrypted);
    server = channel === 'https' ? `https://127.0.0.1:${encrypted.port}/dns-query` : `tls://127.0.0.1:${encrypted.port}#dns.test`;
  }
  const settings = settingsFor(server);
  return lockFromDns(settings, { resolvers: createResolvers(settings, { trust: { ca: certificates.ca } }) });
}

describe('an A record owned by a name that only looks like the host', () => {
  for (const channel of ['udp', 'https', 'tls'] as const) {
    for (const [what, forge] of FORGERIES) {
      it(`is refused over ${channel}: ${what}`, async () => {
        const result = await lockVia(channel, forge);
        expect(result.next.environments.production?.addresses ?? []).not.toContain('6.6.6.6');
        const host = result.hosts.find((h) => h.host === HOST);
        expect(host?.status).toBe('failed');
        expect(host?.observation.failures[0]?.reason).toMatch(
          /answer refused as broken or forged: A record owned by callbac.*\\\d{3}.*, which is not on the chain from callback-2\.vipps\.no/,
        );
      });
    }
  }

  it('is still accepted in upper case, which only folds ASCII', async () => {
    const result = await lockVia('udp', (query) => answerOwnedBy(query, 'CALLBACK-2.Vipps.NO', '104.45.28.230'));
    expect(result.next.environments.production?.hosts[HOST]).toEqual(['104.45.28.230']);
  });
});

describe('a CNAME whose target is not a host name', () => {
  it('is refused, and nothing is asked for a name the target only looks like', async () => {
    const forged = await startDnsServer({
      zone: {
        ...ZONE,
        [HOST]: {
          reply: (query) =>
            dotInLabel(
              dnsPacket.encode({
                id: query.id,
                type: 'response',
                flags: FLAGS,
                questions: query.questions,
                answers: [{ type: 'CNAME', class: 'IN', name: HOST, ttl: 60, data: 'evilXexample.vipps.no' }],
              }),
              'evilX',
            ),
        },
        'evil.example.vipps.no': { A: ['6.6.6.6'] },
      },
    });
    started.push(forged);
    const settings = settingsFor(forged.server);
    const result = await lockFromDns(settings);
    expect(result.next.environments.production?.addresses ?? []).not.toContain('6.6.6.6');
    expect(result.hosts.find((h) => h.host === HOST)?.observation.failures[0]?.reason).toContain('CNAME target evil\\046example.vipps.no is not a host name');
    expect(forged.queries.map((q: { name: string }) => q.name)).not.toContain('evil.example.vipps.no');
  });
});

describe('a host name given as input', () => {
  it('folds only ASCII: a Kelvin sign is not k', () => {
    expect(parseHostName('hosts', 'CALLBACK-1.Vipps.NO')).toBe('callback-1.vipps.no');
    expect(() => parseHostName('hosts', 'callbac\u212a-1.vipps.no')).toThrow(/it must be a host name/);
  });
});
