import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const DNSDIST = '/usr/bin/dnsdist';
/** What the dnsdist tests run: dnsdist, and openssl for their certificates. */
export const DNSDIST_TOOLS = [
  { binary: DNSDIST, debian: 'dnsdist' },
  { binary: '/usr/bin/openssl', debian: 'openssl' },
];

export interface Dnsdist {
  /** `https://127.0.0.1:PORT/dns-query` */
  dohUrl: string;
  dohPort: number;
  dotPort: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * dnsdist from Debian serving DNS over HTTPS and over TLS on loopback ports, in front of a plain
 * DNS server (Knot in the tests), with the given certificate. It never asks anything of the
 * internet: security polling is off and the backend is declared up instead of health-checked.
 */
export async function startDnsdist(backend: string, tls: { certFile: string; keyFile: string }): Promise<Dnsdist> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-dnsdist-'));
  const [plainPort, dohPort, dotPort] = [await freePort(), await freePort(), await freePort()];
  const config = path.join(dir, 'dnsdist.conf');
  await writeFile(
    config,
    [
      `setLocal('127.0.0.1:${plainPort}')`,
      "setSecurityPollSuffix('')",
      `newServer({address='${backend}'})`,
      'getServer(0):setUp()',
      // Without maxInFlight, dnsdist 1.7 answers the first queries pipelined on a TLS connection
      // and leaves the rest unread until more bytes arrive (RFC 7858 asks servers to take them all).
      `addTLSLocal('127.0.0.1:${dotPort}', '${tls.certFile}', '${tls.keyFile}', { maxInFlight = 128 })`,
      `addDOHLocal('127.0.0.1:${dohPort}', '${tls.certFile}', '${tls.keyFile}', '/dns-query')`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(DNSDIST, ['--supervised', '--disable-syslog', '-C', config], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (let i = 0; ; i++) {
    if ((await accepting(dohPort)) && (await accepting(dotPort))) break;
    if (i === 100 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`dnsdist did not start listening on 127.0.0.1:${dohPort} and :${dotPort}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    dohUrl: `https://127.0.0.1:${dohPort}/dns-query`,
    dohPort,
    dotPort,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
