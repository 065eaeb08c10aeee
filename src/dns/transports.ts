import { cancelled, type TlsTrust } from './connection-failure.js';
import { createPlainTransport } from './plain-transport.js';
import { serverSpec } from './server-spec.js';
import type { DnsTransport, ExchangeOptions } from './transport.js';

/**
 * The transport a server's form calls for: `https://` is DNS over HTTPS, `tls://` DNS over TLS,
 * and `ip`, `ip:port` or `[ipv6]:port` plain DNS. Every one carries bytes only: the resolver above
 * reads each answer by the same rules, whatever brought it.
 */
export function createTransport(server: string, trust: TlsTrust = {}): DnsTransport {
  const spec = serverSpec(server);
  if (spec.kind === 'https') {
    return loadedOnFirstUse(server, async () => {
      const [{ createHttpsTransport }, http2] = await Promise.all([import('./https-transport.js'), import('node:http2')]);
      return createHttpsTransport(spec.url, trust, http2.connect);
    });
  }
  if (spec.kind === 'tls') {
    return loadedOnFirstUse(server, async () => {
      const [{ createTlsTransport }, tls] = await Promise.all([import('./tls-transport.js'), import('node:tls')]);
      return createTlsTransport(spec, trust, tls);
    });
  }
  return createPlainTransport(server);
}

/**
 * A transport whose code, and Node's TLS and HTTP/2 (about 12 ms to load), are loaded when a run
 * first sends through it: a run over plain DNS never pays for them (nor for node:crypto, see
 * tls-transport.ts), and the code that sends the first query stays small.
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
