import dnsPacket, { type Answer, type Packet } from 'dns-packet';
import type { Query } from './message.js';
import { rcodeFailure } from './rcodes.js';
import { asciiLower, isHostName, readWireNames } from './wire-names.js';

/** CNAME links followed from the question, over every answer asked for it, before the chain is refused. */
export const MAX_CHAIN_LINKS = 8;

/** What one answer says about its question, read strictly (the README's table, row by row). */
export type Reading =
  /** NOERROR, with these records of the asked type at the end of the chain. */
  | { kind: 'addresses'; addresses: string[] }
  /** NOERROR, and the end of the chain has no record of the type (NODATA). */
  | { kind: 'no-records' }
  /** NXDOMAIN: the end of the chain does not exist. */
  | { kind: 'no-such-host' }
  /** NOERROR, but the chain ends at a name whose records are not in the answer: ask for that name. */
  | { kind: 'follow'; name: string; via: string[] }
  | { kind: 'failed'; code: string; reason: string };

export type Decoded = { ok: true; packet: Packet & { answers: Answer[] } } | { ok: false; code: string; reason: string };

/** The answer's bytes as a DNS message, or why they are not one. */
export function decodeAnswer(bytes: Uint8Array): Decoded {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const packet = dnsPacket.decode(buffer);
    // dns-packet stops at the counts the header gives; bytes after them mean the message is not
    // what it claims (a record whose data length disagrees with its type shifts everything after it).
    if (dnsPacket.decode.bytes !== buffer.length) return malformed(`${buffer.length - dnsPacket.decode.bytes} bytes after the last record`);
    // The names as the wire holds them, label by label, in place of dns-packet's joined ones.
    const names = readWireNames(bytes);
    const questions = (packet.questions ?? []).map((question, i) => ({ ...question, name: names.questions[i] ?? question.name }));
    const answers = (packet.answers ?? []).map((record, i): Answer => {
      const wire = names.answers[i];
      if (!wire) return record;
      return record.type === 'CNAME' && wire.target !== undefined ? { ...record, name: wire.owner, data: wire.target } : { ...record, name: wire.owner };
    });
    return { ok: true, packet: { ...packet, questions, answers } };
  } catch (error) {
    return malformed(error instanceof Error ? error.message : String(error));
  }
}

function malformed(detail: string): Decoded {
  return { ok: false, code: 'EBADRESP', reason: `malformed answer (${detail})` };
}

/** The full response code, the EDNS0 extension included. */
export function responseCode(packet: Packet): number {
  const opt = (packet.additionals ?? []).find((record) => record.type === 'OPT');
  const extended = opt && 'extendedRcode' in opt ? opt.extendedRcode : 0;
  return (extended << 4) | ((packet.flags ?? 0) & 0x0f);
}

const QUERY_OPCODE = 0;

/**
 * Reads an answer to `query`. `chain` holds the names whose CNAMEs led to the query's name in
 * earlier answers (empty for the host itself), so that a loop or an over-long chain across answers
 * is caught.
 */
export function readAnswer(packet: Packet & { answers: Answer[] }, query: Query, chain: readonly string[] = []): Reading {
  const mismatch = questionMismatch(packet, query);
  if (mismatch) return refused(`it answers another question: ${mismatch}`, 'EMISMATCH');
  // A transport asks a truncated UDP answer again over TCP; one that is still truncated is a part
  // of an answer, and the records it lacks must not read as gone.
  if (((packet.flags ?? 0) & dnsPacket.TRUNCATED_RESPONSE) !== 0)
    return { kind: 'failed', code: 'ETRUNCATED', reason: 'answer truncated, and not asked again in full' };
  const rcode = responseCode(packet);
  if (rcode !== 0 && rcode !== 3) return { kind: 'failed', ...rcodeFailure(rcode) };

  const walk = walkChain(packet.answers, query, chain);
  if (!walk.ok) return refused(walk.reason);
  if (rcode === 3) {
    if (walk.addresses.length > 0) return refused(`NXDOMAIN carrying ${query.type} records for ${walk.end}`);
    return { kind: 'no-such-host' };
  }
  if (walk.addresses.length > 0) return { kind: 'addresses', addresses: walk.addresses };
  if (walk.end !== query.name && !negativeFor(packet, walk.end)) return { kind: 'follow', name: walk.end, via: walk.via };
  if (isReferral(packet)) {
    return {
      kind: 'failed',
      code: 'EREFERRAL',
      reason: 'referral to other name servers instead of an answer: the server does not resolve this name (not a recursive resolver?)',
    };
  }
  return { kind: 'no-records' };
}

function refused(why: string, code = 'EFORGED'): Reading {
  return { kind: 'failed', code, reason: `answer refused as broken or forged: ${why}` };
}

