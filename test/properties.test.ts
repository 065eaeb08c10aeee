import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAddress, sortAddresses } from '../src/addresses.js';
import { diffLocks } from '../src/diff.js';
import type { Lookup } from '../src/dns/types.js';
import { LockFileError } from '../src/errors.js';
import { mergeLock } from '../src/lock/merge.js';
import { parseLock } from '../src/lock/parse.js';
import { serializeLock } from '../src/lock/serialize.js';
import type { Lock } from '../src/lock/types.js';
import { observeHosts } from '../src/observation.js';

const publicAddress = fc
  .oneof(fc.ipV4(), fc.ipV6())
  .map((text) => checkAddress(text))
  .filter((check) => check.ok)
  .map((check) => (check as { address: string }).address);
const hostName = fc
  .tuple(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/), fc.constantFrom('vipps.no', 'example.com'))
  .map(([label, zone]) => `${label}.${zone}`);
const environmentName = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,12}$/);
const isoTime = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2026-11-01'), noInvalidDate: true })
  .map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

const lockArbitrary: fc.Arbitrary<Lock> = fc
  .dictionary(environmentName, fc.dictionary(hostName, fc.uniqueArray(publicAddress, { maxLength: 4 }), { maxKeys: 4 }), { maxKeys: 4 })
  .chain((environments) =>
    fc.constant(null).map(() => {
      const result: Lock = { version: 1, environments: {} };
      for (const [name, hosts] of Object.entries(environments)) {
        const addresses = sortAddresses(Object.values(hosts).flat());
        result.environments[name] = { addresses, hosts };
      }
      return result;
    }),
  )
  .chain((lock) =>
    fc.record({ departures: fc.array(fc.tuple(fc.nat(), isoTime), { maxLength: 3 }) }).map(({ departures }) => {
      // Mark some locked addresses departing, as a removal grace would.
      for (const environment of Object.values(lock.environments)) {
        for (const [index, since] of departures) {
          const address = environment.addresses[index % Math.max(1, environment.addresses.length)];
          if (address) environment.departing = { ...environment.departing, [address]: since };
        }
      }
      return lock;
    }),
  );

const shuffled = <T>(items: T[], seed: number): T[] =>
  [...items].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 17 + seed) % 5));

describe('lock file properties', () => {
  it('round-trips byte for byte: parse(serialize(lock)) serializes to the same text', () => {
    fc.assert(
      fc.property(lockArbitrary, (lock) => {
        const text = serializeLock(lock);
        expect(serializeLock(parseLock(text, 'ips.lock.json'))).toBe(text);
      }),
    );
  });

  it('writes the same bytes whatever order the data came in', () => {
    fc.assert(
      fc.property(lockArbitrary, fc.integer(), (lock, seed) => {
        const reordered: Lock = {
          version: 1,
          environments: Object.fromEntries(
            shuffled(Object.entries(lock.environments), seed).map(([name, e]) => [
              name,
              {
                ...e,
                addresses: shuffled(e.addresses, seed),
                hosts: Object.fromEntries(shuffled(Object.entries(e.hosts), seed).map(([h, a]) => [h, shuffled(a, seed + 1)])),
              },
            ]),
          ),
        };
        expect(serializeLock(reordered)).toBe(serializeLock(lock));
      }),
    );
  });

  it('rejects anything that is not a lock with a LockFileError, never another exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          lockArbitrary.map((l) => JSON.stringify(l).replace(/"\d+\.\d+/, '"x')),
        ),
        (text) => {
          try {
            parseLock(text, 'ips.lock.json');
          } catch (error) {
            expect(error).toBeInstanceOf(LockFileError);
          }
        },
      ),
    );
  });
});

describe('diff properties', () => {
  it('finds no change between a lock and itself', () => {
    fc.assert(
      fc.property(lockArbitrary, (lock) => {
        expect(diffLocks(lock, lock, 0)).toEqual({ environments: [], added: [], removed: [], drift: false });
      }),
    );
  });

  it('adds exactly what the new lock has and the old lacks, and removes the converse', () => {
    fc.assert(
      fc.property(lockArbitrary, lockArbitrary, (before, after) => {
        const diff = diffLocks(before, after, 0);
        for (const change of diff.environments) {
          const was = new Set(before.environments[change.environment]?.addresses ?? []);
          const is = new Set(after.environments[change.environment]?.addresses ?? []);
          expect(change.added).toEqual(sortAddresses([...is].filter((a) => !was.has(a))));
          expect(change.removed).toEqual(sortAddresses([...was].filter((a) => !is.has(a))));
        }
        const swapped = diffLocks(after, before, 0);
        expect(swapped.added).toEqual(sortAddresses(diff.environments.flatMap((e) => e.removed)));
      }),
    );
  });
});

describe('merge properties', () => {
  it('never changes the lock when every lookup failed', () => {
    fc.assert(
      fc.property(lockArbitrary, isoTime, (lock, now) => {
        const groups = Object.entries(lock.environments).map(([name, e]) => ({ name, hosts: Object.keys(e.hosts) }));
        const lookups: Lookup[] = groups.flatMap((g) =>
          g.hosts.flatMap((host) =>
            (['A', 'AAAA'] as const).map((type) => ({ server: 's', host, type, outcome: { kind: 'failed' as const, code: 'ETIMEOUT', reason: 'timeout' } })),
          ),
        );
        const next = mergeLock({
          previous: lock,
          groups,
          observations: observeHosts(lookups, ['A', 'AAAA']),
          types: ['A', 'AAAA'],
          now: new Date(now),
          removalGraceMs: 0,
        });
        expect(serializeLock(next)).toBe(serializeLock(lock));
      }),
    );
  });

  it('never removes an address that any server still returns, and never locks one no server returned', () => {
    fc.assert(
      fc.property(lockArbitrary, fc.array(publicAddress, { maxLength: 3 }), (lock, extra) => {
        // Real DNS answers per host: a host listed in two environments has one answer for both.
        const hosts = Object.values(lock.environments).flatMap((e) => Object.keys(e.hosts));
        fc.pre(new Set(hosts).size === hosts.length);
        const groups = Object.entries(lock.environments).map(([name, e]) => ({ name, hosts: Object.keys(e.hosts) }));
        // Server one answers with the locked addresses, server two with new ones: both are kept.
        const lookups: Lookup[] = groups.flatMap((g) =>
          g.hosts.flatMap((host) => {
            const locked = lock.environments[g.name]?.hosts[host] ?? [];
            return (['A', 'AAAA'] as const).flatMap((type) => {
              const family = (a: string) => a.includes(':') === (type === 'AAAA');
              const answer = (addresses: string[]) => (addresses.length ? { kind: 'addresses' as const, addresses } : { kind: 'no-records' as const });
              return [
                { server: 'one', host, type, outcome: answer(locked.filter(family)) },
                { server: 'two', host, type, outcome: answer(extra.filter(family)) },
              ];
            });
          }),
        );
        const next = mergeLock({
          previous: lock,
          groups,
          observations: observeHosts(lookups, ['A', 'AAAA']),
          types: ['A', 'AAAA'],
          now: new Date('2026-11-24T00:00:00Z'),
          removalGraceMs: 0,
        });
        for (const [name, environment] of Object.entries(lock.environments)) {
          for (const [host, addresses] of Object.entries(environment.hosts)) {
            const got = new Set(next.environments[name]?.hosts[host] ?? []);
            for (const address of addresses) expect(got.has(address)).toBe(true);
            for (const address of got) expect(addresses.includes(address) || extra.includes(address)).toBe(true);
          }
        }
      }),
    );
  });
});
