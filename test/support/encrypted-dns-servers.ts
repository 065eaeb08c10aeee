// DNS-over-HTTPS and DNS-over-TLS servers on 127.0.0.1 for tests and the benchmark. Each answers by
// passing the query unchanged to a plain DNS server on loopback (scripts/dns-fake.mjs or Knot), so
// zones are written once, and injects faults of its own channel per host name: HTTP statuses, a
// wrong content type, silence, a reset stream, GOAWAY, a connection closed in the middle of an answer.
import dgram from 'node:dgram';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import dnsPacket from 'dns-packet';

export type ChannelFault = 'status-404' | 'status-503' | 'content-type' | 'silent' | 'reset-stream' | 'goaway' | 'close-connection' | 'close-mid-answer';

export interface EncryptedServerOptions {
  tls: { key: string; cert: string };
  /** The plain DNS server (`127.0.0.1:PORT`) whose answers are passed on. */
  upstream: string;
  /** A fault per host name in lower case, or `*` for every query. */
  faults?: Record<string, ChannelFault>;
  /** Changes an answer before it is sent: how a test forges one. */
  rewrite?: (answer: Buffer) => Buffer;
  /** Added before every answer, in milliseconds. */
  latencyMs?: number;
  /** DNS over HTTPS: the most streams a client may open at once (HTTP/2 SETTINGS_MAX_CONCURRENT_STREAMS). */
  maxConcurrentStreams?: number;
}

export interface EncryptedServer {
  port: number;
  /** TLS connections accepted so far. */
  connections: number;
  /** Queries received so far. */
  queries: number;
  /** Most queries received and not yet answered at one time: how parallel the client is. */
  maxInFlight: number;
  close(): Promise<void>;
}

function hostOf(query: Buffer): string {
  try {
    return dnsPacket.decode(query).questions?.[0]?.name.toLowerCase() ?? '';
  } catch {
    return '';
  }
}

/** One UDP exchange with the upstream server; undefined when it stays silent for two seconds. */
function askUpstream(upstream: string, query: Buffer): Promise<Buffer | undefined> {
  const [host, port] = [upstream.slice(0, upstream.lastIndexOf(':')), Number(upstream.slice(upstream.lastIndexOf(':') + 1))];
  return new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    const done = (answer: Buffer | undefined) => {
      clearTimeout(timer);
      socket.close();
      resolve(answer);
    };
    const timer = setTimeout(() => done(undefined), 2000);
    socket.on('message', (message) => done(message));
    socket.on('error', () => done(undefined));
    socket.send(query, port, host);
  });
}

function tracker(options: EncryptedServerOptions) {
  const stats = { connections: 0, queries: 0, inFlight: 0, maxInFlight: 0 };
  const timers = new Set<NodeJS.Timeout>();
  async function answer(query: Buffer): Promise<Buffer | undefined> {
    stats.queries++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      const upstream = await askUpstream(options.upstream, query);
      if (options.latencyMs) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, options.latencyMs);
          timers.add(timer);
        });
      }
      return upstream && options.rewrite ? options.rewrite(upstream) : upstream;
    } finally {
      stats.inFlight--;
    }
  }
  const faultFor = (query: Buffer): ChannelFault | undefined => options.faults?.[hostOf(query)] ?? options.faults?.['*'];
  return { stats, timers, answer, faultFor };
}

