import ipaddr from 'ipaddr.js';

/** Why an address in a DNS answer was not allowed into the lock. */
export interface RejectedAddress {
  address: string;
  reason: string;
}

export type AddressCheck = { ok: true; address: string } | ({ ok: false } & RejectedAddress);

// IPv4 in the one form a DNS answer carries. ipaddr.IPv4.parse also accepts forms such as `0x7f.1`.
const FOUR_PART_DECIMAL = /^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/;

/**
 * An address in four-part decimal IPv4 or in IPv6 notation, parsed once; undefined for anything
 * else. ipaddr.js's own isValid-then-parse pairs parse every address twice or three times, and
 * throw (slowly) inside for every IPv6 address tried as IPv4: this runs for every answer of a run.
 */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  // ipaddr.js accepts an IPv6 zone ID (`fe80::1%eth0`) and keeps it in the text it gives back: a
  // zone names an interface on one machine, never a server on the internet, so no address has one.
  if (text.includes('%')) return undefined;
  try {
    if (text.includes(':')) return ipaddr.IPv6.parse(text);
    if (FOUR_PART_DECIMAL.test(text)) return ipaddr.IPv4.parse(text);
  } catch {
    // Not an address: an octet over 255, a malformed IPv6 group...
  }
  return undefined;
}

// Global unicast IPv6 is 2000::/3 (RFC 4291 section 2.4). ipaddr.js calls every IPv6 address it
// has no name for `unicast`, reserved space outside 2000::/3 included (`::2`, `4000::1`, `fe00::1`).
const GLOBAL_UNICAST_V6 = '2000::/3';

// The blocks of IANA's IPv6 Special-Purpose Address Registry that sit inside 2000::/3, named here
// even though ipaddr.js 2.x names them too: the rule must not change with the library's version.
// None of them is a server anyone sends payment callbacks from.
const SPECIAL_PURPOSE_V6: ReadonlyArray<readonly [string, string]> = [
  ['2001::/23', 'IETF protocol assignment (2001::/23)'],
  ['2001:db8::/32', 'documentation (2001:db8::/32)'],
  ['2002::/16', '6to4 (2002::/16)'],
  ['2620:4f:8000::/48', 'AS112 sink (2620:4f:8000::/48)'],
  ['3fff::/20', 'documentation (3fff::/20)'],
];

type Cidr = [ipaddr.IPv6, number];
// Parsed on first use, not at start-up: the action's queries leave before any answer is read.
let ranges: { global: Cidr; special: Array<readonly [Cidr, string]> } | undefined;
function v6Ranges(): NonNullable<typeof ranges> {
  const cidr = (text: string) => ipaddr.IPv6.parseCIDR(text) as Cidr;
  ranges ??= { global: cidr(GLOBAL_UNICAST_V6), special: SPECIAL_PURPOSE_V6.map(([text, name]) => [cidr(text), name] as const) };
  return ranges;
}

/**
 * Accepts only a global unicast address, in its canonical text form: the one rule for every
 * address that enters the lock, wherever it comes from (a DNS answer, a committed lock).
 *
 * IPv4: ipaddr.js names every special-purpose range (private, loopback, link-local, multicast,
 * reserved and documentation, carrier-grade NAT, AS112, ...); anything but `unicast` is refused.
 * IPv6: inside 2000::/3, outside the special-purpose blocks there, and `unicast` to ipaddr.js.
 * Anything else would open a firewall to something that is not a Vipps MobilePay server, so it
 * most likely comes from a broken or poisoned answer.
 */
export function checkAddress(text: string): AddressCheck {
  const parsed = parseAddress(text);
  if (!parsed) {
    const zone = text.includes('%') ? ' (a zone ID after % names a local interface, never a server)' : '';
    return { ok: false, address: text, reason: `not a valid IPv4 or IPv6 address${zone}` };
  }
  // Written in canonical form first, whatever the verdict: the same code runs for every address,
  // so the rehearsal of reading (dns/reading-rehearsal.ts) compiles it with addresses it refuses.
  const address = parsed.toString();
  const why = notGlobalUnicast(parsed);
  if (why) return { ok: false, address: text, reason: `${why} address, not public` };
  return { ok: true, address };
}

/** Why an address is not global unicast, or undefined when it is. */
function notGlobalUnicast(parsed: ipaddr.IPv4 | ipaddr.IPv6): string | undefined {
  const range = parsed.range();
  if (parsed.kind() === 'ipv4') return range === 'unicast' ? undefined : range;
  const v6 = parsed as ipaddr.IPv6;
  if (range !== 'unicast') return range;
  const { global, special } = v6Ranges();
  if (!v6.match(global)) return 'reserved (outside 2000::/3)';
  for (const [cidr, name] of special) if (v6.match(cidr)) return name;
  return undefined;
}

/** Address order used everywhere: IPv4 before IPv6, then numerically by bytes. */
export function compareAddresses(a: string, b: string): number {
  return compareBytes(addressBytes(a), addressBytes(b));
}

export function sortAddresses(addresses: Iterable<string>): string[] {
  // Each address is parsed once, not once per comparison.
  const keyed = [...new Set(addresses)].map((address) => ({ address, bytes: addressBytes(address) }));
  return keyed.sort((x, y) => compareBytes(x.bytes, y.bytes)).map((k) => k.address);
}

export function isIPv6(address: string): boolean {
  return address.includes(':');
}

// Addresses are sorted again and again (each environment, each diff, each report) and ipaddr's
// parser is a series of regular expressions: each address is parsed once per run.
const parsedBytes = new Map<string, number[]>();
const MOST_KEPT = 10_000;

function addressBytes(address: string): number[] {
  const known = parsedBytes.get(address);
  if (known) return known;
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`"${address}" is not an IP address`);
  const bytes = parsed.toByteArray();
  if (parsedBytes.size >= MOST_KEPT) parsedBytes.clear();
  parsedBytes.set(address, bytes);
  return bytes;
}

function compareBytes(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
