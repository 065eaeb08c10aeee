import { onAbort } from './abort-listeners.js';
import { cancelled, timedOut } from './connection-failure.js';
import type { ExchangeOptions, TransportError } from './transport.js';

/** One query waiting for its answer: settled once, by the answer, a failure, the timeout or an abort. */
export interface PendingExchange {
  readonly answer: Promise<Uint8Array>;
  readonly settled: boolean;
  resolve(answer: Uint8Array): void;
  reject(error: TransportError): void;
}

/**
 * Starts waiting for one answer. `release` runs exactly once, when the exchange settles in any way,
 * so a transport frees what the query held (its stream, its ID on the connection) in one place.
 * `closing` is the transport's own signal: closing the transport cancels the exchange like an abort.
 */
export function pendingExchange(options: ExchangeOptions, release: () => void, closing?: AbortSignal): PendingExchange {
  let settle: { resolve(answer: Uint8Array): void; reject(error: TransportError): void } | undefined;
  const answer = new Promise<Uint8Array>((resolve, reject) => {
    settle = { resolve, reject };
  });
  let settled = false;
  let listening: Array<() => void> = [];
  const stopListening = (): void => {
    for (const stop of listening) stop();
    listening = [];
  };
  const finish = (how: () => void): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    stopListening();
    release();
    how();
  };
  const pending: PendingExchange = {
    answer,
    get settled() {
      return settled;
    },
    resolve: (bytes) => finish(() => settle?.resolve(bytes)),
    reject: (error) => finish(() => settle?.reject(error)),
  };
  const abort = (): void => pending.reject(cancelled());
  const timer = setTimeout(() => pending.reject(timedOut(options.timeoutMs)), options.timeoutMs);
  for (const signal of [options.signal, closing]) if (signal) listening.push(onAbort(signal, abort));
  // A signal that had aborted already rejected it at once, before the other's listener was kept.
  if (settled) stopListening();
  return pending;
}
