import { compareAddresses, sortAddresses } from './addresses.js';
import { type EnvironmentLock, type Lock, own } from './lock/types.js';

export interface HostChange {
  host: string;
  added: string[];
  removed: string[];
  /** `new`: the host was not in the lock; `dropped`: it is no longer configured. */
  presence?: 'new' | 'dropped';
}

export interface Departure {
  address: string;
  /** When every answering server first agreed it was gone. */
  since: string;
  /** When the grace ends and it is removed, unless DNS returns it. */
  until: string;
}

export interface EnvironmentChange {
  environment: string;
  /** Addresses a firewall must now allow. */
  added: string[];
  /** Addresses a firewall no longer needs to allow. */
  removed: string[];
  hosts: HostChange[];
  /** Addresses that left DNS and are kept during the removal grace, newly marked in this run. */
  departing: Departure[];
  presence?: 'new' | 'dropped';
}

export interface LockDiff {
  environments: EnvironmentChange[];
  /** Union over environments, sorted. */
  added: string[];
  removed: string[];
  /** Something a firewall or a reviewer cares about changed: addresses or which host has them. */
  drift: boolean;
}

export function diffLocks(previous: Lock | undefined, next: Lock, removalGraceMs: number): LockDiff {
  const names = [...new Set([...Object.keys(previous?.environments ?? {}), ...Object.keys(next.environments)])].sort();
  const environments: EnvironmentChange[] = [];
  for (const name of names) {
    const before = own(previous?.environments, name);
    const after = own(next.environments, name);
    const hostNames = [...new Set([...Object.keys(before?.hosts ?? {}), ...Object.keys(after?.hosts ?? {})])].sort();
    const hosts: HostChange[] = [];
    for (const host of hostNames) {
      const a = own(before?.hosts, host);
      const b = own(after?.hosts, host);
      const change: HostChange = { host, added: minus(b ?? [], a ?? []), removed: minus(a ?? [], b ?? []) };
      if (!a) change.presence = 'new';
      if (!b) change.presence = 'dropped';
      if (change.added.length || change.removed.length || change.presence) hosts.push(change);
    }
    const previouslyDeparting = before?.departing ?? {};
    const departing = Object.entries(after?.departing ?? {})
      .filter(([address]) => !Object.hasOwn(previouslyDeparting, address))
      .map(([address, since]) => ({ address, since, until: addMs(since, removalGraceMs) }))
      .sort((a, b) => compareAddresses(a.address, b.address));
    const change: EnvironmentChange = {
      environment: name,
      added: minus(held(after), held(before)),
      removed: minus(held(before), held(after)),
      hosts,
      departing,
    };
    if (!before) change.presence = 'new';
    if (!after) change.presence = 'dropped';
    if (change.added.length || change.removed.length || hosts.length || departing.length || change.presence) {
      environments.push(change);
    }
  }
  return {
    environments,
    added: sortAddresses(environments.flatMap((e) => e.added)),
    removed: sortAddresses(environments.flatMap((e) => e.removed)),
    drift: previous === undefined || environments.some((e) => e.presence || e.hosts.length > 0),
  };
}

/**
 * What a firewall allows for an environment: the addresses its hosts hold. Read from the hosts
 * rather than the `addresses` list, so no address can be reported added or removed unless a host
 * gained or lost it, and the outputs agree with `changed`.
 */
function held(environment: EnvironmentLock | undefined): string[] {
  return environment ? Object.values(environment.hosts).flat() : [];
}

function minus(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return sortAddresses(a.filter((x) => !other.has(x)));
}

function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
