import { TransportError } from './transport.js';

/** Trust settings for DNS over TLS and HTTPS. Verification itself is never optional. */
export interface TlsTrust {
  /**
   * Certificate authorities to trust instead of Node's store. Only tests set it; a run trusts
   * Node's store plus NODE_EXTRA_CA_CERTS, which Node reads once, at start-up.
   */
  ca?: string | Buffer;
}

// OpenSSL's names for a chain that does not lead to a trusted authority, as Node reports them.
const UNTRUSTED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

const CONNECTION: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'server name not found',
  EAI_AGAIN: 'server name could not be resolved',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  CERT_NOT_YET_VALID: 'TLS certificate is not valid yet',
  CERT_REVOKED: 'TLS certificate is revoked',
};

/**
 * Names why a TLS connection failed, in words a reader of the run can act on, keeping the code
 * that Node or OpenSSL gave so that it can be searched for.
 */
export function connectionFailure(error: unknown): TransportError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'ECONNECTION';
  const message = error instanceof Error ? error.message : String(error);
  if (UNTRUSTED.has(code)) return new TransportError(code, `TLS certificate not trusted (${code})`);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const reason = typeof error === 'object' && error !== null && 'reason' in error ? String(error.reason) : message;
    return new TransportError(code, `TLS certificate is not for this server: ${reason}`);
  }
  const known = connectionReason(code);
  return new TransportError(code, known ? `${known} (${code})` : `connection failed: ${message}`);
}

/** A socket error code in words ("network unreachable"), or undefined for a code without them. */
export function connectionReason(code: string): string | undefined {
  return Object.hasOwn(CONNECTION, code) ? CONNECTION[code] : undefined;
}

export function cancelled(): TransportError {
  return new TransportError('ECANCELLED', 'query cancelled');
}

export function timedOut(timeoutMs: number): TransportError {
  return new TransportError('ETIMEOUT', `no answer within ${timeoutMs} ms`);
}
