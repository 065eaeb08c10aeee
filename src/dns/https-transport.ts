import type { ClientHttp2Session, ClientHttp2Stream, connect as http2Connect } from 'node:http2';
import { cancelled, connectionFailure, type TlsTrust } from './connection-failure.js';
import { type PendingExchange, pendingExchange } from './pending-exchange.js';
import { type DnsTransport, type ExchangeOptions, TransportError } from './transport.js';

const DNS_MESSAGE = 'application/dns-message';
/** A DNS message never exceeds 65,535 bytes; a longer body is not an answer. */
const MAX_ANSWER_BYTES = 65_535;
// HTTP/2 error codes (RFC 9113, section 7).
const NO_ERROR = 0;
const REFUSED_STREAM = 7;
const CANCEL = 8;
/** How often one query is sent again after the server refused its stream unprocessed. */
const MAX_REFUSALS = 3;
/** The fixed DNS header: anything shorter is not a DNS message. */
const HEADER_BYTES = 12;

/**
 * DNS over HTTPS (RFC 8484): each query is a POST of the wire-format message, with its own ID, on
 * one HTTP/2 connection per server that carries every query of the run at once. The certificate is
 * verified against the URL's host. A new connection is opened only when the previous one has
 * ended (closed, failed, or told to go away). Node's HTTP/2 is passed in, loaded when a run first
 * needs it, so that a run over plain DNS never loads it.
 */
export function createHttpsTransport(url: string, trust: TlsTrust, connectHttp2: typeof http2Connect): DnsTransport {
  const target = new URL(url);
  const path = `${target.pathname}${target.search}`;
  let session: ClientHttp2Session | undefined;
  const waiting = new Map<PendingExchange, ClientHttp2Session>();
  let closed = false;

  function failSession(ended: ClientHttp2Session, error: TransportError): void {
    if (session === ended) session = undefined;
    for (const [pending, on] of waiting) if (on === ended) pending.reject(error);
  }

  function connect(): ClientHttp2Session {
    if (session && !session.closed && !session.destroyed) return session;
    // A DNS server has nothing to push; refusing pushes keeps the connection to answers only.
    // rejectUnauthorized is written out: NODE_TLS_REJECT_UNAUTHORIZED=0 in a job's environment
    // turns verification off only where it is left unset.
    const opened = connectHttp2(target.origin, {
      settings: { enablePush: false },
      rejectUnauthorized: true,
      ...(trust.ca === undefined ? {} : { ca: trust.ca }),
    });
    // Queries keep the process alive through their timers; an idle connection must not.
    opened.unref();
    opened.on('error', (error) => failSession(opened, connectionFailure(error)));
    opened.on('goaway', (code) => {
      // Streams the server already took may still finish; new queries need a new connection.
      if (session === opened) session = undefined;
      if (code !== NO_ERROR) failSession(opened, new TransportError('EGOAWAY', `the server ended the HTTP/2 connection (GOAWAY, error ${code})`));
    });
    opened.on('close', () => failSession(opened, new TransportError('ECONNRESET', 'connection closed before the answer')));
    session = opened;
    return opened;
  }

  return {
    server: target.href,
    exchange(query: Uint8Array, options: ExchangeOptions): Promise<Uint8Array> {
      if (closed) return Promise.reject(cancelled());
      let stream: ClientHttp2Stream | undefined;
      const pending = pendingExchange(options, () => {
        waiting.delete(pending);
        // A stream read to its end closes by itself; one abandoned early is cancelled.
        if (stream && !stream.closed && !stream.readableEnded) stream.close(CANCEL);
      });
      if (pending.settled) return pending.answer;
      let refusals = 0;
      const send = (): void => {
        let opened: ClientHttp2Session;
        try {
          opened = connect();
          stream = opened.request({
            ':method': 'POST',
            ':path': path,
            'content-type': DNS_MESSAGE,
            accept: DNS_MESSAGE,
            'content-length': query.byteLength,
          });
        } catch (error) {
          pending.reject(connectionFailure(error));
          return;
        }
        waiting.set(pending, opened);
        // Queries sent before the server's SETTINGS arrive may exceed its limit of streams at once;
        // it refuses those unprocessed (RFC 9113, 8.7), so they are sent again, now within the limit.
        readAnswer(stream, pending, () => {
          if (++refusals > MAX_REFUSALS) return false;
          send();
          return true;
        });
        stream.end(query);
      };
      send();
      return pending.answer;
    },
    close() {
      closed = true;
      for (const pending of [...waiting.keys()]) pending.reject(cancelled());
      session?.destroy();
      session = undefined;
    },
  };
}

