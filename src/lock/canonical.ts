import { serializeLock } from './serialize.js';
import type { Lock } from './types.js';

// On a pull request the lock must be byte for byte what the action writes for it. Keys the action
// does not write (the contract lets later versions add some) and any other hand-made form would
// otherwise reach the base branch unreviewed by the gate: JSON.parse and the gate see one lock,
// another reader of the merged file may see another.

const KNOWN_TOP = new Set(['$schema', 'environments', 'version']);
const KNOWN_ENVIRONMENT = new Set(['addresses', 'departing', 'hosts']);

/** One finding when the pull request's lock text is not the canonical serialization of what it parses to. */
export function canonicalFindings(lock: Lock | undefined, text: string | undefined, lockFile: string): string[] {
  if (lock === undefined || text === undefined) return [];
  const canonical = serializeLock(lock);
  if (text === canonical) return [];
  return [`${lockFile} is not in the canonical form the action writes: ${difference(text, canonical)}; run an update (or the CLI's update) to rewrite it`];
}

function difference(text: string, canonical: string): string {
  const unknown = unknownKeys(JSON.parse(text) as unknown);
  if (unknown.length > 0) return `unknown key ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}`;
  const got = text.split('\n');
  const want = canonical.split('\n');
  let line = 0;
  while (line < got.length && got[line] === want[line]) line++;
  return `line ${line + 1} is ${JSON.stringify(got[line] ?? '(end of file)')}, the action writes ${JSON.stringify(want[line] ?? '(end of file)')}`;
}

function unknownKeys(data: unknown): string[] {
  const record = data as { environments?: Record<string, unknown> };
  const keys = Object.keys(record)
    .filter((key) => !KNOWN_TOP.has(key))
    .map((key) => JSON.stringify(key));
  for (const [name, environment] of Object.entries(record.environments ?? {})) {
    for (const key of Object.keys(environment as object)) if (!KNOWN_ENVIRONMENT.has(key)) keys.push(`${JSON.stringify(key)} in environment "${name}"`);
  }
  return keys;
}
