import { describe, expect, it } from 'vitest';
import { diffLocks } from '../src/diff.js';
import type { Lookup, LookupOutcome, RecordType } from '../src/dns/types.js';
import { type HostGroup, mergeLock } from '../src/lock/merge.js';
import type { Lock } from '../src/lock/types.js';
import { hostStatus, observeHosts } from '../src/observation.js';

const DAY = 86_400_000;
const NOW = new Date('2026-11-24T12:00:00Z');
const GROUPS: HostGroup[] = [{ name: 'production', hosts: ['callback-1.vipps.no', 'callback-2.vipps.no'] }];
const TYPES: RecordType[] = ['A', 'AAAA'];

type Answers = Record<string, Partial<Record<RecordType, LookupOutcome>>>;
const ok = (...addresses: string[]): LookupOutcome => ({ kind: 'addresses', addresses });
const none: LookupOutcome = { kind: 'no-records' };
const nx: LookupOutcome = { kind: 'no-such-host' };
const fail: LookupOutcome = { kind: 'failed', code: 'ESERVFAIL', reason: 'server failure (SERVFAIL)' };

/** Lookups as several servers answered them. */
function lookups(...servers: Answers[]): Lookup[] {
  return servers.flatMap((answers, i) =>
    Object.entries(answers).flatMap(([host, byType]) => TYPES.map((type) => ({ server: `s${i}`, host, type, outcome: byType[type] ?? none }))),
  );
}

function merge(previous: Lock | undefined, answers: Lookup[], options: { graceMs?: number; now?: Date } = {}) {
  return mergeLock({
    previous,
    groups: GROUPS,
    observations: observeHosts(answers, TYPES),
    types: TYPES,
    now: options.now ?? NOW,
    removalGraceMs: options.graceMs ?? 0,
  });
}

function lock(hosts: Record<string, string[]>, departing?: Record<string, string>): Lock {
  const environment = { addresses: [...new Set(Object.values(hosts).flat())].sort(), hosts, ...(departing ? { departing } : {}) };
  return { version: 1, environments: { production: environment } };
}

const BASE = lock({ 'callback-1.vipps.no': ['104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.230'] });

