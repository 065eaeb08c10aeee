import type { LockResult } from '../engine.js';
import { own } from '../own.js';

/** One address that changed, as a reviewer reads it. */
export interface ChangeRow {
  environment: string;
  host: string;
  change: 'added' | 'removed' | 'departing';
  address: string;
  note: string;
}

export function changeRows(result: LockResult): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const environment of result.diff.environments) {
    const departing = new Map(environment.departing.map((d) => [d.address, d]));
    for (const host of environment.hosts) {
      const hostNote = host.presence === 'new' ? 'new host' : host.presence === 'dropped' ? 'host no longer configured' : '';
      for (const address of host.added) {
        const leftAgain = departing.get(address);
        const note = leftAgain
          ? `seen briefly, left DNS again; stays allowed until ${leftAgain.until}`
          : environment.added.includes(address)
            ? hostNote
            : 'moved here, already allowed';
        rows.push({ environment: environment.environment, host: host.host, change: 'added', address, note });
      }
      for (const address of host.removed) {
        const retired = result.hosts.find((h) => h.host === host.host)?.status === 'no-such-host';
        const note = !environment.removed.includes(address) ? 'still allowed through another host' : retired ? 'host no longer exists in DNS' : hostNote;
        rows.push({ environment: environment.environment, host: host.host, change: 'removed', address, note });
      }
    }
    for (const [address, d] of departing) {
      if (environment.added.includes(address)) continue;
      const hostsWith = Object.entries(own(result.next.environments, environment.environment)?.hosts ?? {})
        .filter(([, addresses]) => addresses.includes(address))
        .map(([host]) => host);
      const retired = hostsWith.every((host) => result.hosts.find((h) => h.host === host)?.status === 'no-such-host');
      rows.push({
        environment: environment.environment,
        host: hostsWith.join(', '),
        change: 'departing',
        address,
        note: `${retired ? 'host no longer exists in DNS' : 'left DNS'}; stays allowed until ${d.until}`,
      });
    }
  }
  return rows;
}

export function plural(count: number, word: string): string {
  if (count === 1) return `1 ${word}`;
  return `${count} ${word}${/(s|sh|ch|x)$/.test(word) ? 'es' : 's'}`;
}

/** One sentence that says what happened. */
export function headline(result: LockResult, lockFile: string): string {
  const { diff } = result;
  if (!result.previous) {
    const count = new Set(Object.values(result.next.environments).flatMap((e) => e.addresses)).size;
    return `${lockFile} does not exist yet: DNS gives ${plural(count, 'address')}`;
  }
  if (!result.lockChanged) return `${lockFile} is up to date with DNS`;
  const parts: string[] = [];
  if (diff.added.length) parts.push(`${plural(diff.added.length, 'address')} added`);
  if (diff.removed.length) parts.push(`${plural(diff.removed.length, 'address')} removed`);
  const departing = diff.environments.flatMap((e) => e.departing).length;
  if (departing) parts.push(`${plural(departing, 'address')} left DNS and ${departing === 1 ? 'stays' : 'stay'} allowed for now`);
  if (parts.length === 0) parts.push('hosts changed addresses, the allowed set is the same');
  return `DNS has changed: ${parts.join(', ')}`;
}
