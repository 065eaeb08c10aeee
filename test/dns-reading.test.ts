import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import dnsPacket from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import { createResolvers, resolveHosts } from '../src/dns/resolve-hosts.js';
import { runLocal } from '../src/modes/local.js';
import { readSettings } from '../src/settings.js';
import { lockFromDns } from './support/lock-from-dns.js';

// The README's answer-reading table, one test per row, each through a whole report run against a
// DNS server on loopback that sends the crafted answer: what was locked, what was kept, what the
// run says. callback-2.vipps.no is IPv4-only (A 104.45.28.230, AAAA: no records) like almost
// every Vipps MobilePay host, so a failed A lookup beside an AAAA that says "no records" is the
// case that must not pass silently.

type Zone = NonNullable<Parameters<typeof startDnsServer>[0]>['zone'];
type Crafted = ReturnType<NonNullable<Extract<NonNullable<Zone>[string], { reply?: unknown }>['reply']>>;
type Query = { id?: number; questions?: Array<{ name: string; type: string }> };

const HOST = 'callback-2.vipps.no';
const LOCKED = '104.45.28.230';
// callback-4 gets an address of its own, so that an address callback-2 loses leaves the environment.
const PRODUCTION = {
  ...Object.fromEntries(Object.entries(SAMPLE_ZONE).filter(([name]) => /^callback-\d\./.test(name))),
  'callback-4.vipps.no': { A: ['104.45.28.232'] },
};
let root: string;
const now = new Date('2026-11-24T12:00:00Z');

const settingsFor = (server: string, extra: Record<string, string> = {}) =>
  readSettings(
    (name) =>
      ({ mode: 'report', environments: 'production', 'dns-servers': server, 'dns-timeout': '150', 'dns-attempts': '1', 'removal-grace': '0', ...extra })[
        name
      ] ?? '',
  );

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-reading-'));
  const dns = await startDnsServer({ zone: PRODUCTION });
  try {
    const baseline = await lockFromDns(settingsFor(dns.server));
    expect(baseline.next.environments.production?.hosts[HOST]).toEqual([LOCKED]);
    await writeFile(path.join(root, 'ips.lock.json'), baseline.nextText);
  } finally {
    await dns.close();
  }
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** A report run against a server that answers `HOST` (or the names given) as told, everything else honestly. */
async function runWith(zone: Zone, options: { tcp?: boolean; inputs?: Record<string, string> } = {}) {
  const dns = await startDnsServer({ zone: { ...PRODUCTION, ...zone }, tcp: options.tcp ?? true });
  try {
    const settings = settingsFor(dns.server, options.inputs);
    const outcome = await runLocal(settings, { root, observed: resolveHosts(settings, createResolvers(settings)), now, updateHint: 'Update it.' });
    return {
      server: dns.server,
      queries: dns.queries.map((q) => `${q.name}/${q.type}/${q.transport}`),
      locked: outcome.result.next.environments.production?.hosts[HOST],
      added: JSON.parse(outcome.outputs.added ?? '') as string[],
      removed: JSON.parse(outcome.outputs.removed ?? '') as string[],
      warnings: outcome.warnings,
      failure: outcome.failure,
    };
  } finally {
    await dns.close();
  }
}

/** `HOST`'s A question answered by `reply`; its AAAA question answered honestly: no records. */
const answerA = (reply: (query: Query) => Crafted): Zone => ({ [HOST]: (type: string) => (type === 'A' ? { reply } : {}) });

const a = (name: string, data: string) => ({ type: 'A' as const, name, data });
const cname = (name: string, data: string) => ({ type: 'CNAME' as const, name, data });

/** The run kept the locked address, changed nothing, and fails naming host, type, server and reason. */
async function expectFailedLookup(zone: Zone, reason: RegExp, options: { tcp?: boolean } = {}) {
  const run = await runWith(zone, options);
  expect(run.locked).toEqual([LOCKED]);
  expect(run.added).toEqual([]);
  expect(run.removed).toEqual([]);
  expect(run.failure).toContain(`could not be resolved: ${HOST} (A)`);
  expect(run.warnings).toHaveLength(1);
  expect(run.warnings[0]).toContain(`${HOST} A could not be resolved (A via ${run.server}: `);
  expect(run.warnings[0]).toMatch(reason);
  return run;
}

