import type { LockResult } from '../engine.js';
import { addressRows, dnsProblems, headline } from './rows.js';

const SIGNS = { added: '+', removed: '-', departing: '~', moved: '=' } as const;

/** The report as plain lines, for a terminal or the action's log: one per address, one per DNS problem. */
export function textLines(result: LockResult, lockFile: string): string[] {
  const lines = [headline(result, lockFile)];
  if (result.previous) {
    for (const row of addressRows(result)) {
      lines.push(`  ${SIGNS[row.change]} ${row.environment.padEnd(18)} ${row.address.padEnd(40)} ${row.hosts.join(', ')}${row.note ? `  (${row.note})` : ''}`);
    }
  } else {
    for (const [name, environment] of Object.entries(result.next.environments)) {
      lines.push(`  ${name.padEnd(18)} ${environment.addresses.join(' ') || 'none'}`);
    }
  }
  for (const problem of dnsProblems(result)) lines.push(`  ! ${problem.host}: ${problem.reasons.join('; ')} (${problem.effect})`);
  return lines;
}

/** The same report for a terminal. */
export function renderText(result: LockResult, lockFile: string): string {
  return `${textLines(result, lockFile).join('\n')}\n`;
}
