import dnsPacket from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServer } from '../scripts/dns-fake.mjs';
import type { DnsTransport } from '../src/dns/transport.js';
import { createTransport } from '../src/dns/transports.js';
import { type ChannelFault, type EncryptedServer, startDohServer, startDotServer } from './support/encrypted-dns-servers.js';
import { makeTestCertificates, type TestCertificates } from './support/test-ca.js';

// The two encrypted transports against servers on 127.0.0.1 with a CA made for this run: every
// answer carried back byte for byte with its query's ID, one connection for many queries, and
// every failure of the channel a TransportError that names it.

type DnsServer = Awaited<ReturnType<typeof startDnsServer>>;
let certificates: TestCertificates;
let upstream: DnsServer;
const started: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  certificates = await makeTestCertificates();
  upstream = await startDnsServer({
    zone: {
      'callback-1.vipps.no': { A: ['104.45.17.199'], AAAA: ['2603:1020:201:10::10f'] },
      'callback-2.vipps.no': { A: ['104.45.28.230'] },
    },
  });
});
afterAll(async () => {
  await Promise.all(started.map((s) => s.close()));
  await upstream.close();
});

function query(name: string, id: number, type: 'A' | 'AAAA' = 'A'): Uint8Array {
  return dnsPacket.encode({ type: 'query', id, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type, name, class: 'IN' }] });
}

function addressesOf(answer: Uint8Array): string[] {
  return (dnsPacket.decode(Buffer.from(answer)).answers ?? []).map((record) => String('data' in record ? record.data : ''));
}

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error('expected the exchange to fail');
}

type Kind = 'https' | 'tls';
async function serve(kind: Kind, how: { faults?: Record<string, ChannelFault>; pair?: 'server' | 'otherName' | 'untrusted' } = {}) {
  const pair = certificates[how.pair ?? 'server'];
  const options = { tls: pair, upstream: upstream.server, ...(how.faults ? { faults: how.faults } : {}) };
  const server: EncryptedServer = kind === 'https' ? await startDohServer(options) : await startDotServer(options);
  started.push(server);
  return server;
}

function transportTo(kind: Kind, server: EncryptedServer, name?: string): DnsTransport {
  const trust = { ca: certificates.ca };
  const address = kind === 'https' ? `https://${name ?? '127.0.0.1'}:${server.port}/dns-query` : `tls://127.0.0.1:${server.port}${name ? `#${name}` : ''}`;
  return createTransport(address, trust);
}

