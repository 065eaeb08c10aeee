import type { ErrorObject } from 'ajv';
import { LockFileError } from '../errors.js';
import { duplicateKeys } from './duplicate-keys.js';
import { type EnvironmentLock, emptyRecord, LOCK_VERSION, type Lock } from './types.js';
import { type RawEnvironment, validateEnvironment } from './validate.js';
// The schema in schema/ips.lock.schema.json, compiled by ajv at build time (scripts/generate-lock-validator.mjs).
import { validate } from './validator.generated.js';

/**
 * Reads a lock file's text as untrusted input. Anything that is not a valid lock (bad JSON, the
 * wrong shape, or values no honest run writes: see validate.ts) raises a LockFileError that names
 * the file and every problem; callers then stop without writing, so a malformed lock is never
 * overwritten and never acted on. `now` bounds departing times.
 */
export function parseLock(text: string, source: string, now: Date = new Date()): Lock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LockFileError(`${source} is not valid JSON (${syntaxReason(text, error)}). ${FIX}`);
  }
  const repeated = duplicateKeys(text);
  if (repeated.length > 0) {
    throw new LockFileError(
      `${source} is malformed: it repeats a JSON key, which readers take differently (one keeps the first, another the last): ${repeated.slice(0, MAX_PROBLEMS).join('; ')}. ${FIX}`,
    );
  }
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > LOCK_VERSION) {
    throw new LockFileError(
      `${source} has lock format version ${version}, written by a newer vipps-ip-lock; this one reads version ${LOCK_VERSION}. Upgrade vipps-ip-lock.`,
    );
  }
  if (!validate(data)) {
    throw new LockFileError(`${source} is not a valid lock file: ${describe(validate.errors ?? [])}. ${FIX}`);
  }
  const lock = data as { $schema?: string; environments: Record<string, RawEnvironment> };
  const environments = emptyRecord<EnvironmentLock>();
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(lock.environments)) {
    const checked = validateEnvironment(raw, now);
    environments[name] = checked.environment;
    problems.push(...checked.problems.map((problem) => `environment "${name}": ${problem}`));
  }
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS ? `; and ${problems.length - MAX_PROBLEMS} more` : '';
    throw new LockFileError(`${source} is malformed: ${problems.slice(0, MAX_PROBLEMS).join('; ')}${more}. ${FIX}`);
  }
  const schema = lock.$schema;
  return { ...(schema === undefined ? {} : { $schema: schema }), version: LOCK_VERSION, environments };
}

/** parseLock for a lock file that may not exist yet. */
export function parseLockIfPresent(text: string | undefined, source: string, now?: Date): Lock | undefined {
  return text === undefined ? undefined : parseLock(text, source, now);
}

const MAX_PROBLEMS = 5;

/**
 * Where JSON.parse stopped, never what it found there: its message quotes the file's first bytes,
 * and the file may be a link to something secret.
 */
function syntaxReason(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (text.trim() === '') return 'the file is empty';
  if (/Unexpected end of JSON input/.test(message)) return 'the file ends before the JSON does';
  const position = /at position (\d+)/.exec(message);
  if (!position) return 'syntax error';
  const before = text.slice(0, Number(position[1])).split('\n');
  return `syntax error at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

const FIX = 'Fix or delete it; vipps-ip-lock leaves it untouched and acts on nothing in it until it can be read.';

function describe(errors: ErrorObject[]): string {
  return (
    errors
      // A bad key is reported twice: once for its pattern (naming the key), once as "property name must be valid".
      .filter((e) => e.keyword !== 'propertyNames')
      .slice(0, MAX_PROBLEMS)
      .map(
        (e) => `${e.instancePath || '(top level)'}${e.propertyName === undefined ? '' : ` key ${JSON.stringify(e.propertyName)}`} ${e.message ?? 'is invalid'}`,
      )
      .join('; ')
  );
}
