import { renderExports, staleExports } from '../exports/render.js';
import type { Lock } from '../lock/types.js';
import { codeSpan } from '../report/escape.js';
import type { StaleFile } from '../report/markdown.js';
import type { Settings } from '../settings.js';

export interface ExportCheck {
  /** Every export's text as the lock gives it, by path. */
  expected: Map<string, string>;
  /** Paths whose current text differs (or that do not exist yet). */
  stale: string[];
  /** Every export's text now, by path; undefined when it does not exist. */
  current: Map<string, string | undefined>;
}

/** Renders the exports from `lock` and compares them with the files `read` returns. */
export async function checkExports(settings: Settings, lock: Lock, read: (file: string) => Promise<string | undefined>): Promise<ExportCheck> {
  const expected = renderExports(lock, settings.exports, settings.lockFile);
  // Read at once, but a file that cannot be read is reported in the order the exports are given,
  // not by which read failed first: the same inputs give the same message.
  const reads = await Promise.allSettled([...expected.keys()].map(async (file) => [file, await read(file)] as const));
  const current = new Map<string, string | undefined>();
  for (const result of reads) {
    if (result.status === 'rejected') throw result.reason;
    current.set(...result.value);
  }
  return { expected, stale: staleExports(expected, current), current };
}

/** The stale exports with what they hold and what the lock gives, for a report to show. */
export function staleFiles(check: ExportCheck): StaleFile[] {
  return check.stale.map((path) => ({ path, current: check.current.get(path), expected: check.expected.get(path) ?? '' }));
}

export function describeStale(check: ExportCheck, lockFile: string): string | undefined {
  if (check.stale.length === 0) return undefined;
  return `${check.stale.map(codeSpan).join(', ')} ${check.stale.length === 1 ? 'is' : 'are'} not what ${codeSpan(lockFile)} gives`;
}
