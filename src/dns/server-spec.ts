import { parseAddress } from '../addresses.js';
import { InputError } from '../errors.js';
import { nodeNet } from '../node-builtins.js';

/** One configured DNS server, by how it is reached. */
export type ServerSpec =
  /** Plain DNS over UDP (TCP when truncated), in the form Node's resolver takes: `ip` or `ip:port`, `[ipv6]:port`. */
  | { kind: 'plain'; server: string }
  /** DNS over HTTPS (RFC 8484) at this URL. */
  | { kind: 'https'; url: string }
  /** DNS over TLS (RFC 7858); the certificate must carry `name`, or else `host`. */
  | { kind: 'tls'; host: string; port: number; name?: string }
  /** The resolvers the runner itself uses (its /etc/resolv.conf). */
  | { kind: 'runner' };

/**
 * Public resolvers by short name, at the DNS-over-HTTPS endpoints their operators document:
 * developers.cloudflare.com/1.1.1.1/encryption/dns-over-https, developers.google.com/speed/public-dns/docs/doh,
 * quad9.net/service/service-addresses-and-features (the filtering, DNSSEC-validating service).
 */
export const PUBLIC_RESOLVERS: Readonly<Record<string, string>> = {
  cloudflare: 'https://cloudflare-dns.com/dns-query',
  google: 'https://dns.google/dns-query',
  quad9: 'https://dns.quad9.net/dns-query',
};

export const DOT_PORT = 853;

const FORMS =
  'each DNS server must be an IP address, ip:port or [ipv6]:port (plain DNS, such as 1.1.1.1 or [2606:4700:4700::1111]:53), ' +
  'https://host[:port]/path (DNS over HTTPS, such as https://dns.google/dns-query), ' +
  'tls://host[:port] or tls://address[:port]#name (DNS over TLS, such as tls://1.1.1.1#one.one.one.one), ' +
  `runner (the runner's own resolvers), or one of ${Object.keys(PUBLIC_RESOLVERS).join(', ')}`;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

// node:net (about 2 ms to load) only for the https:// and tls:// forms: plain servers go out first.
const isIP = (text: string): number => nodeNet().isIP(text);

function isHostName(value: string): boolean {
  const host = value.toLowerCase().replace(/\.$/, '');
  return host.length <= 253 && !isIP(host) && !/^[\d.]+$/.test(host) && host.split('.').every((label) => LABEL.test(label));
}

/**
 * Checks one configured server and returns its canonical text, the form settings keep and runs
 * name: short names expanded, host names in lower case, the DNS-over-TLS port always written.
 */
export function parseDnsServer(value: string, input = 'dns-servers'): string {
  const lower = value.toLowerCase();
  const fail = (expected: string = FORMS): never => {
    throw new InputError(input, value, expected);
  };
  if (lower === 'runner') return 'runner';
  // An own key only: `constructor` or `toString` is not a resolver's short name.
  const named = Object.hasOwn(PUBLIC_RESOLVERS, lower) ? PUBLIC_RESOLVERS[lower] : undefined;
  if (named) return named;
  if (lower.startsWith('https://')) return parseHttps(value, fail);
  if (lower.startsWith('tls://')) return parseTls(value, fail);
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(lower)) {
    fail(`the scheme ${JSON.stringify(lower.split('://')[0])} is not one it speaks: ${FORMS}`);
  }
  return parsePlain(value, fail);
}

function parsePlain(value: string, fail: (expected?: string) => never): string {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  const v4WithPort = /^([\d.]+):(\d+)$/.exec(value);
  const [address, port] = bracketed ? [bracketed[1] ?? '', bracketed[2]] : v4WithPort ? [v4WithPort[1] ?? '', v4WithPort[2]] : [value, undefined];
  const parsed = parseAddress(address);
  if (!parsed || (port !== undefined && !validPort(port))) return fail();
  const canonical = parsed.toString();
  if (port === undefined) return canonical;
  return canonical.includes(':') ? `[${canonical}]:${Number(port)}` : `${canonical}:${Number(port)}`;
}

