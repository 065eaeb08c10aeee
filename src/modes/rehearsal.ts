import { isIPv6 } from '../addresses.js';
import type { Observed } from '../dns/resolve-hosts.js';
import type { Lookup } from '../dns/types.js';
import type { Lock } from '../lock/types.js';
import { observeHosts } from '../observation.js';
import type { Settings } from '../settings.js';

/**
 * DNS as the lock says it was, the usual answer of an hourly run: every server answering for every
 * host with the addresses the lock holds for it (departing ones left out), as lookups in the order
 * a run asks them, read by the same code as real answers.
 *
 * check and report compare the lock with it while the real answers are on their way (runLocal).
 * When DNS then says exactly this, that outcome is the run's: the same inputs through the same code
 * give the same outcome. Otherwise it is dropped, having had V8 compile the comparison, the report
 * and the outputs (about 60 KB of code) while the CPU waited instead of after the last answer.
 */
export function observedAsLocked(lock: Lock | undefined, settings: Settings, servers: readonly string[]): Observed {
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
      for (const server of servers) {
        lookups.push({ server, host, type, outcome: ofType.length > 0 ? { kind: 'addresses', addresses: ofType } : { kind: 'no-records' } });
      }
    }
  }
  return { hosts, observations: observeHosts(lookups, settings.recordTypes) };
}

/** Whether two observations say exactly the same: every host, server, type, address and failure, in order. */
export function sameObservation(a: Observed, b: Observed): boolean {
  const text = (observed: Observed) => JSON.stringify([observed.hosts, [...observed.observations]]);
  return text(a) === text(b);
}
