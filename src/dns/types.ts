export type RecordType = 'A' | 'AAAA';
export const RECORD_TYPES: readonly RecordType[] = ['A', 'AAAA'];

/** What one DNS server said about one host and one record type. */
export type LookupOutcome =
  /** Addresses as the server sent them, not yet checked. */
  | { kind: 'addresses'; addresses: string[] }
  /** NXDOMAIN: the name does not exist. */
  | { kind: 'no-such-host' }
  /** The name exists but has no record of this type. */
  | { kind: 'no-records' }
  /** No usable answer: timeout, SERVFAIL, REFUSED, a broken packet... */
  | { kind: 'failed'; code: string; reason: string };

export interface Lookup {
  server: string;
  host: string;
  type: RecordType;
  outcome: LookupOutcome;
}

/** The DNS port: one server, asked for one host and record type at a time. */
export interface ServerResolver {
  /** How the server is named in messages, e.g. `127.0.0.1:5353` or `system`. */
  readonly server: string;
  lookup(host: string, type: RecordType): Promise<LookupOutcome>;
  /** Ends every query still waiting for an answer: each is then a failed lookup (ECANCELLED). */
  cancel(): void;
}
