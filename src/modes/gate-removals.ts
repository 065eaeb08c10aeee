import { sortAddresses } from '../addresses.js';
import type { Observed } from '../dns/resolve-hosts.js';
import { mergeLock } from '../lock/merge.js';
import { type EnvironmentLock, emptyRecord, type Lock, own } from '../lock/types.js';
import type { Settings } from '../settings.js';

// The other half of the pull request gate: a pull request may not take out what the action's own
// update would keep. That update merges DNS into the base lock under the same rules a run uses (a
// failed lookup keeps an address, only every server answering without it removes it, a departing
// address stays through its removal grace), so a lock or an export that drops one of those
// addresses would cut the firewall off from a callback server that may still call.

/**
 * What the action's own update would keep now from the base lock: what the pull request may not go
 * below. An address kept only through a grace that starts now (every server answered without it,
 * and the base holds no departing mark for it) is left out: an open proposal's earlier mark may
 * already end that grace (merge.ts), so the action's own removal may drop it. A mark the base
 * holds cannot be shortened that way, so an address departing on the base stays for its grace.
 */
export function keptFromBase(base: Lock | undefined, settings: Settings, observed: Observed, now: Date): Lock | undefined {
  if (base === undefined) return undefined;
  const merged = mergeLock({
    previous: base,
    groups: settings.groups,
    observations: observed.observations,
    types: settings.recordTypes,
    now,
    removalGraceMs: settings.removalGraceMs,
    addWhen: settings.addWhen,
  });
  const environments = emptyRecord<EnvironmentLock>();
  for (const [name, environment] of Object.entries(merged.environments)) {
    const baseMarks = own(base.environments, name)?.departing;
    const fresh = (address: string): boolean => own(environment.departing, address) !== undefined && own(baseMarks, address) === undefined;
    const hosts = emptyRecord<string[]>();
    for (const [host, addresses] of Object.entries(environment.hosts)) hosts[host] = addresses.filter((address) => !fresh(address));
    const departing = Object.fromEntries(Object.entries(environment.departing ?? {}).filter(([address]) => !fresh(address)));
    environments[name] = {
      addresses: environment.addresses.filter((address) => !fresh(address)),
      hosts,
      ...(Object.keys(departing).length > 0 ? { departing } : {}),
    };
  }
  return { ...merged, environments };
}

/** One sentence per address the update keeps in an environment that the pull request's lock drops from it. */
export function removalFindings(head: Lock | undefined, kept: Lock | undefined, observed: Observed, lockFile: string): string[] {
  const findings: string[] = [];
  for (const [name, environment] of Object.entries(kept?.environments ?? {})) {
    const held = new Set(own(head?.environments, name)?.addresses ?? []);
    for (const address of sortAddresses(environment.addresses)) {
      if (held.has(address)) continue;
      const hosts = Object.keys(environment.hosts).filter((host) => own(environment.hosts, host)?.includes(address));
      findings.push(`${lockFile} removes ${address} (${hosts.join(', ')}, ${name}), ${why(address, hosts, observed, own(environment.departing, address))}`);
    }
  }
  return findings;
}

/** Lines of an export on the base that the kept lock still gives and the pull request takes out. */
export function exportRemovalFindings(
  baseExports: ReadonlyMap<string, string | undefined>,
  headExports: ReadonlyMap<string, string | undefined>,
  keptExports: ReadonlyMap<string, string>,
): string[] {
  const findings: string[] = [];
  for (const [file, keptText] of keptExports) {
    const before = baseExports.get(file);
    if (before === undefined) continue;
    const now = new Set((headExports.get(file) ?? '').split('\n'));
    const kept = new Set(keptText.split('\n'));
    for (const line of new Set(before.split('\n'))) {
      if (line.trim() === '' || now.has(line) || !kept.has(line)) continue;
      findings.push(`${file} removes the line ${JSON.stringify(line)}, which the action's own update keeps`);
    }
  }
  return findings;
}

function why(address: string, hosts: readonly string[], observed: Observed, departingSince: string | undefined): string {
  const returned = hosts.some((host) => Object.values(observed.observations.get(host)?.decided ?? {}).some((list) => list?.includes(address)));
  if (returned) return 'which DNS still returns (an address leaves only when every server answers without it)';
  if (departingSince !== undefined) return `which stays allowed through its removal grace (departing since ${departingSince})`;
  return 'whose lookup failed (a failed lookup never removes an address)';
}
