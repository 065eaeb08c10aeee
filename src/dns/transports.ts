import type { TlsTrust } from './connection-failure.js';
import { createHttpsTransport } from './https-transport.js';
import { createPlainTransport } from './plain-transport.js';
import { serverSpec } from './server-spec.js';
import { createTlsTransport } from './tls-transport.js';
import type { DnsTransport } from './transport.js';

/**
 * The transport a server's form calls for: `https://` is DNS over HTTPS, `tls://` DNS over TLS,
 * and `ip`, `ip:port` or `[ipv6]:port` plain DNS. Every one carries bytes only: the resolver above
 * reads each answer by the same rules, whatever brought it.
 */
export function createTransport(server: string, trust: TlsTrust = {}): DnsTransport {
  const spec = serverSpec(server);
  if (spec.kind === 'https') return createHttpsTransport(spec.url, trust);
  if (spec.kind === 'tls') return createTlsTransport(spec, trust);
  return createPlainTransport(server);
}
