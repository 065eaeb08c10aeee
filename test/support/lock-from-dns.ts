import { createResolvers, resolveHosts } from '../../src/dns/resolve-hosts.js';
import type { ServerResolver } from '../../src/dns/types.js';
import { type LockResult, lockFromObservations } from '../../src/engine.js';
import { parseLockIfPresent } from '../../src/lock/parse.js';
import type { Settings } from '../../src/settings.js';

/** Asks DNS, then computes the lock from `previousText`: the engine's two steps, one after the other. */
export async function lockFromDns(
  settings: Settings,
  options: { previousText?: string | undefined; resolvers?: readonly ServerResolver[]; now?: Date } = {},
): Promise<LockResult> {
  const observed = await resolveHosts(settings, options.resolvers ?? createResolvers(settings));
  const now = options.now ?? new Date();
  const previous = parseLockIfPresent(options.previousText, 'ips.lock.json', now);
  return lockFromObservations({ settings, observed, previous, previousText: options.previousText, now });
}
