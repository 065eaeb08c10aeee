/**
 * How DNS messages travel to one server. The resolver above it builds the query, picks its ID and
 * judges the answer (ID, question, rcode, records on the CNAME chain); a transport only carries
 * bytes: plain DNS (UDP, then TCP when the answer is truncated), DNS over TLS, DNS over HTTPS.
 */
export interface DnsTransport {
  /** How the server is named in messages, e.g. `127.0.0.1:5353` or `https://dns.example/dns-query`. */
  readonly server: string;
  /**
   * Sends one query in wire format and resolves with the raw answer whose ID is the query's.
   * Rejects with a TransportError when no such answer arrives within `timeoutMs`, when the channel
   * fails, or when `signal` aborts. It never judges the answer's content.
   */
  exchange(query: Uint8Array, options: ExchangeOptions): Promise<Uint8Array>;
  /** Releases sockets and connections; exchanges still waiting reject with code ECANCELLED. */
  close(): void;
}

export interface ExchangeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Why a transport could not bring back an answer, with a short code for logs and tests. */
export class TransportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}
