import { isIPv6 } from '../addresses.js';
import type { Observed } from '../dns/resolve-hosts.js';
import type { Lookup } from '../dns/types.js';
import type { Lock } from '../lock/types.js';
import { observeHosts } from '../observation.js';
import type { Settings } from '../settings.js';

/**
 * DNS as the lock says it was: every host answering with the addresses the lock holds for it
 * (departing ones left out), read by the same code as real answers. Only for rehearsing the
 * comparison while the answers are on their way (runLocal): V8 compiles code the first time it
 * runs, and reading the answers, the comparison, the report and the outputs are about 60 KB of it.
 * Run once on this during the round trip, when the CPU waits, they cost a few milliseconds less
 * after the last answer. What the rehearsal finds is thrown away.
 */
export function observedAsLocked(lock: Lock | undefined, settings: Settings): Observed {
  const hosts = [...new Set(settings.groups.flatMap((group) => group.hosts))];
  const lookups: Lookup[] = [];
  for (const host of hosts) {
    const addresses = new Set<string>();
    for (const environment of Object.values(lock?.environments ?? {})) {
      for (const address of Object.hasOwn(environment.hosts, host) ? (environment.hosts[host] ?? []) : []) {
        if (!environment.departing || !Object.hasOwn(environment.departing, address)) addresses.add(address);
      }
    }
    for (const type of settings.recordTypes) {
      const ofType = [...addresses].filter((address) => isIPv6(address) === (type === 'AAAA'));
      lookups.push({ server: 'the lock', host, type, outcome: ofType.length > 0 ? { kind: 'addresses', addresses: ofType } : { kind: 'no-records' } });
    }
  }
  return { hosts, observations: observeHosts(lookups, settings.recordTypes) };
}
