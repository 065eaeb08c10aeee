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
  try {
    if (text.includes(':')) return ipaddr.IPv6.parse(text);
    if (FOUR_PART_DECIMAL.test(text)) return ipaddr.IPv4.parse(text);
  } catch {
    // Not an address: an octet over 255, a malformed IPv6 group...
  }
  return undefined;
}

/**
 * Accepts only a public unicast address, in its canonical text form.
 *
 * ipaddr.js names every special-purpose range (private, loopback, link-local, multicast, reserved,
 * carrier-grade NAT, unique-local, IPv4-mapped, 6to4, ...); anything but `unicast` would open a
 * firewall to something that is not a Vipps MobilePay server, so it most likely comes from a broken
 * or poisoned answer.
 */
export function checkAddress(text: string): AddressCheck {
  const parsed = parseAddress(text);
  if (!parsed) return { ok: false, address: text, reason: 'not a valid IPv4 or IPv6 address' };
  const range = parsed.range();
  if (range !== 'unicast') return { ok: false, address: text, reason: `${range} address, not public` };
  return { ok: true, address: parsed.toString() };
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

function addressBytes(address: string): number[] {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`"${address}" is not an IP address`);
  return parsed.toByteArray();
}

function compareBytes(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
