import type { LockResult } from '../engine.js';
import { changeRows, headline } from './rows.js';

const SIGNS = { added: '+', removed: '-', departing: '~' } as const;

/** The same report for a terminal. */
export function renderText(result: LockResult, lockFile: string): string {
  const lines = [headline(result, lockFile)];
  if (result.previous) {
    for (const row of changeRows(result)) {
      lines.push(`  ${SIGNS[row.change]} ${row.environment.padEnd(18)} ${row.address.padEnd(40)} ${row.host}${row.note ? `  (${row.note})` : ''}`);
    }
  } else {
    for (const [name, environment] of Object.entries(result.next.environments)) {
      lines.push(`  ${name.padEnd(18)} ${environment.addresses.join(' ') || 'none'}`);
    }
  }
  for (const host of result.hosts) {
    for (const failure of host.observation.failures) {
      if (host.status === 'resolved' || host.status === 'no-such-host') continue;
      lines.push(`  ! ${host.host} ${failure.type} via ${failure.server}: ${failure.reason} (locked addresses kept)`);
    }
    for (const rejected of host.observation.rejected) {
      lines.push(`  ! ${host.host}: ignored ${rejected.address} (${rejected.reason})`);
    }
  }
  for (const w of result.withheld) {
    lines.push(`  ! ${w.host} ${w.type}: ${w.address} not added, returned by ${w.from.join(', ')} but not by ${w.notFrom.join(', ')} (add-when all)`);
  }
  return `${lines.join('\n')}\n`;
}
