import net from 'node:net';

/** Where a plain DNS server listens. */
export interface ServerAddress {
  host: string;
  port: number;
  family: 4 | 6;
}

const DNS_PORT = 53;

/**
 * `ip`, `ip:port` or `[ipv6]:port` (what `dns-servers` holds once read), and a bare IPv6 address,
 * possibly with a zone (what the runner's /etc/resolv.conf can hold).
 */
export function parseServerAddress(server: string): ServerAddress {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  const v4WithPort = /^([\d.]+):(\d+)$/.exec(server);
  const [host, port] = bracketed ? [bracketed[1] ?? '', bracketed[2]] : v4WithPort ? [v4WithPort[1] ?? '', v4WithPort[2]] : [server, undefined];
  const family = net.isIP(host);
  const number = port === undefined ? DNS_PORT : Number(port);
  if ((family !== 4 && family !== 6) || !(number >= 1 && number <= 65535)) {
    throw new Error(`"${server}" is not a DNS server address (ip, ip:port or [ipv6]:port)`);
  }
  return { host, port: number, family };
}
