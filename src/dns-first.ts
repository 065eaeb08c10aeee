import type { ExchangeRecord } from './dns/packet-resolver.js';
import { askDns, type DnsQuestion } from './dns/resolve-hosts.js';
import { isDebug } from './runner-inputs.js';
import { type DnsSettings, type InputReader, readDnsSettings } from './settings-dns.js';

/** The queries of a run, sent by the action's entry before the rest of the action has loaded. */
export interface EarlyDns {
  /** The settings they were sent for; the run checks that its own settings ask the same. */
  settings: DnsSettings;
  question: DnsQuestion;
  /** Each query and what came of it, kept for the DNS group of the log (debug logging only). */
  exchanges: ExchangeRecord[];
  startedAt: bigint;
}

/**
 * Reads the inputs that decide the queries (settings-dns.ts, the rules readSettings applies) and
 * sends the queries. The rest of the action (about half its code: every other input, the modes,
 * the report) then loads during the round trip instead of before it. Undefined when one of those
 * inputs is not valid: readSettings then refuses it, with every other input, in its own order.
 */
export function askDnsFirst(read: InputReader): EarlyDns | undefined {
  let settings: DnsSettings;
  try {
    settings = readDnsSettings(read);
  } catch {
    return undefined;
  }
  const exchanges: ExchangeRecord[] = [];
  const startedAt = process.hrtime.bigint();
  // One line per query only with debug logging on: formatting them costs time after every answer.
  const question = askDns(settings, isDebug() ? { onExchange: (record) => exchanges.push(record) } : {});
  return { settings, question, exchanges, startedAt };
}

/** Whether `settings` send exactly the queries `early` sent. */
export function asksTheSame(early: EarlyDns, settings: DnsSettings): boolean {
  const key = (s: DnsSettings) => JSON.stringify([s.groups, s.dnsServers, s.recordTypes, s.dnsTimeoutMs, s.dnsAttempts]);
  return key(early.settings) === key(settings);
}
