import { cancelled, type TlsTrust } from './connection-failure.js';
import { createHttpsTransport } from './https-transport.js';
import { createPlainTransport } from './plain-transport.js';
import { serverSpec } from './server-spec.js';
import { createTlsTransport } from './tls-transport.js';
import type { DnsTransport, ExchangeOptions } from './transport.js';

/**
 * The transport a server's form calls for: `https://` is DNS over HTTPS, `tls://` DNS over TLS,
 * and `ip`, `ip:port` or `[ipv6]:port` plain DNS. Every one carries bytes only: the resolver above
 * reads each answer by the same rules, whatever brought it.
 */
export function createTransport(server: string, trust: TlsTrust = {}): DnsTransport {
  const spec = serverSpec(server);
  if (spec.kind === 'https') return loadedOnFirstUse(server, async () => createHttpsTransport(spec.url, trust, (await import('node:http2')).connect));
  if (spec.kind === 'tls') return loadedOnFirstUse(server, async () => createTlsTransport(spec, trust, await import('node:tls')));
  return createPlainTransport(server);
}

/**
 * A transport whose Node TLS and HTTP/2 (about 12 ms to load) are loaded when a run first sends
 * through it: a run over plain DNS never pays for them (nor for node:crypto, see tls-transport.ts). They are Node's own modules, so the bundle
 * stays one file.
 */
function loadedOnFirstUse(server: string, load: () => Promise<DnsTransport>): DnsTransport {
  let loaded: Promise<DnsTransport> | undefined;
  let closed = false;
  return {
    server,
    async exchange(query: Uint8Array, options: ExchangeOptions): Promise<Uint8Array> {
      if (closed) throw cancelled();
      loaded ??= load();
      const transport = await loaded;
      if (closed) throw cancelled();
      return transport.exchange(query, options);
    },
    close() {
      closed = true;
      void loaded?.then((transport) => transport.close());
    },
  };
}