function parseHttps(value: string, fail: (expected?: string) => never): string {
  // The URL parser would quietly add a path and drop credentials' meaning; the raw text decides.
  const shape = /^https:\/\/([^/?#@]+)(\/[^#\s]*)$/i.exec(value);
  if (!shape) {
    if (/^https:\/\/[^/?#]*@/i.test(value)) fail('a DNS-over-HTTPS URL must not carry a user name or password');
    if (value.includes('#')) fail('a DNS-over-HTTPS URL takes no #fragment; the certificate is always checked against its host');
    return fail(`a DNS-over-HTTPS server must be https://host[:port]/path with the path written out, such as https://dns.google/dns-query`);
  }
  const authority = shape[1] ?? '';
  const port = /:([^:\]]*)$/.exec(authority.replace(/^\[[^\]]*\]/, ''))?.[1];
  const hostPart = port === undefined ? authority : authority.slice(0, -port.length - 1);
  const host = hostPart.replace(/^\[|\]$/g, '');
  const expected = 'a DNS-over-HTTPS server must be https://host[:port]/path, with a host name or IP address and a port from 1 to 65535';
  if ((!isHostName(host) && !isIP(host)) || (port !== undefined && !validPort(port))) return fail(expected);
  try {
    return new URL(value).href;
  } catch {
    return fail(expected);
  }
}

function parseTls(value: string, fail: (expected?: string) => never): string {
  const shape = /^tls:\/\/(\[[^\]]+\]|[^:/#[\]]+)(?::(\d+))?(?:#(.+))?$/i.exec(value);
  const expected = 'a DNS-over-TLS server must be tls://host[:port] or tls://address[:port]#name, such as tls://dns.google or tls://1.1.1.1#one.one.one.one';
  if (!shape) return fail(expected);
  const rawHost = (shape[1] ?? '').replace(/^\[|\]$/g, '');
  const port = shape[2] ?? String(DOT_PORT);
  const name = shape[3];
  const address = parseAddress(rawHost);
  if (!validPort(port)) return fail(expected);
  if (name !== undefined && !isHostName(name)) fail(`the name after # must be the host name on the server's certificate, such as one.one.one.one`);
  if (!address && !isHostName(rawHost)) return fail(expected);
  const host = address ? address.toString() : rawHost.toLowerCase().replace(/\.$/, '');
  const shown = host.includes(':') ? `[${host}]` : host;
  return `tls://${shown}:${Number(port)}${name === undefined ? '' : `#${name.toLowerCase().replace(/\.$/, '')}`}`;
}

function validPort(port: string): boolean {
  return /^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65_535;
}

/** Reads back a server text that parseDnsServer made. */
export function serverSpec(canonical: string): ServerSpec {
  if (canonical === 'runner') return { kind: 'runner' };
  if (canonical.startsWith('https://')) return { kind: 'https', url: canonical };
  const tls = /^tls:\/\/(\[[^\]]+\]|[^:#]+):(\d+)(?:#(.+))?$/.exec(canonical);
  if (tls) {
    const host = (tls[1] ?? '').replace(/^\[|\]$/g, '');
    return { kind: 'tls', host, port: Number(tls[2]), ...(tls[3] === undefined ? {} : { name: tls[3] }) };
  }
  return { kind: 'plain', server: canonical };
}

/**
 * The servers a run asks, each on its own: `runner`, or no server configured at all, stands for
 * the runner's own resolvers (from /etc/resolv.conf). A server named twice is asked once.
 */
export function serversToAsk(configured: readonly string[], runnerServers: () => string[]): string[] {
  if (configured.length === 0) return runnerServers();
  return [...new Set(configured.flatMap((server) => (server === 'runner' ? runnerServers() : [server])))];
}
