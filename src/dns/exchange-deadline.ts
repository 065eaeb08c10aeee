import { connectionReason } from './connection-failure.js';
import { type ExchangeOptions, TransportError } from './transport.js';

export interface Settle {
  resolve(answer: Uint8Array): void;
  reject(error: TransportError): void;
}

/**
 * Runs one exchange until it settles once: by its answer, its failure, the timeout or the abort
 * signal (or `closing`, the transport's own). `start` opens what the exchange needs (a socket, a connection) and returns how to
 * release it; that runs exactly once, however the exchange ends, so nothing outlives it.
 */
export function withDeadline(options: ExchangeOptions, start: (settle: Settle) => () => void, closing?: AbortSignal): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    let release: (() => void) | undefined;
    let settled = false;
    const finish = (how: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      closing?.removeEventListener('abort', onAbort);
      release?.();
      how();
    };
    const settle: Settle = {
      resolve: (answer) => finish(() => resolve(answer)),
      reject: (error) => finish(() => reject(error)),
    };
    const onAbort = (): void => settle.reject(new TransportError('ECANCELLED', 'query cancelled'));
    const timer = setTimeout(() => settle.reject(new TransportError('ETIMEOUT', `no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    if (options.signal?.aborted || closing?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    closing?.addEventListener('abort', onAbort, { once: true });
    let opened: () => void;
    try {
      opened = start(settle);
    } catch (error) {
      return settle.reject(networkFailure(error, 'could not send the query'));
    }
    // start may have settled synchronously (a socket that failed at once).
    if (settled) opened();
    else release = opened;
  });
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