describe('mergeLock', () => {
  it('locks what DNS gives when there is no lock yet', () => {
    const next = merge(
      undefined,
      lookups({ 'callback-1.vipps.no': { A: ok('104.45.17.199'), AAAA: ok('2603:1020::1') }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } }),
    );
    expect(next.environments.production?.hosts).toEqual({ 'callback-1.vipps.no': ['104.45.17.199', '2603:1020::1'], 'callback-2.vipps.no': ['104.45.28.230'] });
  });

  it('adds an address as soon as any server returns it', () => {
    const next = merge(
      BASE,
      lookups(
        { 'callback-1.vipps.no': { A: ok('104.45.17.199') }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } },
        { 'callback-1.vipps.no': { A: ok('104.45.17.199', '104.45.17.200') }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } },
      ),
    );
    expect(next.environments.production?.addresses).toEqual(['104.45.17.199', '104.45.17.200', '104.45.28.230']);
  });

  it('keeps the locked addresses of a host that no server could resolve', () => {
    const answers = lookups({ 'callback-1.vipps.no': { A: fail, AAAA: fail }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } });
    expect(merge(BASE, answers)).toEqual(BASE);
    expect(hostStatus(observeHosts(answers, TYPES).get('callback-1.vipps.no')!, TYPES)).toBe('failed');
  });

  it('keeps the locked addresses of a record type that failed while the other type answered', () => {
    const previous = lock({ 'callback-1.vipps.no': ['104.45.17.199', '2603:1020::1'], 'callback-2.vipps.no': ['104.45.28.230'] });
    const next = merge(previous, lookups({ 'callback-1.vipps.no': { A: ok('104.45.17.199'), AAAA: fail }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } }));
    expect(next).toEqual(previous);
  });

  it('removes an address only when every server answered and agrees it is gone', () => {
    const oneStillHasIt = lookups(
      { 'callback-1.vipps.no': { A: ok('104.45.17.199') }, 'callback-2.vipps.no': { A: ok('104.45.28.231') } },
      { 'callback-1.vipps.no': { A: ok('104.45.17.199') }, 'callback-2.vipps.no': { A: ok('104.45.28.230', '104.45.28.231') } },
    );
    expect(merge(BASE, oneStillHasIt).environments.production?.hosts['callback-2.vipps.no']).toEqual(['104.45.28.230', '104.45.28.231']);

    // A server that failed may be the honest one (a forged path answers, the other is blocked):
    // what the answering server leaves out is kept, what it adds is added (add-when any).
    const failedServerBlocksRemoval = lookups(
      { 'callback-1.vipps.no': { A: ok('104.45.17.199') }, 'callback-2.vipps.no': { A: ok('104.45.28.231') } },
      { 'callback-1.vipps.no': { A: fail, AAAA: fail }, 'callback-2.vipps.no': { A: fail, AAAA: fail } },
    );
    const next = merge(BASE, failedServerBlocksRemoval).environments.production;
    expect(next?.hosts['callback-2.vipps.no']).toEqual(['104.45.28.230', '104.45.28.231']);
    expect(next?.departing).toBeUndefined();
  });

  it('treats an answer holding a private address as a failed lookup: nothing added, nothing removed', () => {
    const answers = lookups({ 'callback-1.vipps.no': { A: ok('10.0.0.5') }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } });
    expect(merge(BASE, answers)).toEqual(BASE);
    const observation = observeHosts(answers, TYPES).get('callback-1.vipps.no')!;
    expect(observation.rejected).toEqual([{ address: '10.0.0.5', reason: 'private address, not public' }]);
  });

  it('refuses an absurdly large answer whole', () => {
    const huge = Array.from({ length: 200 }, (_, i) => `104.46.${Math.floor(i / 250)}.${(i % 250) + 1}`);
    const answers = lookups({ 'callback-1.vipps.no': { A: ok(...huge) }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } });
    expect(merge(BASE, answers)).toEqual(BASE);
    expect(observeHosts(answers, TYPES).get('callback-1.vipps.no')?.failures[0]?.reason).toMatch(/200 records, over the limit/);
  });

  it("carries the user's $schema key into the next lock", () => {
    const next = merge(
      { ...BASE, $schema: './schema/ips.lock.schema.json' },
      lookups({ 'callback-1.vipps.no': { A: ok('104.45.17.200') }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } }),
    );
    expect(next.$schema).toBe('./schema/ips.lock.schema.json');
  });

  it('does not lock a new host whose lookup failed', () => {
    const next = merge(undefined, lookups({ 'callback-1.vipps.no': { A: fail, AAAA: fail }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } }));
    expect(Object.keys(next.environments.production?.hosts ?? {})).toEqual(['callback-2.vipps.no']);
  });

  it('retires a host that no longer exists, keeping it listed with no addresses', () => {
    const answers = lookups({ 'callback-1.vipps.no': { A: nx, AAAA: nx }, 'callback-2.vipps.no': { A: ok('104.45.28.230') } });
    const next = merge(BASE, answers);
    expect(next.environments.production?.hosts['callback-1.vipps.no']).toEqual([]);
    expect(hostStatus(observeHosts(answers, TYPES).get('callback-1.vipps.no')!, TYPES)).toBe('no-such-host');
  });

  it('does not give a grace to an address that moved to another host of the environment', () => {
    const swapped = lookups({ 'callback-1.vipps.no': { A: ok('104.45.17.199', '104.45.28.230') }, 'callback-2.vipps.no': { A: ok('104.45.17.199') } });
    const next = merge(BASE, swapped, { graceMs: 7 * DAY });
    expect(next.environments.production).toEqual({
      addresses: ['104.45.17.199', '104.45.28.230'],
      hosts: { 'callback-1.vipps.no': ['104.45.17.199', '104.45.28.230'], 'callback-2.vipps.no': ['104.45.17.199'] },
    });
    expect(diffLocks(BASE, next, 7 * DAY)).toMatchObject({ added: [], removed: [], drift: true });
  });
});

