import dnsPacket from 'dns-packet';
import { randomId } from './random-id.js';
import type { RecordType } from './types.js';

// The EDNS0 UDP payload size of DNS Flag Day 2020: answers up to it arrive in one datagram
// without IP fragmentation; larger ones come truncated and are asked again over TCP.
const UDP_PAYLOAD_SIZE = 1232;

/** One question as sent: the name in lower case without a final dot, and a fresh random ID. */
export interface Query {
  id: number;
  name: string;
  type: RecordType;
  bytes: Uint8Array;
}

/**
 * A recursive query (RD=1) for one name and type, with an ID from the operating system's secure
 * random source: with the UDP source port, what a forger must guess (RFC 5452).
 */
export function buildQuery(name: string, type: RecordType): Query {
  const id = randomId();
  const bytes = dnsPacket.encode({
    id,
    type: 'query',
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ name, type, class: 'IN' }],
    additionals: [{ type: 'OPT', name: '.', udpPayloadSize: UDP_PAYLOAD_SIZE, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
  });
  return { id, name, type, bytes };
}
