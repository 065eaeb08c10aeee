import type { HostReport, LockResult } from '../engine.js';
import { type RunOutcome, unknownHosts } from '../modes/outcome.js';
import { addressRows, checkHeadline, dnsProblems } from '../report/rows.js';

const SIGNS = { added: '+', removed: '-', departing: '~', moved: '=' } as const;

/** resolve, for a terminal: each environment's addresses, then each host's, or why it has none. */
export function renderResolved(result: LockResult): string {
  const lines: string[] = [];
  const width = Math.max(...result.hosts.map((h) => h.host.length));
  for (const [name, environment] of Object.entries(result.next.environments)) {
    lines.push(`${name}: ${environment.addresses.join(' ') || 'no addresses'}`);
    for (const host of result.hosts.filter((h) => h.groups.includes(name))) {
      lines.push(`  ${host.host.padEnd(width)}  ${hostLine(host)}`);
    }
  }
  // A group none of whose hosts resolved has no environment in the result: its hosts still show.
  for (const host of result.hosts.filter((h) => !h.groups.some((g) => g in result.next.environments))) {
    lines.push(`${host.groups.join(', ')}: no addresses`, `  ${host.host.padEnd(width)}  ${hostLine(host)}`);
  }
  lines.push(...withheldLines(result));
  return `${lines.join('\n')}\n`;
}

/** Addresses add-when all kept out of the lock, with who returned them and who did not. */
function withheldLines(result: LockResult): string[] {
  return result.withheld.map(
    (w) => `  ! ${w.host} ${w.type}: ${w.address} not added, returned by ${w.from.join(', ')} but not by ${w.notFrom.join(', ')} (--add-when all)`,
  );
}

function hostLine(host: HostReport): string {
  const addresses = Object.values(host.observation.decided).flat();
  switch (host.status) {
    case 'no-such-host':
      return 'no such host (NXDOMAIN)';
    case 'failed':
      return `not resolved: ${failures(host)}`;
    case 'partial':
      return `${addresses.join(' ') || 'no addresses'} (not resolved: ${failures(host)})`;
    default:
      return addresses.join(' ') || 'no addresses';
  }
}

function failures(host: HostReport): string {
  return [...new Set(host.observation.failures.map((f) => `${f.type} via ${f.server}: ${f.reason}`))].join('; ');
}

/** check and update, for a terminal: what changed against the lock, and every lookup problem. */
export function renderCompared(outcome: RunOutcome, lockFile: string): string {
  const { result, exports } = outcome;
  const first = checkHeadline(result, lockFile, exports.stale);
  const lines = [first];
  if (result.previous) {
    for (const row of addressRows(result)) {
      lines.push(`  ${SIGNS[row.change]} ${row.environment.padEnd(18)} ${row.address.padEnd(40)} ${row.hosts.join(', ')}${row.note ? `  (${row.note})` : ''}`);
    }
  } else {
    for (const [name, environment] of Object.entries(result.next.environments)) {
      lines.push(`  ${name.padEnd(18)} ${environment.addresses.join(' ') || 'none'}`);
    }
  }
  // Each host some server did not answer for, once, with its reasons and what the lock did.
  for (const problem of dnsProblems(result)) lines.push(`  ! ${problem.host}: ${problem.reasons.join('; ')} (${problem.effect})`);
  for (const host of unknownHosts(result)) lines.push(`  ! ${host.host} does not exist: no such host (NXDOMAIN) at every DNS server`);
  lines.push(...withheldLines(result));
  return `${lines.join('\n')}\n`;
}