describe.each(['https', 'tls'] as const)('DNS over %s', (kind) => {
  it('carries every query of a run on one connection, all at once, each answer with its own ID', async () => {
    const server = await serve(kind);
    const transport = transportTo(kind, server);
    try {
      // The same ID twice on purpose: a resolver's random IDs collide, answers must not.
      const ids = [7, 7, ...Array.from({ length: 38 }, (_, i) => 1000 + i)];
      const answers = await Promise.all(
        ids.map((id, i) => transport.exchange(query(i % 2 ? 'callback-2.vipps.no' : 'callback-1.vipps.no', id), { timeoutMs: 2000 })),
      );
      expect(answers.map((a) => Buffer.from(a).readUInt16BE(0))).toEqual(ids);
      expect(answers.map(addressesOf)).toEqual(ids.map((_, i) => [i % 2 ? '104.45.28.230' : '104.45.17.199']));
      expect(server.connections).toBe(1);
      expect(server.maxInFlight).toBeGreaterThan(30);
    } finally {
      transport.close();
    }
  });

  it('refuses a certificate from an authority it does not trust', async () => {
    const server = await serve(kind, { pair: 'untrusted' });
    const transport = transportTo(kind, server);
    expect(await failureOf(transport.exchange(query('callback-1.vipps.no', 1), { timeoutMs: 2000 }))).toEqual({
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      message: 'TLS certificate not trusted (DEPTH_ZERO_SELF_SIGNED_CERT)',
    });
    expect(server.queries).toBe(0);
    transport.close();
  });

  it('refuses a trusted certificate issued for another name', async () => {
    const server = await serve(kind, { pair: 'otherName' });
    const transport = transportTo(kind, server);
    const failure = await failureOf(transport.exchange(query('callback-1.vipps.no', 1), { timeoutMs: 2000 }));
    expect(failure.code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(failure.message).toMatch(/^TLS certificate is not for this server: .*127\.0\.0\.1 is not in the cert's list/);
    expect(server.queries).toBe(0);
    transport.close();
  });

  it('times out on a server that never answers, and answers the next query', async () => {
    const server = await serve(kind, { faults: { 'callback-2.vipps.no': 'silent' } });
    const transport = transportTo(kind, server);
    const started = Date.now();
    expect(await failureOf(transport.exchange(query('callback-2.vipps.no', 1), { timeoutMs: 200 }))).toEqual({
      code: 'ETIMEOUT',
      message: 'no answer within 200 ms',
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(addressesOf(await transport.exchange(query('callback-1.vipps.no', 2), { timeoutMs: 2000 }))).toEqual(['104.45.17.199']);
    transport.close();
  });

  it('fails a query whose connection closes in the middle of the answer, then connects again', async () => {
    const server = await serve(kind, { faults: { 'callback-2.vipps.no': 'close-mid-answer' } });
    const transport = transportTo(kind, server);
    const failure = await failureOf(transport.exchange(query('callback-2.vipps.no', 1), { timeoutMs: 2000 }));
    expect(failure.code).toMatch(/^(ECONNRESET|ESTREAMCLOSED)$/);
    expect(addressesOf(await transport.exchange(query('callback-1.vipps.no', 2), { timeoutMs: 2000 }))).toEqual(['104.45.17.199']);
    expect(server.connections).toBe(2);
    transport.close();
  });

  it('gives up a query when its signal aborts, and every waiting query when closed', async () => {
    const server = await serve(kind, { faults: { '*': 'silent' } });
    const transport = transportTo(kind, server);
    const controller = new AbortController();
    const aborted = failureOf(transport.exchange(query('callback-1.vipps.no', 1), { timeoutMs: 5000, signal: controller.signal }));
    const closed = failureOf(transport.exchange(query('callback-1.vipps.no', 2), { timeoutMs: 5000 }));
    setTimeout(() => controller.abort(), 50);
    expect((await aborted).code).toBe('ECANCELLED');
    transport.close();
    expect((await closed).code).toBe('ECANCELLED');
    expect((await failureOf(transport.exchange(query('callback-1.vipps.no', 3), { timeoutMs: 5000 }))).code).toBe('ECANCELLED');
  });

  it('fails at once when nothing listens', async () => {
    const server = await serve(kind);
    await server.close();
    const transport = transportTo(kind, server);
    expect(await failureOf(transport.exchange(query('callback-1.vipps.no', 1), { timeoutMs: 2000 }))).toEqual({
      code: 'ECONNREFUSED',
      message: 'connection refused (ECONNREFUSED)',
    });
  });
});

describe('DNS over HTTPS: the connection', () => {
  it("keeps to the server's limit of streams at once, queuing the rest on the same connection", async () => {
    const server = await startDohServer({ tls: certificates.server, upstream: upstream.server, maxConcurrentStreams: 4, latencyMs: 20 });
    started.push(server);
    const transport = transportTo('https', server);
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => transport.exchange(query('callback-1.vipps.no', i), { timeoutMs: 3000 })));
    expect(answers.map(addressesOf)).toEqual(answers.map(() => ['104.45.17.199']));
    expect(server.connections).toBe(1);
    expect(server.maxInFlight).toBeLessThanOrEqual(4);
    transport.close();
  });
});

describe('DNS over HTTPS: what only HTTP can do wrong', () => {
  it.each([
    ['status-404', 'EHTTPSTATUS', 'HTTP status 404, not 200'],
    ['status-503', 'EHTTPSTATUS', 'HTTP status 503, not 200'],
    ['content-type', 'ECONTENTTYPE', 'HTTP answer of type "text/html", not application/dns-message'],
    ['reset-stream', 'ESTREAMRESET', 'the server reset the HTTP/2 stream (NGHTTP2_INTERNAL_ERROR)'],
    ['goaway', 'EGOAWAY', 'the server ended the HTTP/2 connection (GOAWAY, error 2)'],
  ] as const)('%s is a named failure', async (fault, code, message) => {
    const server = await serve('https', { faults: { 'callback-2.vipps.no': fault } });
    const transport = transportTo('https', server);
    expect(await failureOf(transport.exchange(query('callback-2.vipps.no', 1), { timeoutMs: 2000 }))).toEqual({ code, message });
    expect(addressesOf(await transport.exchange(query('callback-1.vipps.no', 2), { timeoutMs: 2000 }))).toEqual(['104.45.17.199']);
    transport.close();
  });
});

describe('DNS over TLS: the certificate name', () => {
  it('is checked against the name after # when the server is given by address', async () => {
    const server = await serve('tls');
    const right = transportTo('tls', server, 'dns.test');
    expect(right.server).toBe(`tls://127.0.0.1:${server.port}#dns.test`);
    expect(addressesOf(await right.exchange(query('callback-1.vipps.no', 1), { timeoutMs: 2000 }))).toEqual(['104.45.17.199']);
    right.close();
    const wrong = transportTo('tls', server, 'wrong.test');
    expect((await failureOf(wrong.exchange(query('callback-1.vipps.no', 1), { timeoutMs: 2000 }))).code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    wrong.close();
  });

  it('fails the queries a closed connection carried, and opens a new one for the next', async () => {
    const server = await serve('tls', { faults: { 'callback-2.vipps.no': 'close-connection' } });
    const transport = transportTo('tls', server);
    expect((await failureOf(transport.exchange(query('callback-2.vipps.no', 1), { timeoutMs: 2000 }))).code).toBe('ECONNRESET');
    expect(addressesOf(await transport.exchange(query('callback-1.vipps.no', 2), { timeoutMs: 2000 }))).toEqual(['104.45.17.199']);
    expect(server.connections).toBe(2);
    transport.close();
  });
});
