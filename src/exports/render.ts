import { type Lock, own } from '../lock/types.js';
import { FORMATS } from './formats.js';
import type { ExportSpec } from './spec.js';

/** The text of every export, by path, from a lock. The same lock always gives the same bytes. */
export function renderExports(lock: Lock, specs: readonly ExportSpec[], lockFile: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const spec of specs) {
    const chosen = spec.environments ?? Object.keys(lock.environments);
    const environments = chosen.map((name) => ({ name, addresses: own(lock.environments, name)?.addresses ?? [] }));
    files.set(spec.path, FORMATS[spec.format].render({ lockFile, environments, options: spec.options }));
  }
  return files;
}

/** Exports whose text on disk (or in the repository) differs from what the lock gives. */
export function staleExports(expected: ReadonlyMap<string, string>, current: ReadonlyMap<string, string | undefined>): string[] {
  return [...expected].filter(([file, text]) => current.get(file) !== text).map(([file]) => file);
}