function listening<T extends { listen(port: number, host: string, cb: () => void): unknown; address(): AddressInfo | string | null }>(
  server: T,
): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** A DNS-over-HTTPS server (RFC 8484, POST and GET) on 127.0.0.1 over HTTP/2. */
export async function startDohServer(options: EncryptedServerOptions): Promise<EncryptedServer & { url: string }> {
  const { stats, timers, answer, faultFor } = tracker(options);
  const sessions = new Set<http2.ServerHttp2Session>();
  const server = http2.createSecureServer({
    key: options.tls.key,
    cert: options.tls.cert,
    ...(options.maxConcurrentStreams ? { settings: { maxConcurrentStreams: options.maxConcurrentStreams } } : {}),
  });
  // HTTP/2 hides its socket; cutting a connection in the middle of an answer needs the raw one.
  const sockets = new Map<number, tls.TLSSocket>();
  server.on('secureConnection', (socket: tls.TLSSocket) => {
    sockets.set(socket.remotePort ?? 0, socket);
    socket.on('close', () => sockets.delete(socket.remotePort ?? 0));
  });
  const cut = (session: http2.Http2Session | undefined) => sockets.get(session?.socket.remotePort ?? 0)?.destroy();
  server.on('session', (session) => {
    stats.connections++;
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
    session.on('error', () => {});
  });
  server.on('stream', (stream, headers) => {
    stream.on('error', () => {});
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', async () => {
      const param = new URL(String(headers[':path']), 'https://x').searchParams.get('dns');
      const query = headers[':method'] === 'GET' && param ? Buffer.from(param, 'base64url') : Buffer.concat(chunks);
      if (headers[':method'] === 'POST' && headers['content-type'] !== 'application/dns-message') {
        stream.respond({ ':status': 415 });
        stream.end();
        return;
      }
      const fault = faultFor(query);
      if (fault === 'silent') return;
      if (fault === 'reset-stream') return stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
      if (fault === 'goaway') return stream.session?.goaway(http2.constants.NGHTTP2_INTERNAL_ERROR, 0);
      if (fault === 'close-connection') return cut(stream.session);
      if (fault === 'status-404' || fault === 'status-503') {
        stream.respond({ ':status': Number(fault.slice(-3)), 'content-type': 'text/plain' });
        return stream.end('no DNS here');
      }
      const reply = await answer(query);
      if (reply === undefined || stream.destroyed) return;
      const type = fault === 'content-type' ? 'text/html' : 'application/dns-message';
      stream.respond({ ':status': 200, 'content-type': type, 'content-length': reply.length });
      if (fault === 'close-mid-answer') {
        stream.write(reply.subarray(0, reply.length >> 1), () => cut(stream.session));
        return;
      }
      stream.end(reply);
    });
  });
  const port = await listening(server);
  return {
    port,
    url: `https://127.0.0.1:${port}/dns-query`,
    get connections() {
      return stats.connections;
    },
    get queries() {
      return stats.queries;
    },
    get maxInFlight() {
      return stats.maxInFlight;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const session of sessions) session.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A DNS-over-TLS server (RFC 7858) on 127.0.0.1: length-prefixed messages, answered as they come. */
export async function startDotServer(options: EncryptedServerOptions): Promise<EncryptedServer> {
  const { stats, timers, answer, faultFor } = tracker(options);
  const sockets = new Set<tls.TLSSocket>();
  const server = tls.createServer({ key: options.tls.key, cert: options.tls.cert }, (socket) => {
    stats.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let received = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      while (received.length >= 2 && received.length >= 2 + received.readUInt16BE(0)) {
        const query = Buffer.from(received.subarray(2, 2 + received.readUInt16BE(0)));
        received = received.subarray(2 + query.length);
        void respond(socket, query);
      }
    });
  });
  async function respond(socket: tls.TLSSocket, query: Buffer): Promise<void> {
    const fault = faultFor(query);
    if (fault === 'silent') return;
    if (fault === 'close-connection') return void socket.destroy();
    const reply = await answer(query);
    if (reply === undefined || socket.destroyed) return;
    const frame = Buffer.alloc(2 + reply.length);
    frame.writeUInt16BE(reply.length, 0);
    reply.copy(frame, 2);
    if (fault === 'close-mid-answer') return void socket.write(frame.subarray(0, frame.length >> 1), () => socket.destroy());
    socket.write(frame);
  }
  const port = await listening(server);
  return {
    port,
    get connections() {
      return stats.connections;
    },
    get queries() {
      return stats.queries;
    },
    get maxInFlight() {
      return stats.maxInFlight;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
