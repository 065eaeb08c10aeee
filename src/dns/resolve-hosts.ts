import { type HostObservation, observeHosts } from '../observation.js';
import type { DnsSettings } from '../settings.js';
import type { TlsTrust } from './connection-failure.js';
import { createPacketResolver, type ExchangeRecord } from './packet-resolver.js';
import { rehearseReading } from './reading-rehearsal.js';
import { resolveAll } from './resolve-all.js';
import { serversToAsk } from './server-spec.js';
import { systemServers } from './system-servers.js';
import { createTransport } from './transports.js';
import type { ServerResolver } from './types.js';

/** Queries in flight at once: enough to ask a full preset in one round trip, few enough for any resolver. */
export const DNS_CONCURRENCY = 128;

/** What DNS said about every configured host, before any lock is considered. */
export interface Observed {
  hosts: string[];
  observations: Map<string, HostObservation>;
}

export interface DnsOptions {
  /** Called once per query sent, with the server, the answer's rcode and records, and the time taken: for the debug log. */
  onExchange?: (record: ExchangeRecord) => void;
  /** Certificate authorities for DNS over HTTPS and TLS instead of Node's store: tests only. */
  trust?: TlsTrust;
}

/** One resolver per configured DNS server, and per resolver of the runner where `runner` is named or nothing is. */
export function createResolvers(settings: DnsSettings, options: DnsOptions = {}): ServerResolver[] {
  const { trust, ...rest } = options;
  const timing = { timeoutMs: settings.dnsTimeoutMs, attempts: settings.dnsAttempts, ...rest };
  return serversToAsk(settings.dnsServers, systemServers).map((server) => createPacketResolver(createTransport(server, trust), timing));
}

/** DNS asked about every configured host: the answers to come, and a way to stop waiting for them. */
export interface DnsQuestion {
  observed: Promise<Observed>;
  /**
   * Settles once the first queries are on the wire. Node binds and connects a UDP socket in steps
   * that run only when the caller yields, so a caller with synchronous work to do next (loading
   * the code of a mode) awaits this first, or the queries wait for that work.
   */
  sent: Promise<void>;
  /** Every server asked, `runner` expanded to the runner's resolvers. */
  servers: string[];
  /** Ends the lookups still waiting (they become failed lookups) and sends no more queries. */
  cancel(): void;
}

/**
 * Sends every query now and returns at once: the caller does its other work during the round trip,
 * and cancels when it fails early, so that nothing waits for answers no one will use.
 */
export function askDns(settings: DnsSettings, options: DnsOptions = {}): DnsQuestion {
  const resolvers = createResolvers(settings, options);
  const observed = resolveHosts(settings, resolvers);
  return {
    observed,
    // The socket steps are process.nextTick callbacks: by the check phase they have all run. The
    // reader is then rehearsed, while the answers travel (reading-rehearsal.ts).
    sent: new Promise((resolve) =>
      setImmediate(() => {
        rehearseReading();
        resolve();
      }),
    ),
    servers: resolvers.map((resolver) => resolver.server),
    cancel() {
      for (const resolver of resolvers) resolver.cancel();
    },
  };
}

/**
 * Asks every server about every configured host. The queries start before this returns (and leave
 * when the caller yields), so a caller can do its other work during the round trip. Never
 * rejects: failures are outcomes.
 */
export async function resolveHosts(settings: DnsSettings, resolvers: readonly ServerResolver[]): Promise<Observed> {
  const hosts = [...new Set(settings.groups.flatMap((group) => group.hosts))];
  const lookups = await resolveAll(hosts, settings.recordTypes, resolvers, DNS_CONCURRENCY);
  return { hosts, observations: observeHosts(lookups, settings.recordTypes) };
}
