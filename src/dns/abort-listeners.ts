/**
 * Runs `listener` once when `signal` aborts (at once when it has), and returns how to stop
 * listening. Every query of a run waits on the same two signals (its resolver's and its
 * transport's): rather than one EventTarget listener per query, which Node adds and removes at
 * about 10 µs each, on the path of every query and every answer, each signal gets one listener
 * that calls the queries still waiting.
 */
export function onAbort(signal: AbortSignal, listener: () => void): () => void {
  if (signal.aborted) {
    listener();
    return () => {};
  }
  let waiting = listeners.get(signal);
  if (!waiting) {
    const set = new Set<() => void>();
    waiting = set;
    listeners.set(signal, set);
    signal.addEventListener(
      'abort',
      () => {
        listeners.delete(signal);
        // Every waiter is called, even after one throws; the first error is then thrown, as an
        // EventTarget listener's is (Node reports it as uncaught).
        let failure: { error: unknown } | undefined;
        for (const waiter of [...set]) {
          try {
            waiter();
          } catch (error) {
            failure ??= { error };
          }
        }
        if (failure) throw failure.error;
      },
      { once: true },
    );
  }
  const registered = waiting;
  // A distinct entry per call: the same function registered twice is called twice, as it was asked.
  const entry = () => listener();
  registered.add(entry);
  return () => registered.delete(entry);
}

const listeners = new WeakMap<AbortSignal, Set<() => void>>();
