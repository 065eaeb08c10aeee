import { promises as dns } from 'node:dns';
import type { LookupOutcome, RecordType, ServerResolver } from './types.js';

export interface ResolverTiming {
  /** Milliseconds c-ares waits for the first attempt; it backs off on later ones. */
  timeoutMs: number;
  /** Attempts per query, the first included. */
  attempts: number;
}

const REASONS: Record<string, string> = {
  ETIMEOUT: 'no answer (timed out)',
  ESERVFAIL: 'server failure (SERVFAIL)',
  EREFUSED: 'query refused (REFUSED)',
  ECONNREFUSED: 'connection refused',
  EBADRESP: 'malformed answer',
  EFORMERR: 'server reported a malformed query (FORMERR)',
  ENOTIMP: 'server does not implement the query (NOTIMP)',
  ECANCELLED: 'query cancelled',
  EBADNAME: 'not a valid host name',
};

/**
 * A resolver bound to a single DNS server, so that every server is asked independently and an
 * answer from one is never mistaken for the answer of all. c-ares follows CNAME chains in the
 * answer to the final addresses. Node's default resolver waits 26 s on a silent server; the timing
 * here is always explicit.
 */
export function createServerResolver(server: string, timing: ResolverTiming): ServerResolver {
  const resolver = new dns.Resolver({ timeout: timing.timeoutMs, tries: timing.attempts });
  resolver.setServers([server]);
  // c-ares cancels only the queries in flight; a long host list has more waiting their turn.
  let cancelled = false;
  return {
    server,
    async lookup(host: string, type: RecordType): Promise<LookupOutcome> {
      if (cancelled) return { kind: 'failed', code: 'ECANCELLED', reason: REASONS.ECANCELLED as string };
      try {
        const addresses = type === 'A' ? await resolver.resolve4(host) : await resolver.resolve6(host);
        return { kind: 'addresses', addresses };
      } catch (error) {
        return outcomeOfError(error);
      }
    },
    cancel() {
      cancelled = true;
      resolver.cancel();
    },
  };
}

export function outcomeOfError(error: unknown): LookupOutcome {
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'UNKNOWN';
  if (code === 'ENOTFOUND') return { kind: 'no-such-host' };
  if (code === 'ENODATA') return { kind: 'no-records' };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', code, reason: REASONS[code] ?? message };
}

/** The servers the runner itself uses, from /etc/resolv.conf. */
export function systemServers(): string[] {
  return dns.getServers();
}
