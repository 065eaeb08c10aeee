import { parseAddress } from '../addresses.js';

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
  // A zone (`fe80::1%eth0`) is kept for the socket; the address before it must parse.
  const parsed = parseAddress(host.split('%')[0] ?? '');
  const number = port === undefined ? DNS_PORT : Number(port);
  if (!parsed || (parsed.kind() === 'ipv4' && bracketed) || !(number >= 1 && number <= 65535)) {
    throw new Error(`"${server}" is not a DNS server address (ip, ip:port or [ipv6]:port)`);
  }
  return { host, port: number, family: parsed.kind() === 'ipv6' ? 6 : 4 };
}
