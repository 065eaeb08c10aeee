/**
 * `record[key]` when `record` holds `key` itself. Keys from data (group names, host names from a
 * lock) may be `constructor` or `toString`: a plain lookup would find Object's methods instead.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
