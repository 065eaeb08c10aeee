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
