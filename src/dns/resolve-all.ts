import { mapBounded } from '../concurrency.js';
import type { Lookup, RecordType, ServerResolver } from './types.js';

/**
 * Asks every server for every host and record type, each query once (hosts listed in several
 * groups are asked once), with at most `concurrency` queries in flight.
 */
export async function resolveAll(
  hosts: readonly string[],
  types: readonly RecordType[],
  servers: readonly ServerResolver[],
  concurrency: number,
): Promise<Lookup[]> {
  const queries: Array<{ resolver: ServerResolver; host: string; type: RecordType }> = [];
  for (const host of new Set(hosts)) {
    for (const type of types) for (const resolver of servers) queries.push({ resolver, host, type });
  }
  return mapBounded(queries, concurrency, async ({ resolver, host, type }) => ({
    server: resolver.server,
    host,
    type,
    outcome: await resolver.lookup(host, type),
  }));
}
