// A DNS server on 127.0.0.1 for tests, the demo and the benchmark, over UDP and TCP on one port.
// It answers like a recursive resolver (CNAME chains are followed inside the answer; a negative
// answer carries the SOA of the name's zone) and can be told to misbehave per name: SERVFAIL,
// REFUSED, silence, truncation, garbage, rotating or huge answers, or any answer a test crafts.
import dgram from 'node:dgram';
import net from 'node:net';
import dnsPacket from 'dns-packet';

// dns-packet takes the response code as the low four bits of the flags.
const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 };

/**
 * A crafted reply: bytes as they are, or a packet laid over the honest header (the query's ID,
 * QR=1, RD and RA, the question), so a test writes only what it changes. `from: 'other-port'`
 * sends it from another socket, as a forger off the path would.
 * @typedef {Buffer | (import('dns-packet').Packet & { from?: 'other-port' })} Reply
 * @typedef {{ transport: 'udp' | 'tcp', honest: () => import('dns-packet').Packet }} ReplyContext
 * @typedef {{ A?: string[], AAAA?: string[], CNAME?: string, fault?: 'servfail'|'refused'|'nxdomain'|'silent'|'truncate'|'garbage', ttl?: number,
 *   reply?: (query: import('dns-packet').Packet, context: ReplyContext) => Reply | Reply[] | undefined }} RecordSpec
 * @typedef {RecordSpec | ((type: string, count: number) => RecordSpec)} ZoneEntry
 */

/**
 * @param {{ zone?: Record<string, ZoneEntry>, latencyMs?: number, tcp?: boolean }} [options]
 *   tcp: false leaves TCP closed on the port, so a truncated answer cannot be asked again.
 */
