// Names as the answer's bytes hold them, label by label. dns-packet joins a name's labels with "."
// without escaping and reads each label as UTF-8, so the two-label owner `callback-2\.vipps` `no`
// comes out as `callback-2.vipps.no`, and a Kelvin sign (U+212A) folds to `k` under toLowerCase():
// another name than the question's would pass as the question's. Read here, a label keeps only
// ASCII letters (folded to lower case), digits, `-` and `_` as they are; every other byte, a dot
// inside a label included, is written `\DDD` (RFC 1035 section 5.1), so such a name can never equal
// a host name and is never asked for.

/** A name read from the wire: labels joined by ".", ASCII folded to lower case, other bytes escaped. */
export type WireName = string;

/** The names of the question and of each answer record (and each CNAME's target), in packet order. */
export interface WireNames {
  questions: WireName[];
  answers: Array<{ owner: WireName; target?: WireName }>;
}

const CNAME = 5;

/** Reads the names of a message that dns-packet has already decoded whole; throws on bytes that are not one. */
export function readWireNames(message: Uint8Array): WireNames {
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  const questionCount = view.getUint16(4);
  const answerCount = view.getUint16(6);
  let offset = 12;
  const questions: WireName[] = [];
  for (let i = 0; i < questionCount; i++) {
    const name = readName(message, offset);
    questions.push(name.name);
    offset = name.next + 4;
  }
  const answers: WireNames['answers'] = [];
  for (let i = 0; i < answerCount; i++) {
    const owner = readName(message, offset);
    const type = view.getUint16(owner.next);
    const length = view.getUint16(owner.next + 8);
    const data = owner.next + 10;
    answers.push(type === CNAME ? { owner: owner.name, target: readName(message, data).name } : { owner: owner.name });
    offset = data + length;
  }
  return { questions, answers };
}

// More pointers than a message has bytes to point at is a loop.
const MAX_POINTERS = 128;

function readName(message: Uint8Array, start: number): { name: WireName; next: number } {
  const labels: string[] = [];
  let offset = start;
  let next: number | undefined;
  let pointers = 0;
  for (;;) {
    const length = byteAt(message, offset);
    if (length === 0) {
      offset += 1;
      break;
    }
    if ((length & 0xc0) === 0xc0) {
      next ??= offset + 2;
      if (++pointers > MAX_POINTERS) throw new Error('name compression loop');
      offset = ((length & 0x3f) << 8) | byteAt(message, offset + 1);
      continue;
    }
    if ((length & 0xc0) !== 0) throw new Error(`label type ${length >> 6} is not a DNS label`);
    if (offset + 1 + length > message.length) throw new Error('label past the end of the message');
    labels.push(presentLabel(message.subarray(offset + 1, offset + 1 + length)));
    offset += 1 + length;
  }
  return { name: labels.length === 0 ? '.' : labels.join('.'), next: next ?? offset };
}

function byteAt(message: Uint8Array, offset: number): number {
  const byte = message[offset];
  if (byte === undefined) throw new Error('name past the end of the message');
  return byte;
}

function presentLabel(bytes: Uint8Array): string {
  let label = '';
  for (const byte of bytes) {
    if (byte >= 0x41 && byte <= 0x5a) label += String.fromCharCode(byte + 0x20);
    else if ((byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d || byte === 0x5f) label += String.fromCharCode(byte);
    else label += `\\${String(byte).padStart(3, '0')}`;
  }
  return label;
}

/** A name made only of letters, digits, `-` and `_` labels: one a query may be sent for. */
export function isHostName(name: WireName): boolean {
  return /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(name);
}

/** Folds ASCII A-Z only: toLowerCase() also folds other scripts' letters onto ASCII ones (U+212A to k). */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0x20));
}
