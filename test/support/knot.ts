import { type ChildProcess, execFile, spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { promises as dns } from 'node:dns';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const KNOTD = '/usr/sbin/knotd';
export const KNOT_TOOLS = [
  { binary: KNOTD, debian: 'knot' },
  { binary: '/usr/sbin/knotc', debian: 'knot' },
];

export interface KnotServer {
  /** `127.0.0.1:PORT` */
  server: string;
  /** Replaces the zone's records and reloads it; resolves once the new serial is served. */
  reload(records: string): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/**
 * Knot DNS from Debian, authoritative for `origin` on a loopback port, from a real zone file, and
 * for any `otherZones` (origin -> records) beside it, which keep their first serial.
 */
export async function startKnot(origin: string, records: string, otherZones: Record<string, string> = {}): Promise<KnotServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-knot-'));
  const port = await freePort();
  const config = path.join(dir, 'knot.conf');
  let serial = 1;
  const zoneText = (body: string, zone = origin) =>
    `$ORIGIN ${zone}.\n$TTL 300\n@ IN SOA ns1.${zone}. hostmaster.${zone}. ${serial} 3600 600 86400 300\n@ IN NS ns1.${zone}.\nns1 IN A 104.45.1.1\n${body}\n`;
  await writeFile(path.join(dir, `${origin}.zone`), zoneText(records));
  for (const [zone, body] of Object.entries(otherZones)) await writeFile(path.join(dir, `${zone}.zone`), zoneText(body, zone));
  const zoneConfig = (zone: string) => [`  - domain: ${zone}`, `    storage: "${dir}"`, `    file: "${zone}.zone"`];
  await writeFile(
    config,
    [
      'server:',
      `    rundir: "${dir}"`,
      `    listen: 127.0.0.1@${port}`,
      'database:',
      `    storage: "${dir}/db"`,
      'control:',
      `    listen: "${dir}/knot.sock"`,
      'zone:',
      ...[origin, ...Object.keys(otherZones)].flatMap(zoneConfig),
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(KNOTD, ['-c', config], { stdio: 'ignore' });
  const server = `127.0.0.1:${port}`;
  const resolver = new dns.Resolver({ timeout: 100, tries: 1 });
  resolver.setServers([server]);
  const waitForSerial = async (wanted: number, zone = origin) => {
    for (let i = 0; i < 100; i++) {
      const soa = await resolver.resolveSoa(zone).catch(() => undefined);
      if (soa?.serial === wanted) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`knotd on ${server} did not serve serial ${wanted} of ${zone}`);
  };
  await waitForSerial(serial);
  for (const zone of Object.keys(otherZones)) await waitForSerial(1, zone);
  return {
    server,
    async reload(next: string) {
      serial++;
      await writeFile(path.join(dir, `${origin}.zone`), zoneText(next));
      await promisify(execFile)('knotc', ['-c', config, '-b', 'zone-reload', origin]);
      await waitForSerial(serial);
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
