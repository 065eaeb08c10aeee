export const LOCK_VERSION = 1;

/** The committed `ips.lock.json`. */
export interface Lock {
  /** Where editors find the JSON Schema; kept as the user wrote it. */
  $schema?: string;
  version: typeof LOCK_VERSION;
  environments: Record<string, EnvironmentLock>;
}

export interface EnvironmentLock {
  /** Every address of the environment's hosts: what a firewall must allow. */
  addresses: string[];
  /** Each host's addresses, as DNS gave them (kept while a lookup fails or an address is departing). */
  hosts: Record<string, string[]>;
  /**
   * Addresses that left DNS and stay allowed for the removal grace, with the time (ISO 8601, UTC)
   * when every answering server first agreed they were gone. Absent when empty.
   */
  departing?: Record<string, string>;
}

/**
 * `record[key]` when the record itself holds the key. Environment and host names come from the
 * lock and the inputs: a name such as `constructor` must never read Object.prototype's member.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty record with no prototype: any key, `__proto__` included, is an ordinary key. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
