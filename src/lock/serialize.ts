import { sortAddresses } from '../addresses.js';
import { type EnvironmentLock, emptyRecord, type Lock } from './types.js';

/**
 * The lock's one text form: keys sorted, addresses in numeric order with IPv4 first, 2-space
 * indent, final newline. The same DNS data always gives the same bytes, so a lock only shows in a
 * diff when something really changed.
 */
export function serializeLock(lock: Lock): string {
  const environments = emptyRecord<EnvironmentLock>();
  for (const name of Object.keys(lock.environments).sort()) {
    environments[name] = normalizeEnvironment(lock.environments[name] as EnvironmentLock);
  }
  const schema = lock.$schema === undefined ? {} : { $schema: lock.$schema };
  return `${JSON.stringify({ ...schema, environments, version: lock.version }, null, 2)}\n`;
}

function normalizeEnvironment(environment: EnvironmentLock): EnvironmentLock {
  const hosts = emptyRecord<string[]>();
  for (const host of Object.keys(environment.hosts).sort()) {
    hosts[host] = sortAddresses(environment.hosts[host] ?? []);
  }
  const normalized: EnvironmentLock = { addresses: sortAddresses(Object.values(hosts).flat()), hosts };
  const departing = Object.entries(environment.departing ?? {});
  if (departing.length > 0) {
    const byAddress = new Map(departing);
    // Written between addresses and hosts: the order keys are sorted in.
    return {
      addresses: normalized.addresses,
      departing: Object.fromEntries(sortAddresses(byAddress.keys()).map((a) => [a, byAddress.get(a) as string])),
      hosts,
    };
  }
  return normalized;
}
