import type { LockResult } from '../engine.js';
import { type Lock, own } from '../lock/types.js';

/** One address a firewall must act on (or may leave alone), as a reviewer reads it. */
export interface AddressRow {
  environment: string;
  /**
   * `added`: allow it; `removed`: it may be closed; `departing`: it left DNS and stays allowed until
   * its grace ends; `moved`: it changed hosts but stays allowed, nothing to do.
   */
  change: 'added' | 'removed' | 'departing' | 'moved';
  address: string;
  /** The hosts that give it now (or gave it, for a removed address). */
  hosts: string[];
  note: string;
}

/** Address -> the hosts giving it, for one environment of a lock: built once, read per address. */
function holdersIndex(lock: Lock | undefined, environment: string): (address: string) => string[] {
  const index = new Map<string, string[]>();
  for (const [host, addresses] of Object.entries(own(lock?.environments, environment)?.hosts ?? {})) {
    for (const address of addresses) index.set(address, [...(index.get(address) ?? []), host]);
  }
  return (address) => index.get(address) ?? [];
}

/** Per environment, one row per address that changed, whichever hosts it changed on: added, departing, removed, moved. */
export function addressRows(result: LockResult): AddressRow[] {
  const rows: AddressRow[] = [];
  const status = new Map(result.hosts.map((h) => [h.host, h.status]));
  const retired = (hosts: string[]) => hosts.length > 0 && hosts.every((host) => status.get(host) === 'no-such-host');
  for (const environment of result.diff.environments) {
    const name = environment.environment;
    const departing = new Map(environment.departing.map((d) => [d.address, d]));
    const presence = new Map(environment.hosts.map((h) => [h.host, h.presence]));
    const now = holdersIndex(result.next, name);
    const before = holdersIndex(result.previous, name);
    const added = new Set(environment.added);
    for (const address of environment.added) {
      const hosts = now(address);
      const leftAgain = departing.get(address);
      const note = leftAgain
        ? `seen briefly, left DNS again; allowed until ${when(leftAgain.until)}`
        : hosts.length > 0 && hosts.every((h) => presence.get(h) === 'new')
          ? 'new host'
          : '';
      rows.push({ environment: name, change: 'added', address, hosts, note });
    }
    for (const [address, d] of departing) {
      if (added.has(address)) continue;
      const hosts = now(address);
      const shown = hosts.length > 0 ? hosts : before(address);
      const why = retired(shown) ? 'host no longer exists in DNS' : 'left DNS';
      rows.push({ environment: name, change: 'departing', address, hosts: shown, note: `${why}; allowed until ${when(d.until)}` });
    }
    for (const address of environment.removed) {
      const hosts = before(address);
      const note = retired(hosts)
        ? 'host no longer exists in DNS'
        : hosts.length > 0 && hosts.every((h) => presence.get(h) === 'dropped')
          ? 'host no longer configured'
          : '';
      rows.push({ environment: name, change: 'removed', address, hosts, note });
    }
    // Addresses that only changed hosts: the firewall needs nothing, the reviewer sees why the lock changed.
    const listed = new Set(rows.filter((r) => r.environment === name).map((r) => r.address));
    const moved = new Set(environment.hosts.flatMap((h) => [...h.added, ...h.removed]).filter((a) => !listed.has(a)));
    for (const address of moved) {
      const was = before(address);
      rows.push({ environment: name, change: 'moved', address, hosts: now(address), note: `already allowed; was on ${was.join(', ') || 'no host'}` });
    }
  }
  return rows;
}

/** A host some server could not answer for, once, with every distinct reason. */
export interface DnsProblem {
  host: string;
  reasons: string[];
  /** What the lock did about it. */
  effect: string;
}

export function dnsProblems(result: LockResult): DnsProblem[] {
  return result.hosts
    .filter((h) => h.observation.failures.length > 0)
    .map((h) => {
      // One reason per server and cause, with the record types it hit: `A, AAAA via 1.1.1.1: SERVFAIL`.
      const byCause = new Map<string, string[]>();
      for (const f of h.observation.failures) {
        const cause = `${f.server}\0${f.reason}`;
        const types = byCause.get(cause) ?? [];
        if (!types.includes(f.type)) types.push(f.type);
        byCause.set(cause, types);
      }
      const reasons = [...byCause].map(([cause, types]) => {
        const [server, reason] = cause.split('\0');
        return `${types.join(', ')} via ${server}: ${reason}`;
      });
      const failedTypes = [...new Set(h.observation.failures.map((f) => f.type))].filter((t) => h.observation.decided[t] === undefined);
      const held = result.heldBack.filter((b) => b.host === h.host);
      const heldEffects = [
        ...held.flatMap((b) => (b.additions.length > 0 ? [`${b.type} ${b.additions.join(' ')} not added (add-when all: not every server answered)`] : [])),
        ...held.flatMap((b) => (b.kept.length > 0 ? [`${b.type} ${b.kept.join(' ')} kept (not every server answered)`] : [])),
      ];
      const effects = [...(failedTypes.length > 0 ? [`locked ${failedTypes.join(', ')} addresses kept`] : []), ...heldEffects];
      const effect = h.status === 'failed' ? 'locked addresses kept' : effects.join('; ') || 'answered by another server';
      return { host: h.host, reasons, effect };
    });
}

/** `2026-12-01T12:00:00Z` as `2026-12-01 12:00 UTC`. */
export function when(iso: string): string {
  return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?Z$/, '$1 $2 UTC');
}

export function plural(count: number, word: string): string {
  if (count === 1) return `1 ${word}`;
  return `${count} ${word}${/(s|sh|ch|x)$/.test(word) ? 'es' : 's'}`;
}

/**
 * The headline of a check: never "up to date" while a firewall file made from the lock is stale, or
 * while a host did not answer (the lock then matches what DNS said, which is not everything).
 */
export function checkHeadline(result: LockResult, lockFile: string, staleFiles: readonly string[]): string {
  if (result.previous && !result.lockChanged && staleFiles.length > 0) {
    const verb = staleFiles.length === 1 ? 'is' : 'are';
    return `${lockFile} matches DNS, but ${plural(staleFiles.length, 'firewall file')} ${verb} not what it gives: ${staleFiles.join(', ')}`;
  }
  if (result.previous && !result.lockChanged && result.failedHosts.length > 0) {
    return `${lockFile} matches the answers DNS gave, but ${plural(result.failedHosts.length, 'host')} did not answer`;
  }
  return headline(result, lockFile);
}

/** One sentence that says what happened. */
export function headline(result: LockResult, lockFile: string): string {
  const { diff } = result;
  if (!result.previous) {
    const count = new Set(Object.values(result.next.environments).flatMap((e) => e.addresses)).size;
    return `${lockFile} does not exist yet: DNS gives ${plural(count, 'address')}`;
  }
  if (!result.lockChanged) return `${lockFile} is up to date with DNS`;
  if (diff.environments.length === 0) return `${lockFile} holds what DNS gives, but not in its canonical form`;
  const parts: string[] = [];
  if (diff.added.length) parts.push(`${plural(diff.added.length, 'address')} added`);
  if (diff.removed.length) parts.push(`${plural(diff.removed.length, 'address')} removed`);
  const departing = diff.environments.flatMap((e) => e.departing).length;
  if (departing) parts.push(`${plural(departing, 'address')} left DNS and ${departing === 1 ? 'stays' : 'stay'} allowed for now`);
  if (parts.length === 0) parts.push('hosts changed addresses, the allowed set is the same');
  return `DNS has changed: ${parts.join(', ')}`;
}
