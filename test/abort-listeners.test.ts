import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { onAbort } from '../src/dns/abort-listeners.js';

describe('listening for an abort', () => {
  it('calls every query still waiting once, and none that stopped listening', () => {
    const controller = new AbortController();
    const called: string[] = [];
    onAbort(controller.signal, () => called.push('a'));
    const stopB = onAbort(controller.signal, () => called.push('b'));
    const twice = () => called.push('c');
    onAbort(controller.signal, twice);
    onAbort(controller.signal, twice);
    stopB();
    controller.abort();
    controller.abort();
    expect(called).toEqual(['a', 'c', 'c']);
  });

  it('keeps one listener on the signal however many queries wait', () => {
    const controller = new AbortController();
    const stops = Array.from({ length: 128 }, () => onAbort(controller.signal, () => {}));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    for (const stop of stops) stop();
  });

  it('calls at once when the signal has aborted already', () => {
    const controller = new AbortController();
    controller.abort();
    let called = 0;
    onAbort(controller.signal, () => called++);
    expect(called).toBe(1);
  });
});

describe('a waiter that throws', () => {
  it('does not keep the others from being called, and its error is still thrown', () => {
    const controller = new AbortController();
    const called: string[] = [];
    onAbort(controller.signal, () => {
      throw new Error('release failed');
    });
    onAbort(controller.signal, () => called.push('b'));
    onAbort(controller.signal, () => called.push('c'));
    // The signal's one listener, called as abort() would call it: Node would report the error it
    // throws as uncaught, which would end the test run.
    const [listener] = getEventListeners(controller.signal, 'abort') as Array<() => void>;
    expect(() => listener?.()).toThrow('release failed');
    expect(called).toEqual(['b', 'c']);
  });
});
