import type { ErrorObject } from 'ajv';
import { parseAddress } from '../addresses.js';
import { LockFileError } from '../errors.js';
import { type EnvironmentLock, LOCK_VERSION, type Lock } from './types.js';
// The schema in ./schema.ts, compiled by ajv at build time (scripts/generate-lock-validator.mjs).
import { validate } from './validator.generated.js';

/**
 * Reads a lock file's text. Anything that is not a valid lock raises a LockFileError that names
 * the file and the problem; callers then stop without writing, so a malformed lock is never
 * overwritten.
 */
export function parseLock(text: string, source: string): Lock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LockFileError(`${source} is not valid JSON (${(error as Error).message}). ${FIX}`);
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
  const environments: Record<string, EnvironmentLock> = {};
  for (const [name, environment] of Object.entries((data as Lock).environments)) {
    environments[name] = canonicalEnvironment(environment, name, source);
  }
  const schema = (data as Lock).$schema;
  return { ...(schema === undefined ? {} : { $schema: schema }), version: LOCK_VERSION, environments };
}

/** parseLock for a lock file that may not exist yet. */
export function parseLockIfPresent(text: string | undefined, source: string): Lock | undefined {
  return text === undefined ? undefined : parseLock(text, source);
}

const FIX = 'Fix or delete it; vipps-ip-lock leaves it untouched until it can be read.';

function describe(errors: ErrorObject[]): string {
  return errors
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

/** Checks every address and writes it in canonical form, so a hand-edited `2001:DB8::1` still matches DNS. */
function canonicalEnvironment(environment: EnvironmentLock, name: string, source: string): EnvironmentLock {
  const canonical = (address: string): string => {
    const parsed = parseAddress(address);
    if (parsed) return parsed.toString();
    throw new LockFileError(`${source}: environment "${name}" lists "${address}", which is not an IP address. ${FIX}`);
  };
  const hosts: Record<string, string[]> = {};
  for (const [host, addresses] of Object.entries(environment.hosts)) hosts[host] = addresses.map(canonical);
  const result: EnvironmentLock = { addresses: environment.addresses.map(canonical), hosts };
  if (environment.departing) {
    result.departing = Object.fromEntries(Object.entries(environment.departing).map(([a, since]) => [canonical(a), since]));
  }
  return result;
}
