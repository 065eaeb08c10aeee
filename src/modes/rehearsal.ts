import { isIPv6 } from '../addresses.js';
import { type Observed, resolveHosts } from '../dns/resolve-hosts.js';
import type { LookupOutcome, RecordType, ServerResolver } from '../dns/types.js';
import type { Lock } from '../lock/types.js';
import type { Settings } from '../settings.js';

/**
 * DNS as the lock says it was, the usual answer of an hourly run: every server answering for every
 * host with the addresses the lock holds for it (departing ones left out). It is asked and read as
 * a run asks and reads DNS (resolveHosts), with resolvers that answer from the lock, so it has the
 * real observation's shape and order by construction.
 *
 * check and report compare the lock with it while the real answers are on their way (runLocal).
 * When DNS then says exactly this, that outcome is the run's: the same inputs through the same code
 * give the same outcome. Otherwise it is dropped, having had V8 compile the comparison, the report
 * and the outputs (about 60 KB of code) while the CPU waited instead of after the last answer.
 */
export function observedAsLocked(lock: Lock | undefined, settings: Settings, servers: readonly string[]): Promise<Observed> {
  const held = (host: string, type: RecordType): LookupOutcome => {
    const addresses = new Set<string>();
    for (const environment of Object.values(lock?.environments ?? {})) {
      for (const address of Object.hasOwn(environment.hosts, host) ? (environment.hosts[host] ?? []) : []) {
        const departing = environment.departing && Object.hasOwn(environment.departing, address);
        if (!departing && isIPv6(address) === (type === 'AAAA')) addresses.add(address);
      }
    }
    return addresses.size > 0 ? { kind: 'addresses', addresses: [...addresses] } : { kind: 'no-records' };
  };
  const fromLock = servers.map((server): ServerResolver => ({ server, lookup: async (host, type) => held(host, type), cancel() {} }));
  return resolveHosts(settings, fromLock);
}

/** Whether two observations say exactly the same: every host, server, type, address and failure, in order. */
export function sameObservation(a: Observed, b: Observed): boolean {
  const text = (observed: Observed) => JSON.stringify([observed.hosts, [...observed.observations]]);
  return text(a) === text(b);
}