describe('NOERROR with records of the asked type at the end of the chain from the question: those addresses', () => {
  it('locks a direct answer and a chain that links in order, wherever its records sit in the section', async () => {
    const run = await runWith(
      answerA(() => ({
        answers: [
          a('cb2-west.cloudapp.net', '104.45.28.231'),
          cname('cb2.trafficmanager.net', 'CB2-West.cloudapp.net'),
          cname('Callback-2.vipps.no', 'cb2.trafficmanager.net'),
        ],
      })),
    );
    expect(run.locked).toEqual(['104.45.28.231']);
    expect(run.added).toEqual(['104.45.28.231']);
    expect(run.removed).toEqual([LOCKED]);
    expect(run.failure).toBeUndefined();
    expect(run.warnings).toEqual([]);
  });
});

describe('NOERROR with no record of the type at the end of the chain (NODATA): no records of this type', () => {
  it('removes an address when the host has none of the type, directly or at the end of its chain', async () => {
    const direct = await runWith({ [HOST]: {} });
    const chained = await runWith({ [HOST]: { CNAME: 'cb2.trafficmanager.net' }, 'cb2.trafficmanager.net': { AAAA: ['2603:1020:201:10::10f'] } });
    for (const run of [direct, chained]) {
      expect(run.removed).toEqual([LOCKED]);
      expect(run.failure).toBeUndefined();
    }
    expect(chained.locked).toEqual(['2603:1020:201:10::10f']);
    // The resolver's SOA for the chain's end says NODATA: nothing more is asked.
    expect(chained.queries.filter((q) => q.startsWith('cb2.'))).toEqual([]);
  });
});

describe('NOERROR with a chain that ends at a name whose records are not in the answer: that name is asked for', () => {
  it('asks for the end of the chain and reads its answer', async () => {
    const run = await runWith({
      [HOST]: { reply: () => ({ answers: [cname(HOST, 'cb2.trafficmanager.net')] }) },
      'cb2.trafficmanager.net': { A: ['104.45.28.231'] },
    });
    expect(run.locked).toEqual(['104.45.28.231']);
    expect(run.queries).toContain('cb2.trafficmanager.net/A/udp');
    expect(run.queries).toContain('cb2.trafficmanager.net/AAAA/udp');
    expect(run.failure).toBeUndefined();
  });

  it('refuses a chain that grows past 8 links across the answers asked for', async () => {
    const hops = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`hop${i}.example`, { reply: () => ({ answers: [cname(`hop${i}.example`, `hop${i + 1}.example`)] }) }]),
    );
    await expectFailedLookup({ ...answerA(() => ({ answers: [cname(HOST, 'hop0.example')] })), ...hops }, /CNAME chain longer than 8 links/);
  });

  it('refuses a loop that closes across the answers asked for', async () => {
    await expectFailedLookup(
      {
        ...answerA(() => ({ answers: [cname(HOST, 'elsewhere.example')] })),
        'elsewhere.example': { reply: () => ({ answers: [cname('elsewhere.example', HOST)] }) },
      },
      /CNAME loop: elsewhere\.example points back to callback-2\.vipps\.no/,
    );
  });
});

describe('NXDOMAIN for the end of the chain: no such host', () => {
  it('retires a host that does not exist, directly or at the end of its chain', async () => {
    for (const zone of [{ [HOST]: { fault: 'nxdomain' as const } }, { [HOST]: { CNAME: 'gone.vipps.no' } }]) {
      const run = await runWith(zone);
      expect(run.locked).toEqual([]);
      expect(run.removed).toEqual([LOCKED]);
      expect(run.failure).toBeUndefined();
    }
  });
});

describe('every response code, with and without records', () => {
  const NAMES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED', 'YXDOMAIN', 'YXRRSET', 'NXRRSET', 'NOTAUTH', 'NOTZONE', 'DSOTYPENI'];
  const cases = Array.from({ length: 16 }, (_, rcode) => [
    [rcode, NAMES[rcode] ?? `RCODE${rcode}`, true],
    [rcode, NAMES[rcode] ?? `RCODE${rcode}`, false],
  ]).flat() as Array<[number, string, boolean]>;

  it.each(cases)('rcode %i (%s), records: %s', async (rcode, name, withRecords) => {
    // Both questions get the rcode; with records, each carries a public address of its type.
    const reply = (query: Query) => {
      const type = query.questions?.[0]?.type;
      const answers = withRecords ? [type === 'A' ? a(HOST, '104.45.28.231') : { type: 'AAAA' as const, name: HOST, data: '2603:1020:201:10::11' }] : [];
      return { flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | rcode, answers };
    };
    const zone = { [HOST]: { reply } };
    if (rcode === 0 && withRecords) {
      const run = await runWith(zone);
      expect(run.locked).toEqual(['104.45.28.231', '2603:1020:201:10::11']);
      expect(run.failure).toBeUndefined();
    } else if (rcode === 0 || (rcode === 3 && !withRecords)) {
      const run = await runWith(zone);
      expect(run.locked).toEqual([]);
      expect(run.removed).toEqual([LOCKED]);
      expect(run.failure).toBeUndefined();
    } else {
      const run = await runWith(zone);
      expect(run.locked).toEqual([LOCKED]);
      expect(run.added).toEqual([]);
      expect(run.removed).toEqual([]);
      expect(run.failure).toContain(`could not be resolved: ${HOST}.`);
      const why = rcode === 3 ? 'answer refused as broken or forged: NXDOMAIN carrying A records' : `(${name})`;
      expect(run.warnings[0]).toContain(`${HOST} could not be resolved (A via ${run.server}: `);
      expect(run.warnings[0]).toContain(why);
    }
  });
});

