import { execFile } from 'node:child_process';
import dgram from 'node:dgram';
import { promisify } from 'node:util';
import dnsPacket from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { udpExchange } from '../src/dns/udp-exchange.js';
import { DIST_CLI } from './support/action.js';

// A UDP exchange that cannot reach its server fails with the socket's own error, in words, never
// with an error about the arguments of the send call.

const query = Uint8Array.from(dnsPacket.encode({ type: 'query', id: 4660, questions: [{ type: 'A', name: 'callback-1.vipps.no' }] }));

/** A loopback port where nothing listens: bound, then let go. */
async function closedPort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

describe('UDP exchange failures', () => {
  it('a port where nothing listens: connection refused (ECONNREFUSED)', async () => {
    const port = await closedPort();
    const exchange = udpExchange({ host: '127.0.0.1', port, family: 4 }, query, { timeoutMs: 2000 });
    await expect(exchange).rejects.toMatchObject({
      code: 'ECONNREFUSED',
      message: expect.stringMatching(/^UDP exchange failed: connection refused, \w+ ECONNREFUSED/),
    });
  });

  it('no route to the server: network unreachable (ENETUNREACH), not "Port should be > 0"', async () => {
    // In a fresh network namespace with no interface up, every address but none is unroutable:
    // the connect fails in the kernel and nothing leaves the machine.
    const run = await promisify(execFile)(
      'unshare',
      ['--net', '--map-root-user', process.execPath, DIST_CLI, 'resolve', '--environments', 'production', '--dns-server', '192.0.2.1', '--json'],
      { timeout: 20_000 },
    ).then(
      () => {
        throw new Error('expected exit 4');
      },
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(run.code).toBe(4);
    const report = JSON.parse(run.stdout);
    const reasons = report.hosts.flatMap((h: { failures: Array<{ reason: string }> }) => h.failures.map((f) => f.reason));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).toBe('UDP exchange failed: network unreachable, connect ENETUNREACH 192.0.2.1:53');
    expect(run.stderr).not.toContain('Port should be');
  });
});