describe('removal grace', () => {
  const moved = lookups({ 'callback-1.vipps.no': { A: ok('104.45.17.199') }, 'callback-2.vipps.no': { A: ok('104.45.28.231') } });
  const back = lookups({ 'callback-1.vipps.no': { A: ok('104.45.17.199') }, 'callback-2.vipps.no': { A: ok('104.45.28.230', '104.45.28.231') } });
  const grace = 7 * DAY;

  it('keeps an address that left DNS allowed, marked departing since it was first missed', () => {
    const next = merge(BASE, moved, { graceMs: grace });
    expect(next.environments.production).toEqual({
      addresses: ['104.45.17.199', '104.45.28.230', '104.45.28.231'],
      departing: { '104.45.28.230': '2026-11-24T12:00:00Z' },
      hosts: { 'callback-1.vipps.no': ['104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.230', '104.45.28.231'] },
    });
    const diff = diffLocks(BASE, next, grace);
    expect(diff).toMatchObject({ added: ['104.45.28.231'], removed: [], drift: true });
    expect(diff.environments[0]?.departing).toEqual([{ address: '104.45.28.230', since: '2026-11-24T12:00:00Z', until: '2026-12-01T12:00:00Z' }]);
  });

  it('changes nothing on later runs inside the grace, and removes the address once it has passed', () => {
    const first = merge(BASE, moved, { graceMs: grace });
    const day6 = merge(first, moved, { graceMs: grace, now: new Date(NOW.getTime() + 6 * DAY) });
    expect(day6).toEqual(first);
    const day7 = merge(first, moved, { graceMs: grace, now: new Date(NOW.getTime() + 7 * DAY) });
    expect(day7.environments.production).toEqual({
      addresses: ['104.45.17.199', '104.45.28.231'],
      hosts: { 'callback-1.vipps.no': ['104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.231'] },
    });
    expect(diffLocks(first, day7, grace)).toMatchObject({ added: [], removed: ['104.45.28.230'], drift: true });
  });

  it('lets a flapping address change nothing until its mark runs out', () => {
    const first = merge(BASE, moved, { graceMs: grace });
    for (const day of [1, 2, 3, 4, 5, 6]) {
      const answers = day % 2 === 0 ? back : moved;
      expect(merge(first, answers, { graceMs: grace, now: new Date(NOW.getTime() + day * DAY) })).toEqual(first);
    }
    const backAfterGrace = merge(first, back, { graceMs: grace, now: new Date(NOW.getTime() + 8 * DAY) });
    expect(backAfterGrace.environments.production?.departing).toBeUndefined();
    expect(backAfterGrace.environments.production?.addresses).toContain('104.45.28.230');
  });

  it('leaves a departure mark as it was while the lookup fails, even past the grace', () => {
    const first = merge(BASE, moved, { graceMs: grace });
    const failing = lookups({ 'callback-1.vipps.no': { A: ok('104.45.17.199') }, 'callback-2.vipps.no': { A: fail, AAAA: fail } });
    expect(merge(first, failing, { graceMs: grace, now: new Date(NOW.getTime() + 30 * DAY) })).toEqual(first);
  });

  it('is a departure-only change that is not drift', () => {
    const shrink = lookups({ 'callback-1.vipps.no': { A: ok('104.45.17.199') }, 'callback-2.vipps.no': { A: none, AAAA: none } });
    const next = merge(BASE, shrink, { graceMs: grace });
    expect(diffLocks(BASE, next, grace)).toMatchObject({ added: [], removed: [], drift: false });
  });
});
