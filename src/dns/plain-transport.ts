import { parseServerAddress } from './server-address.js';
import { tcpExchange } from './tcp-exchange.js';
import type { DnsTransport, ExchangeOptions } from './transport.js';
import { udpExchange } from './udp-exchange.js';

// The TC bit: the answer did not fit in the datagram.
const TRUNCATED = 0x02;

/**
 * Plain DNS on port 53 or another: each query over UDP, and again over TCP to the same server when
 * the answer comes back truncated (RFC 7766), never read from the truncated datagram.
 */
export function createPlainTransport(server: string): DnsTransport {
  const address = parseServerAddress(server);
  const closing = new AbortController();
  return {
    server,
    async exchange(query: Uint8Array, options: ExchangeOptions): Promise<Uint8Array> {
      const answer = await udpExchange(address, query, options, closing.signal);
      if (((answer[2] ?? 0) & TRUNCATED) === 0) return answer;
      return tcpExchange(address, query, options, closing.signal);
    },
    close() {
      closing.abort();
    },
  };
}
