// A DNS server on 127.0.0.1 for tests, the demo and the benchmark. It answers like a recursive
// resolver (CNAME chains are followed inside the answer) and can be told to misbehave per name:
// SERVFAIL, REFUSED, silence, truncation, garbage, rotating or huge answers.
import dgram from 'node:dgram';
import dnsPacket from 'dns-packet';

// dns-packet takes the response code as the low four bits of the flags.
const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 };

/**
 * @typedef {{ A?: string[], AAAA?: string[], CNAME?: string, fault?: 'servfail'|'refused'|'nxdomain'|'silent'|'truncate'|'garbage', ttl?: number }} RecordSpec
 * @typedef {RecordSpec | ((type: string, count: number) => RecordSpec)} ZoneEntry
 */

/**
 * @param {{ zone?: Record<string, ZoneEntry>, latencyMs?: number }} [options]
 */
export async function startDnsServer(options = {}) {
  /** @type {Map<string, ZoneEntry>} */
  const zone = new Map(Object.entries(options.zone ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const latencyMs = options.latencyMs ?? 0;
  /** @type {Array<{ name: string, type: string }>} */
  const queries = [];
  const counts = new Map();
  const socket = dgram.createSocket('udp4');
  const timers = new Set();
  // Queries received but not yet answered, and the most there ever were: how parallel a client is.
  const stats = { inFlight: 0, maxInFlight: 0 };

  socket.on('message', (message, remote) => {
    let query;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase();
    queries.push({ name, type: question.type });
    const key = `${name}/${question.type}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const reply = answer(query, question, counts.get(key));
    if (reply === undefined) return;
    const send = () => socket.send(reply, remote.port, remote.address);
    if (latencyMs > 0) {
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      const timer = setTimeout(() => {
        timers.delete(timer);
        stats.inFlight--;
        send();
      }, latencyMs);
      timers.add(timer);
    } else send();
  });

  function lookup(name, type, count) {
    const entry = zone.get(name);
    if (entry === undefined) return undefined;
    return typeof entry === 'function' ? entry(type, count) : entry;
  }

  function answer(query, question, count) {
    const base = { id: query.id, type: 'response', flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE, questions: [question] };
    const spec = lookup(question.name.toLowerCase(), question.type, count);
    if (spec?.fault === 'silent') return undefined;
    if (spec?.fault === 'garbage') return Buffer.from([query.id >> 8, query.id & 0xff, 0x81, 0x80, 0xff, 0xff, 0x13, 0x37]);
    if (spec?.fault === 'servfail') return dnsPacket.encode({ ...base, flags: base.flags | RCODE.SERVFAIL });
    if (spec?.fault === 'refused') return dnsPacket.encode({ ...base, flags: base.flags | RCODE.REFUSED });
    if (spec?.fault === 'truncate') return dnsPacket.encode({ ...base, flags: base.flags | dnsPacket.TRUNCATED_RESPONSE });
    if (spec === undefined || spec.fault === 'nxdomain') return dnsPacket.encode({ ...base, flags: base.flags | RCODE.NXDOMAIN });
    const answers = [];
    let current = question.name;
    let currentSpec = spec;
    for (let hops = 0; currentSpec?.CNAME && hops < 8; hops++) {
      answers.push({ type: 'CNAME', name: current, ttl: currentSpec.ttl ?? 300, data: currentSpec.CNAME });
      current = currentSpec.CNAME;
      currentSpec = lookup(current.toLowerCase(), question.type, count);
    }
    if (currentSpec === undefined && answers.length > 0) return dnsPacket.encode({ ...base, flags: base.flags | RCODE.NXDOMAIN, answers });
    for (const address of currentSpec?.[question.type] ?? []) {
      answers.push({ type: question.type, name: current, ttl: currentSpec.ttl ?? 300, data: address });
    }
    return dnsPacket.encode({ ...base, flags: base.flags | RCODE.NOERROR, answers });
  }

  await new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => resolve(undefined));
  });
  const { port } = socket.address();
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
      await new Promise((resolve) => socket.close(() => resolve(undefined)));
    },
  };
}
