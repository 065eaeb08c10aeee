import { createPlainTransport } from './plain-transport.js';
import type { DnsTransport } from './transport.js';

/** The transport a server's form calls for: `ip`, `ip:port` or `[ipv6]:port` is plain DNS. */
export function createTransport(server: string): DnsTransport {
  return createPlainTransport(server);
}