describe('an answer with a record off the chain from the question, of another type, or a broken chain: refused whole', () => {
  it('refuses a record owned by another name', async () => {
    await expectFailedLookup(
      answerA(() => ({ answers: [a('evil.example', '6.6.6.6')] })),
      /record owned by evil\.example, which is not on the chain/,
    );
  });

  it('refuses a real answer with a foreign record beside it', async () => {
    await expectFailedLookup(
      answerA(() => ({ answers: [a(HOST, LOCKED), a('evil.example', '6.6.6.6')] })),
      /owned by evil\.example/,
    );
  });

  it('refuses a CNAME owned by a name off the chain', async () => {
    await expectFailedLookup(
      answerA(() => ({ answers: [a(HOST, LOCKED), cname('evil.example', HOST)] })),
      /CNAME record owned by evil\.example/,
    );
  });

  it('refuses AAAA records in an answer to an A question', async () => {
    await expectFailedLookup(
      answerA(() => ({ answers: [{ type: 'AAAA', name: HOST, data: '2603:1020:201:10::10f' }] })),
      /AAAA record for callback-2\.vipps\.no in an answer to a A question/,
    );
  });

  it('refuses a record of an unrelated type, or of another class', async () => {
    await expectFailedLookup(
      answerA(() => ({ answers: [a(HOST, LOCKED), { type: 'TXT', name: HOST, data: 'hello' }] })),
      /TXT record/,
    );
    await expectFailedLookup(
      answerA(() => ({ answers: [{ ...a(HOST, LOCKED), class: 'CH' as const }] })),
      /in class CH, not IN/,
    );
  });

  it('refuses a CNAME loop inside the answer', async () => {
    await expectFailedLookup(
      answerA(() => ({ answers: [cname(HOST, 'b.example'), cname('b.example', HOST)] })),
      /CNAME loop/,
    );
  });

  it('refuses a chain longer than 8 links inside one answer', async () => {
    const chain = [cname(HOST, 'l1.example'), ...Array.from({ length: 8 }, (_, i) => cname(`l${i + 1}.example`, `l${i + 2}.example`)), a('l9.example', LOCKED)];
    await expectFailedLookup(
      answerA(() => ({ answers: chain })),
      /CNAME chain longer than 8 links/,
    );
  });

  it('refuses two CNAMEs for one name, and addresses beside a CNAME', async () => {
    await expectFailedLookup(
      answerA(() => ({ answers: [cname(HOST, 'x.example'), cname(HOST, 'y.example'), a('x.example', LOCKED)] })),
      /has 2 CNAMEs/,
    );
    await expectFailedLookup(
      answerA(() => ({ answers: [cname(HOST, 'x.example'), a(HOST, '6.6.6.6'), a('x.example', LOCKED)] })),
      /both a CNAME and A records/,
    );
  });
});

describe('an answer to another question: refused whole', () => {
  it.each([
    [
      'another name',
      { questions: [{ name: 'evil.example', type: 'A' as const, class: 'IN' as const }], answers: [a('evil.example', '6.6.6.6')] },
      /evil\.example IN A instead of callback-2\.vipps\.no IN A/,
    ],
    ['another type', { questions: [{ name: HOST, type: 'AAAA' as const, class: 'IN' as const }], answers: [] }, /IN AAAA instead of/],
    ['another class', { questions: [{ name: HOST, type: 'A' as const, class: 'CH' as const }], answers: [a(HOST, '6.6.6.6')] }, /CH A instead of/],
    ['no question', { questions: [], answers: [a(HOST, '6.6.6.6')] }, /0 questions instead of 1/],
    ['a query, not a response', { type: 'query' as const, answers: [a(HOST, '6.6.6.6')] }, /a query, not a response/],
    ['another opcode', { flags: 2 << 11, answers: [a(HOST, '6.6.6.6')] }, /opcode 2 instead of QUERY/],
  ])('%s', async (_, packet, reason) => {
    await expectFailedLookup(
      answerA(() => packet),
      reason,
    );
  });

  it('waits past an answer with another ID, and fails when no other comes', async () => {
    await expectFailedLookup(
      answerA((query) => ({ id: ((query.id ?? 0) + 1) & 0xffff, answers: [a(HOST, '6.6.6.6')] })),
      /no answer \(timed out, 1 attempt\)/,
    );
  });
});