export async function startDnsServer(options = {}) {
  /** @type {Map<string, ZoneEntry>} */
  const zone = new Map(Object.entries(options.zone ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const latencyMs = options.latencyMs ?? 0;
  /** Every query received: what was asked, over which transport, with which ID, from which port. */
  /** @type {Array<{ name: string, type: string, transport: 'udp' | 'tcp', id: number, port: number }>} */
  const queries = [];
  const counts = new Map();
  const timers = new Set();
  // Queries received but not yet answered, and the most there ever were: how parallel a client is.
  const stats = { inFlight: 0, maxInFlight: 0 };
  const { udp, tcp, port } = await bindBoth(options.tcp ?? true);
  const forger = dgram.createSocket('udp4');
  await new Promise((resolve) => forger.bind(0, '127.0.0.1', () => resolve(undefined)));

  /** Decodes a query, records it, and hands each reply to `send` (after the latency, if any). */
  function receive(message, transport, port, send) {
    let query;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase();
    queries.push({ name, type: question.type, transport, id: query.id, port });
    const key = `${name}/${question.type}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const replies = answer(query, question, counts.get(key), transport);
    if (replies.length === 0) return;
    const deliver = () => {
      for (const reply of replies) send(reply);
    };
    if (latencyMs > 0) {
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      const timer = setTimeout(() => {
        timers.delete(timer);
        stats.inFlight--;
        deliver();
      }, latencyMs);
      timers.add(timer);
    } else deliver();
  }

  udp.on('message', (message, remote) =>
    receive(message, 'udp', remote.port, ({ bytes, from }) => (from === 'other-port' ? forger : udp).send(bytes, remote.port, remote.address)),
  );
  const connections = new Set();
  tcp?.on('connection', (socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    let received = Buffer.alloc(0);
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      while (received.length >= 2 && received.length >= 2 + received.readUInt16BE(0)) {
        const message = received.subarray(2, 2 + received.readUInt16BE(0));
        received = received.subarray(2 + message.length);
        receive(message, 'tcp', socket.remotePort, ({ bytes }) => {
          const length = Buffer.alloc(2);
          length.writeUInt16BE(bytes.length);
          if (!socket.destroyed) socket.write(Buffer.concat([length, bytes]));
        });
      }
    });
  });

  function lookup(name, type, count) {
    const entry = zone.get(name);
    if (entry === undefined) return undefined;
    return typeof entry === 'function' ? entry(type, count) : entry;
  }

  /** @returns {Array<{ bytes: Buffer, from?: string }>} */
  function answer(query, question, count, transport) {
    const base = { id: query.id, type: 'response', flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE, questions: [question] };
    const spec = lookup(question.name.toLowerCase(), question.type, count);
    const honest = () => honestAnswer(base, question, spec, count, transport);
    if (spec?.reply) {
      const crafted = spec.reply(query, { transport, honest });
      if (crafted === undefined) return [];
      return (Array.isArray(crafted) ? crafted : [crafted]).map((reply) =>
        Buffer.isBuffer(reply) ? { bytes: reply } : { bytes: dnsPacket.encode({ ...base, ...reply }), from: reply.from },
      );
    }
    if (spec?.fault === 'silent') return [];
    // A header with the query's ID that promises records which never come.
    if (spec?.fault === 'garbage') return [{ bytes: Buffer.from([query.id >> 8, query.id & 0xff, 0x81, 0x80, 0, 1, 0xff, 0xff, 0, 0, 0, 0, 0x13, 0x37]) }];
    return [{ bytes: dnsPacket.encode(honest()) }];
  }

  function honestAnswer(base, question, spec, count, transport) {
    const withRcode = (rcode, extra = {}) => ({ ...base, flags: base.flags | rcode, ...extra });
    if (spec?.fault === 'servfail') return withRcode(RCODE.SERVFAIL);
    if (spec?.fault === 'refused') return withRcode(RCODE.REFUSED);
    if (spec?.fault === 'truncate' && transport === 'udp') return { ...base, flags: base.flags | dnsPacket.TRUNCATED_RESPONSE };
    if (spec === undefined || spec.fault === 'nxdomain') return withRcode(RCODE.NXDOMAIN, { authorities: [soaFor(question.name)] });
    const answers = [];
    let current = question.name;
    let currentSpec = spec;
    for (let hops = 0; currentSpec?.CNAME && hops < 8; hops++) {
      answers.push({ type: 'CNAME', name: current, ttl: currentSpec.ttl ?? 300, data: currentSpec.CNAME });
      current = currentSpec.CNAME;
      currentSpec = lookup(current.toLowerCase(), question.type, count);
    }
    if (currentSpec === undefined && answers.length > 0) return withRcode(RCODE.NXDOMAIN, { answers, authorities: [soaFor(current)] });
    for (const address of currentSpec?.[question.type] ?? []) {
      answers.push({ type: question.type, name: current, ttl: currentSpec.ttl ?? 300, data: address });
    }
    // NODATA at the end of the chain: the SOA of its zone says so (RFC 2308), as a resolver does.
    const nodata = answers.length === 0 || answers.at(-1)?.type === 'CNAME';
    return withRcode(RCODE.NOERROR, { answers, authorities: nodata ? [soaFor(current)] : [] });
  }

  return {
    port,
    /** `127.0.0.1:PORT`, the form `dns-servers` takes. */
    server: `127.0.0.1:${port}`,
    queries,
    stats,
    /** Replaces the whole zone. */
    setZone(next) {
      zone.clear();
      for (const [k, v] of Object.entries(next)) zone.set(k.toLowerCase(), v);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of connections) socket.destroy();
      await Promise.all([
        new Promise((resolve) => udp.close(() => resolve(undefined))),
        new Promise((resolve) => forger.close(() => resolve(undefined))),
        tcp ? new Promise((resolve) => tcp.close(() => resolve(undefined))) : undefined,
      ]);
    },
  };
}

/** The SOA a resolver puts beside a negative answer: of the name's zone, taken as its last two labels. */
function soaFor(name) {
  const zone = name.split('.').slice(-2).join('.');
  return {
    type: 'SOA',
    name: zone,
    ttl: 300,
    data: { mname: `ns1.${zone}`, rname: `hostmaster.${zone}`, serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 300 },
  };
}

/** A UDP socket and, unless told not to, a TCP server on the same free port of 127.0.0.1. */
async function bindBoth(withTcp) {
  for (let tries = 0; ; tries++) {
    const udp = dgram.createSocket('udp4');
    await new Promise((resolve, reject) => {
      udp.once('error', reject);
      udp.bind(0, '127.0.0.1', () => resolve(undefined));
    });
    const { port } = udp.address();
    if (!withTcp) return { udp, tcp: undefined, port };
    const tcp = net.createServer();
    const listening = await new Promise((resolve) => {
      tcp.once('error', () => resolve(false));
      tcp.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (listening) return { udp, tcp, port };
    await new Promise((resolve) => udp.close(() => resolve(undefined)));
    if (tries > 20) throw new Error('no port free for both UDP and TCP on 127.0.0.1');
  }
}
