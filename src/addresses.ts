import ipaddr from 'ipaddr.js';

/** Why an address in a DNS answer was not allowed into the lock. */
export interface RejectedAddress {
  address: string;
  reason: string;
}

export type AddressCheck = { ok: true; address: string } | ({ ok: false } & RejectedAddress);

/**
 * Accepts only a public unicast address, in its canonical text form.
 *
 * ipaddr.js names every special-purpose range (private, loopback, link-local, multicast, reserved,
 * carrier-grade NAT, unique-local, IPv4-mapped, 6to4, ...); anything but `unicast` would open a
 * firewall to something that is not a Vipps MobilePay server, so it most likely comes from a broken
 * or poisoned answer. IPv4 must be four-part decimal: `ipaddr.isValid` also accepts forms like
 * `0x7f.1`, which no DNS answer should carry.
 */
export function checkAddress(text: string): AddressCheck {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) parsed = ipaddr.IPv4.parse(text);
  else if (ipaddr.IPv6.isValid(text) && text.includes(':')) parsed = ipaddr.IPv6.parse(text);
  else return { ok: false, address: text, reason: 'not a valid IPv4 or IPv6 address' };
  const range = parsed.range();
  if (range !== 'unicast') return { ok: false, address: text, reason: `${range} address, not public` };
  return { ok: true, address: parsed.toString() };
}

/** Address order used everywhere: IPv4 before IPv6, then numerically by bytes. */
export function compareAddresses(a: string, b: string): number {
  const x = ipaddr.parse(a).toByteArray();
  const y = ipaddr.parse(b).toByteArray();
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function sortAddresses(addresses: Iterable<string>): string[] {
  return [...new Set(addresses)].sort(compareAddresses);
}

export function isIPv6(address: string): boolean {
  return address.includes(':');
}
