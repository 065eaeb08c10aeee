import type { ExchangeRecord } from './dns/packet-resolver.js';
import { askDns, type DnsQuestion } from './dns/resolve-hosts.js';
import { isDebug } from './runner-inputs.js';
import { type InputReader, readSettings, type Settings } from './settings.js';

/**
 * What the action's entry did before the rest of it loaded: read every input and sent the queries,
 * or found an input it refuses (the run then says so, and sends nothing).
 */
export type EarlyDns =
  | {
      settings: Settings;
      question: DnsQuestion;
      /** Each query and what came of it, kept for the DNS group of the log (debug logging only). */
      exchanges: ExchangeRecord[];
      startedAt: bigint;
    }
  | { refused: unknown };

/**
 * Reads and checks every input, then sends the queries. The rest of the action (the modes, the
 * report, the log's groups: more than half its code) then loads during the round trip instead of
 * before it.
 */
export function askDnsFirst(read: InputReader): EarlyDns {
  let settings: Settings;
  try {
    settings = readSettings(read);
  } catch (refused) {
    return { refused };
  }
  const exchanges: ExchangeRecord[] = [];
  const startedAt = process.hrtime.bigint();
  // One line per query only with debug logging on: formatting them costs time after every answer.
  const question = askDns(settings, isDebug() ? { onExchange: (record) => exchanges.push(record) } : {});
  return { settings, question, exchanges, startedAt };
}