function questionMismatch(packet: Packet, query: Query): string | undefined {
  if (packet.id !== query.id) return `ID ${packet.id} instead of ${query.id}`;
  if (packet.type !== 'response') return 'a query, not a response';
  const opcode = ((packet.flags ?? 0) >> 11) & 0x0f;
  if (opcode !== QUERY_OPCODE) return `opcode ${opcode} instead of QUERY`;
  const questions = packet.questions ?? [];
  const [question] = questions;
  if (questions.length !== 1 || !question) return `${questions.length} questions instead of 1`;
  if (asciiLower(question.name) !== query.name || question.type !== query.type || question.class !== 'IN') {
    return `${question.name} ${question.class} ${question.type} instead of ${query.name} IN ${query.type}`;
  }
  return undefined;
}

type Walk = { ok: true; end: string; via: string[]; addresses: string[] } | { ok: false; reason: string };

/**
 * The chain from the question through the answer's CNAMEs, link by link, and the records of the
 * asked type owned by its end. Every record must sit on that chain: a CNAME from one name on it
 * to the next, or a record of the asked type owned by its end. Anything else (another owner,
 * another type, another class, a second CNAME for a name, data beside a CNAME, a loop, a chain
 * too long) is not an answer to this question.
 */
function walkChain(answers: readonly Answer[], query: Query, chain: readonly string[]): Walk {
  const cnames = new Map<string, Set<string>>();
  const addresses = new Map<string, Set<string>>();
  for (const record of answers) {
    const owner = asciiLower(record.name);
    const klass = 'class' in record ? record.class : undefined;
    if (klass !== 'IN') return { ok: false, reason: `${record.type} record for ${record.name} in class ${klass}, not IN` };
    if (record.type === 'CNAME') add(cnames, owner, asciiLower(String(record.data)));
    else if (record.type === query.type) add(addresses, owner, String(record.data));
    else return { ok: false, reason: `${record.type} record for ${record.name} in an answer to a ${query.type} question` };
  }
  const seen = new Set([...chain, query.name]);
  let end = query.name;
  const via: string[] = [];
  let links = chain.length;
  for (;;) {
    const targets = cnames.get(end);
    if (!targets) break;
    if (targets.size > 1) return { ok: false, reason: `${end} has ${targets.size} CNAMEs (${[...targets].join(', ')})` };
    if (addresses.has(end)) return { ok: false, reason: `${end} has both a CNAME and ${query.type} records` };
    const next = targets.values().next().value as string;
    // The follow-up query names exactly this target: one that is no host name is never asked for.
    if (!isHostName(next)) return { ok: false, reason: `CNAME target ${next} is not a host name` };
    if (seen.has(next)) return { ok: false, reason: `CNAME loop: ${end} points back to ${next}` };
    links++;
    if (links > MAX_CHAIN_LINKS) return { ok: false, reason: `CNAME chain longer than ${MAX_CHAIN_LINKS} links` };
    seen.add(next);
    via.push(end);
    cnames.delete(end);
    end = next;
  }
  // What the walk did not reach is owned by names off the chain.
  const [stray] = [...cnames.keys(), ...[...addresses.keys()].filter((owner) => owner !== end)];
  if (stray !== undefined) {
    const what = cnames.has(stray) ? 'CNAME' : query.type;
    return { ok: false, reason: `${what} record owned by ${stray}, which is not on the chain from ${query.name}` };
  }
  return { ok: true, end, via, addresses: [...(addresses.get(end) ?? [])] };
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

// A resolver that followed the chain and found no record at its end says so with the SOA of the
// end's zone beside the answer (RFC 2308 section 2.2, NODATA); without it, the chain merely left
// what the server knows (an authoritative server answers only inside its zone).
function negativeFor(packet: Packet, end: string): boolean {
  return (packet.authorities ?? []).some((r) => {
    if (r.type !== 'SOA') return false;
    const zone = asciiLower(r.name);
    return zone === '.' || zone === end || end.endsWith(`.${zone}`);
  });
}

// A server that does not resolve the name answers NOERROR with name servers to ask instead
// (authority NS, no SOA, not authoritative): no answer at all, not "no records" (RFC 2308 section 2.2).
function isReferral(packet: Packet): boolean {
  const authorities = packet.authorities ?? [];
  const authoritative = ((packet.flags ?? 0) & dnsPacket.AUTHORITATIVE_ANSWER) !== 0;
  return !authoritative && authorities.some((r) => r.type === 'NS') && !authorities.some((r) => r.type === 'SOA');
}

/** The answer's records in presentation form, for the debug log. */
export function describeRecords(packet: Packet): string[] {
  return (packet.answers ?? []).map((record) => `${record.name} ${record.type} ${'data' in record ? String(record.data) : ''}`.trim());
}
