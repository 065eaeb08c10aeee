import dnsPacket, { type Answer } from 'dns-packet';
import { observeHosts } from '../observation.js';
import { buildQuery } from './message.js';
import { decodeAnswer, type Reading, readAnswer } from './read-answer.js';
import type { RecordType } from './types.js';

const NAME = 'rehearsal.invalid';
const TARGET = 'target.rehearsal.invalid';
const SOA: Answer = {
  name: 'invalid',
  type: 'SOA',
  class: 'IN',
  ttl: 60,
  data: { mname: 'ns.invalid', rname: 'hostmaster.invalid', serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 60 },
};

/**
 * Answers in the shapes real ones take (a CNAME chain to an A record, an AAAA record, no record
 * with the zone's SOA), made up here for a name that cannot exist, with addresses no server can
 * have: 192.0.2.1 is for documentation, and 4000::1 lies outside 2000::/3, the global unicast space
 * (IPv6 addresses outside it go through every step of the address check before they are refused).
 */
const SHAPES: Array<{ type: RecordType; answers: Answer[]; authorities: Answer[] }> = [
  {
    type: 'A',
    answers: [
      { name: NAME, type: 'CNAME', class: 'IN', ttl: 60, data: TARGET },
      { name: TARGET, type: 'A', class: 'IN', ttl: 60, data: '192.0.2.1' },
    ],
    authorities: [],
  },
  { type: 'AAAA', answers: [{ name: NAME, type: 'AAAA', class: 'IN', ttl: 60, data: '4000::1' }], authorities: [] },
  { type: 'AAAA', answers: [], authorities: [SOA] },
];

/**
 * Reads once, and drops, an answer of each shape in SHAPES, and checks its addresses as answers'
 * are checked (both are refused). Called once the queries are sent: V8 compiles
 * code the first time it runs, and the first real answers would otherwise wait, a millisecond or
 * two in all, for the decoder, the strict reader and the address check to be compiled, with every
 * answer behind them in the queue. Nothing it reads reaches a lookup: the readings are returned
 * for tests.
 */
export function rehearseReading(): Reading[] {
  const readings = SHAPES.map((shape): Reading => {
    const query = buildQuery(NAME, shape.type);
    const answer = dnsPacket.encode({
      id: query.id,
      type: 'response',
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
      questions: [{ name: NAME, type: shape.type, class: 'IN' }],
      answers: shape.answers,
      authorities: shape.authorities,
    });
    const decoded = decodeAnswer(answer);
    return decoded.ok ? readAnswer(decoded.packet, query) : { kind: 'failed', code: decoded.code, reason: decoded.reason };
  });
  observeHosts(
    readings.flatMap((outcome, i) => (outcome.kind === 'follow' ? [] : [{ server: 'rehearsal', host: NAME, type: SHAPES[i]?.type ?? 'A', outcome }])),
    ['A', 'AAAA'],
  );
  return readings;
}