describe('bytes that are not a DNS answer: a failed lookup', () => {
  it('refuses garbage behind a valid header, and bytes after the last record', async () => {
    await expectFailedLookup({ [HOST]: (type: string) => (type === 'A' ? { fault: 'garbage' as const } : {}) }, /malformed answer/);
    const honest = (query: Query) =>
      dnsPacket.encode({ id: query.id ?? 0, type: 'response', flags: 0x180, questions: [{ name: HOST, type: 'A' }], answers: [a(HOST, '6.6.6.6')] });
    await expectFailedLookup(
      answerA((query) => Buffer.concat([honest(query), Buffer.from([1, 2, 3, 4])])),
      /malformed answer \(4 bytes after the last record\)/,
    );
  });
});

describe('a truncated answer: asked again over TCP', () => {
  it('reads the answer that comes over TCP', async () => {
    const run = await runWith({ [HOST]: { fault: 'truncate', A: ['104.45.28.231'] } });
    expect(run.locked).toEqual(['104.45.28.231']);
    expect(run.queries.filter((q) => q.startsWith(`${HOST}/A/`))).toEqual([`${HOST}/A/udp`, `${HOST}/A/tcp`]);
  });

  it('fails when the TCP answer is truncated too, rather than reading a part of an answer', async () => {
    const truncated = () => ({ flags: 0x180 | dnsPacket.TRUNCATED_RESPONSE, answers: [a(HOST, '104.45.28.231')] });
    const run = await expectFailedLookup(answerA(truncated), /answer truncated, and not asked again in full/);
    expect(run.queries.filter((q) => q.startsWith(`${HOST}/A/`))).toEqual([`${HOST}/A/udp`, `${HOST}/A/tcp`]);
  });

  it('fails when TCP is closed, rather than reading the truncated datagram as empty', async () => {
    await expectFailedLookup({ [HOST]: (type: string) => (type === 'A' ? { fault: 'truncate', A: ['104.45.28.231'] } : {}) }, /ECONNREFUSED/, {
      tcp: false,
    });
  });
});

describe('NOERROR with a referral instead of an answer: a failed lookup', () => {
  it('does not read a referral as "no records"', async () => {
    const ns = { type: 'NS' as const, name: 'vipps.no', data: 'ns1.vipps.no' };
    await expectFailedLookup(
      answerA(() => ({ flags: 0, answers: [], authorities: [ns] })),
      /referral to other name servers/,
    );
  });
});

describe('addresses that are not global unicast: the answer is refused whole', () => {
  it.each(['10.0.0.8', '127.0.0.1', '192.0.2.1', '198.51.100.7', '240.0.0.9'])('A %s', async (address) => {
    await expectFailedLookup(
      answerA(() => ({ answers: [a(HOST, LOCKED), a(HOST, address)] })),
      /never locked/,
    );
  });

  it.each(['::2', '4000::1', 'fe00::1', '100:0:0:1::1', '2001:db8::1', '3fff::1', '2002:a00:8::1', '2001::1', '64:ff9b::a00:8'])('AAAA %s', async (address) => {
    const run = await runWith({
      'callback-1.vipps.no': (type: string) => (type === 'AAAA' ? { AAAA: ['2603:1020:201:10::10f', address] } : { A: ['104.45.17.199'] }),
    });
    expect(run.warnings[0]).toContain('callback-1.vipps.no AAAA could not be resolved');
    expect(run.warnings[0]).toMatch(/address, not public\)\)/);
    expect(run.failure).toContain('callback-1.vipps.no (AAAA)');
    expect(run.added).toEqual([]);
    expect(run.removed).toEqual([]);
  });
});

describe('on-lookup-failure', () => {
  it('warn: the same warning, and the run does not fail', async () => {
    const run = await runWith({ [HOST]: (type: string) => (type === 'A' ? { fault: 'servfail' as const } : {}) }, { inputs: { 'on-lookup-failure': 'warn' } });
    expect(run.locked).toEqual([LOCKED]);
    expect(run.failure).toBeUndefined();
    expect(run.warnings).toEqual([
      `${HOST} A could not be resolved (A via ${run.server}: server failure (SERVFAIL)); its locked addresses are kept. Check that the DNS servers are reachable from the runner and answer for this host.`,
    ]);
  });
});