/** Reads one answer off its stream: status 200, type application/dns-message, a DNS-sized body. */
function readAnswer(stream: ClientHttp2Stream, pending: PendingExchange, resendRefused: () => boolean): void {
  const chunks: Buffer[] = [];
  // A stream the server refused without processing it is sent again, once, instead of failing.
  let refusal: boolean | undefined;
  const refused = (): boolean => {
    if (stream.rstCode !== REFUSED_STREAM || pending.settled) return false;
    refusal ??= resendRefused();
    return refusal;
  };
  let length = 0;
  let declared: number | undefined;
  stream.on('response', (headers) => {
    if (headers['content-length'] !== undefined) declared = Number(headers['content-length']);
    const status = Number(headers[':status']);
    const type = String(headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    if (status !== 200) pending.reject(new TransportError('EHTTPSTATUS', `HTTP status ${status}, not 200`));
    else if (type !== DNS_MESSAGE) {
      pending.reject(new TransportError('ECONTENTTYPE', `HTTP answer of type ${JSON.stringify(type ?? '')}, not ${DNS_MESSAGE}`));
    }
  });
  stream.on('data', (chunk: Buffer) => {
    length += chunk.length;
    if (length > MAX_ANSWER_BYTES) pending.reject(new TransportError('EBADRESP', `HTTP answer longer than ${MAX_ANSWER_BYTES} bytes`));
    else chunks.push(chunk);
  });
  stream.on('end', () => {
    if (refused()) return;
    const answer = Buffer.concat(chunks);
    // Node ends the stream also when its connection is cut; only a stream the server ended itself
    // (no reset code) with the length it announced carries a whole answer.
    if (stream.destroyed || (stream.rstCode ?? 0) !== 0 || (declared !== undefined && declared !== answer.length)) {
      pending.reject(new TransportError('ESTREAMCLOSED', `the connection closed in the middle of the answer (${answer.length} bytes received)`));
    } else if (answer.length < HEADER_BYTES) pending.reject(new TransportError('EBADRESP', `HTTP answer of ${answer.length} bytes is not a DNS message`));
    else pending.resolve(answer);
  });
  stream.on('error', (error) => {
    if (!refused()) pending.reject(streamFailure(error));
  });
  stream.on('close', () => {
    if (refused()) return;
    const code = stream.rstCode;
    pending.reject(
      code !== undefined && code !== NO_ERROR
        ? new TransportError('ESTREAMRESET', `the server reset the HTTP/2 stream (error ${code})`)
        : new TransportError('ESTREAMCLOSED', 'the HTTP/2 stream closed before the whole answer'),
    );
  });
}

function streamFailure(error: unknown): TransportError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  // A stream waiting for its connection is cancelled with the connection's own failure as cause.
  if (code === 'ERR_HTTP2_STREAM_CANCEL' && error instanceof Error && error.cause) return connectionFailure(error.cause);
  if (code === 'ERR_HTTP2_STREAM_ERROR') {
    const name = /error code (\w+)/.exec((error as Error).message)?.[1] ?? 'unknown error';
    return new TransportError('ESTREAMRESET', `the server reset the HTTP/2 stream (${name})`);
  }
  if (code === 'ERR_HTTP2_GOAWAY_SESSION') return new TransportError('EGOAWAY', 'the server ended the HTTP/2 connection (GOAWAY) before the answer');
  return connectionFailure(error);
}
