import type { TLSSocket } from 'node:tls';
import { nodeCrypto, nodeNet } from '../node-builtins.js';
import { cancelled, connectionFailure, type TlsTrust } from './connection-failure.js';
import { type PendingExchange, pendingExchange } from './pending-exchange.js';
import { type DnsTransport, type ExchangeOptions, TransportError } from './transport.js';

export interface TlsServer {
  /** Host name or IP address to connect to. */
  host: string;
  port: number;
  /** The name the certificate must carry; the host itself when absent. */
  name?: string | undefined;
}

/** The part of Node's TLS this uses, passed in when a run first needs it (a plain run never loads it). */
export type NodeTls = Pick<typeof import('node:tls'), 'connect' | 'checkServerIdentity'>;

interface Connection {
  socket: TLSSocket;
  /** Queries sent on this connection and not yet answered, by the ID they carry on the wire. */
  waiting: Map<number, { pending: PendingExchange; queryId: number }>;
  received: Buffer;
}

/**
 * DNS over TLS (RFC 7858): one TLS connection per server, every query of the run pipelined on it
 * with a two-byte length in front, answers taken in whatever order they come. Each query gets a
 * wire ID unique on the connection (random IDs of 128 queries at once collide one run in ten) and
 * its answer gets the query's own ID back. A connection that ends fails the queries it carried;
 * the next query opens a new one. The certificate is verified against `name`, or else the host.
 */
export function createTlsTransport(target: TlsServer, trust: TlsTrust, tls: NodeTls): DnsTransport {
  const expected = target.name ?? target.host;
  let current: Connection | undefined;
  const connections = new Set<Connection>();
  let closed = false;

  function fail(connection: Connection, error: TransportError): void {
    if (current === connection) current = undefined;
    connections.delete(connection);
    for (const { pending } of [...connection.waiting.values()]) pending.reject(error);
    connection.socket.destroy();
  }

  function connect(): Connection {
    if (current && !current.socket.destroyed && current.socket.writable) return current;
    const socket = tls.connect({
      host: target.host,
      port: target.port,
      // SNI takes a name, never an address; the certificate is checked against `expected` either way.
      ...(nodeNet().isIP(expected) ? {} : { servername: expected }),
      checkServerIdentity: (_host, certificate) => tls.checkServerIdentity(expected, certificate),
      // Written out: NODE_TLS_REJECT_UNAUTHORIZED=0 turns verification off only where it is left unset.
      rejectUnauthorized: true,
      ...(trust.ca === undefined ? {} : { ca: trust.ca }),
    });
    socket.setNoDelay(true);
    // Queries keep the process alive through their timers; an idle connection must not.
    socket.unref();
    const connection: Connection = { socket, waiting: new Map(), received: Buffer.alloc(0) };
    socket.on('data', (chunk: Buffer) => readAnswers(connection, chunk));
    socket.on('error', (error) => fail(connection, connectionFailure(error)));
    socket.on('end', () => fail(connection, new TransportError('ECONNRESET', 'the server closed the TLS connection before the answer')));
    socket.on('close', () => fail(connection, new TransportError('ECONNRESET', 'the TLS connection closed before the answer')));
    connections.add(connection);
    current = connection;
    return connection;
  }

  return {
    server: `tls://${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}${target.name ? `#${target.name}` : ''}`,
    exchange(query: Uint8Array, options: ExchangeOptions): Promise<Uint8Array> {
      if (closed) return Promise.reject(cancelled());
      if (query.byteLength < 2 || query.byteLength > 65_535) return Promise.reject(new TransportError('EBADQUERY', 'not a DNS message'));
      const connection = connect();
      const wireId = freeId(connection.waiting);
      const pending = pendingExchange(options, () => {
        if (connection.waiting.get(wireId)?.pending === pending) connection.waiting.delete(wireId);
      });
      if (pending.settled) return pending.answer;
      const queryId = (query[0] as number) * 256 + (query[1] as number);
      connection.waiting.set(wireId, { pending, queryId });
      const frame = Buffer.alloc(2 + query.byteLength);
      frame.writeUInt16BE(query.byteLength, 0);
      frame.set(query, 2);
      frame.writeUInt16BE(wireId, 2);
      connection.socket.write(frame);
      return pending.answer;
    },
    close() {
      closed = true;
      for (const connection of [...connections]) fail(connection, cancelled());
    },
  };
}

/** Splits the stream into length-prefixed messages and hands each to the query whose ID it carries. */
function readAnswers(connection: Connection, chunk: Buffer): void {
  let buffer = connection.received.length === 0 ? chunk : Buffer.concat([connection.received, chunk]);
  while (buffer.length >= 2) {
    const length = buffer.readUInt16BE(0);
    if (buffer.length < 2 + length) break;
    const message = Buffer.from(buffer.subarray(2, 2 + length));
    buffer = buffer.subarray(2 + length);
    // Shorter than an ID, or an ID no query waits for (one that timed out): nobody's answer.
    if (message.length < 2) continue;
    const entry = connection.waiting.get(message.readUInt16BE(0));
    if (!entry) continue;
    message.writeUInt16BE(entry.queryId, 0);
    entry.pending.resolve(message);
  }
  connection.received = buffer;
}

function freeId(waiting: ReadonlyMap<number, unknown>): number {
  // node:crypto is loaded here, on first use, not at start-up: it takes milliseconds that a run
  // over plain DNS would otherwise spend before its first query leaves.
  const { randomInt } = nodeCrypto();
  for (;;) {
    const id = randomInt(0, 65_536);
    if (!waiting.has(id)) return id;
  }
}
