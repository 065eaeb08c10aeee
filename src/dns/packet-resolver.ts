import { buildQuery } from './message.js';
import { rcodeName } from './rcodes.js';
import { decodeAnswer, describeRecords, type Reading, readAnswer, responseCode } from './read-answer.js';
import { type DnsTransport, TransportError } from './transport.js';
import type { LookupOutcome, RecordType, ServerResolver } from './types.js';

export interface ResolverTiming {
  /** Milliseconds the first attempt waits for its answer; each later attempt waits twice as long, up to a minute. */
  timeoutMs: number;
  /** Attempts per query, the first included. */
  attempts: number;
}

/** One query sent and what came of it, for the debug log. */
export interface ExchangeRecord {
  server: string;
  /** The name asked for: the host, or the end of a CNAME chain that left an earlier answer. */
  name: string;
  type: RecordType;
  attempt: number;
  id: number;
  elapsedMs: number;
  /** The answer's response code, when an answer came. */
  rcode?: string;
  /** The answer section in presentation form, when an answer came. */
  records?: string[];
  /** How the answer was read, or why none came. */
  result: string;
}

export interface PacketResolverOptions extends ResolverTiming {
  /** Called once per query sent. */
  onExchange?: (record: ExchangeRecord) => void;
}

const CANCELLED: Reading & LookupOutcome = { kind: 'failed', code: 'ECANCELLED', reason: 'query cancelled' };

/**
 * The DNS port over any transport: builds each query itself, matches the answer to it and reads
 * it strictly (read-answer.ts). An answer is never retried: only a query that got no answer is
 * sent again, with a new ID. A CNAME chain that leaves the answer is followed by asking for its end.
 */
export function createPacketResolver(transport: DnsTransport, options: PacketResolverOptions): ServerResolver {
  const cancelling = new AbortController();

  async function ask(name: string, type: RecordType, chain: readonly string[]): Promise<Reading> {
    let last: Reading = CANCELLED;
    for (let attempt = 1; attempt <= options.attempts; attempt++) {
      if (cancelling.signal.aborted) return CANCELLED;
      const query = buildQuery(name, type);
      // Timed only for the debug log: Date, not performance, whose first use loads a module.
      const started = options.onExchange ? Date.now() : 0;
      // Described only for a listener: without one, nothing about the exchange is formatted.
      const record = (result: () => string, extra: () => Partial<ExchangeRecord> = () => ({})): void =>
        options.onExchange?.({
          server: transport.server,
          name,
          type,
          attempt,
          id: query.id,
          elapsedMs: Date.now() - started,
          result: result(),
          ...extra(),
        });
      let bytes: Uint8Array;
      try {
        bytes = await transport.exchange(query.bytes, { timeoutMs: attemptTimeout(options.timeoutMs, attempt), signal: cancelling.signal });
      } catch (error) {
        last = transportFailure(error, options.attempts);
        record(() => (error instanceof Error ? error.message : String(error)));
        if (cancelling.signal.aborted) return CANCELLED;
        continue;
      }
      const decoded = decodeAnswer(bytes);
      if (!decoded.ok) {
        record(() => decoded.reason);
        return { kind: 'failed', code: decoded.code, reason: decoded.reason };
      }
      const reading = readAnswer(decoded.packet, query, chain);
      record(
        () => describeReading(reading),
        () => ({ rcode: rcodeName(responseCode(decoded.packet)), records: describeRecords(decoded.packet) }),
      );
      return reading;
    }
    return last;
  }

  return {
    server: transport.server,
    async lookup(host: string, type: RecordType): Promise<LookupOutcome> {
      const chain: string[] = [];
      let name = host;
      for (;;) {
        const reading = await ask(name, type, chain);
        if (reading.kind !== 'follow') return reading;
        chain.push(...reading.via);
        name = reading.name;
      }
    },
    cancel() {
      cancelling.abort();
      transport.close();
    },
  };
}

// Each attempt waits twice as long as the one before, as c-ares did, but no attempt waits over a
// minute (or the first attempt's wait, when that is longer): ten attempts must not take hours.
const LONGEST_ATTEMPT_MS = 60_000;
function attemptTimeout(firstMs: number, attempt: number): number {
  return Math.min(firstMs * 2 ** (attempt - 1), Math.max(firstMs, LONGEST_ATTEMPT_MS));
}

function transportFailure(error: unknown, attempts: number): Reading {
  if (error instanceof TransportError) {
    if (error.code === 'ETIMEOUT')
      return { kind: 'failed', code: 'ETIMEOUT', reason: `no answer (timed out, ${attempts === 1 ? '1 attempt' : `${attempts} attempts`})` };
    return { kind: 'failed', code: error.code, reason: error.message };
  }
  return { kind: 'failed', code: 'UNKNOWN', reason: error instanceof Error ? error.message : String(error) };
}

function describeReading(reading: Reading): string {
  if (reading.kind === 'addresses') return `addresses ${reading.addresses.join(', ')}`;
  if (reading.kind === 'follow') return `CNAME chain leaves the answer at ${reading.name}: asking for it`;
  if (reading.kind === 'failed') return reading.reason;
  return reading.kind;
}
