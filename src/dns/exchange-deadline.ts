import { connectionReason } from './connection-failure.js';
import { type PendingExchange, pendingExchange } from './pending-exchange.js';
import { type ExchangeOptions, TransportError } from './transport.js';

export type Settle = Pick<PendingExchange, 'resolve' | 'reject'>;

/**
 * Runs one exchange until it settles once: by its answer, its failure, the timeout or the abort
 * signal (or `closing`, the transport's own). `start` opens what the exchange needs (a socket, a
 * connection) and returns how to release it; that runs exactly once, however the exchange ends, so
 * nothing outlives it. The settling itself is pendingExchange's, shared with the encrypted transports.
 */
export function withDeadline(options: ExchangeOptions, start: (settle: Settle) => () => void, closing?: AbortSignal): Promise<Uint8Array> {
  let release: (() => void) | undefined;
  const pending = pendingExchange(options, () => release?.(), closing);
  if (pending.settled) return pending.answer;
  try {
    const opened = start(pending);
    // start may have settled synchronously (a socket that failed at once).
    if (pending.settled) opened();
    else release = opened;
  } catch (error) {
    pending.reject(networkFailure(error, 'could not send the query'));
  }
  return pending.answer;
}

/** The 16-bit ID every DNS message starts with; undefined for fewer than 12 bytes (not a DNS header). */
export function messageId(message: Uint8Array): number | undefined {
  if (message.length < 12) return undefined;
  return ((message[0] ?? 0) << 8) | (message[1] ?? 0);
}

/** A socket or connection error as a TransportError, keeping Node's code so that it can be searched for. */
export function networkFailure(error: unknown, what: string): TransportError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'ENETWORK';
  const message = error instanceof Error ? error.message : String(error);
  const known = connectionReason(code);
  // Node's message ("connect ENETUNREACH 192.0.2.1:53") names the server; the words say why.
  return new TransportError(code, `${what}: ${known ? `${known}, ${message}` : message}`);
}
