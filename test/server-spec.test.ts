import { describe, expect, it } from 'vitest';
import { parseDnsServer, serverSpec, serversToAsk } from '../src/dns/server-spec.js';
import { InputError } from '../src/errors.js';
import { readSettings } from '../src/settings.js';

const read = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '');

function messageOf(value: string): string {
  try {
    parseDnsServer(value);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error(`expected ${value} to be refused`);
}

describe('dns-servers: every way to name a server', () => {
  it.each([
    ['1.1.1.1', '1.1.1.1', { kind: 'plain', server: '1.1.1.1' }],
    ['127.0.0.1:5353', '127.0.0.1:5353', { kind: 'plain', server: '127.0.0.1:5353' }],
    ['[2606:4700:4700::1111]:53', '[2606:4700:4700::1111]:53', { kind: 'plain', server: '[2606:4700:4700::1111]:53' }],
    ['https://dns.google/dns-query', 'https://dns.google/dns-query', { kind: 'https', url: 'https://dns.google/dns-query' }],
    ['HTTPS://DNS.Example:8443/q?x=1', 'https://dns.example:8443/q?x=1', { kind: 'https', url: 'https://dns.example:8443/q?x=1' }],
    ['https://127.0.0.1:8443/dns-query', 'https://127.0.0.1:8443/dns-query', { kind: 'https', url: 'https://127.0.0.1:8443/dns-query' }],
    ['https://[::1]/dns-query', 'https://[::1]/dns-query', { kind: 'https', url: 'https://[::1]/dns-query' }],
    ['tls://dns.google', 'tls://dns.google:853', { kind: 'tls', host: 'dns.google', port: 853 }],
    ['tls://1.1.1.1#one.one.one.one', 'tls://1.1.1.1:853#one.one.one.one', { kind: 'tls', host: '1.1.1.1', port: 853, name: 'one.one.one.one' }],
    ['tls://127.0.0.1:8853#DNS.test', 'tls://127.0.0.1:8853#dns.test', { kind: 'tls', host: '127.0.0.1', port: 8853, name: 'dns.test' }],
    ['tls://[2606:4700:4700::1111]:853', 'tls://[2606:4700:4700::1111]:853', { kind: 'tls', host: '2606:4700:4700::1111', port: 853 }],
    ['runner', 'runner', { kind: 'runner' }],
    ['Cloudflare', 'https://cloudflare-dns.com/dns-query', { kind: 'https', url: 'https://cloudflare-dns.com/dns-query' }],
    ['google', 'https://dns.google/dns-query', { kind: 'https', url: 'https://dns.google/dns-query' }],
    ['quad9', 'https://dns.quad9.net/dns-query', { kind: 'https', url: 'https://dns.quad9.net/dns-query' }],
  ])('%s', (value, canonical, spec) => {
    expect(parseDnsServer(value)).toBe(canonical);
    expect(serverSpec(canonical)).toEqual(spec);
  });

  it.each([
    ['https://dns.google', /has the value "https:\/\/dns.google", but a DNS-over-HTTPS server must be https:\/\/host\[:port\]\/path with the path written out/],
    ['https://user:pw@dns.google/dns-query', /must not carry a user name or password/],
    ['https://dns.google/dns-query#x', /takes no #fragment/],
    ['https://dns.google:99999/dns-query', /a port from 1 to 65535/],
    ['https://-bad-.example/q', /with a host name or IP address/],
    ['http://dns.google/dns-query', /the scheme "http" is not one it speaks: .*https:\/\/host\[:port\]\/path/],
    ['quic://dns.adguard.com', /the scheme "quic" is not one it speaks/],
    ['tls://', /tls:\/\/host\[:port\] or tls:\/\/address\[:port\]#name/],
    ['tls://1.1.1.1:0', /tls:\/\/host\[:port\]/],
    ['tls://1.1.1.1#', /tls:\/\/host\[:port\]/],
    ['tls://1.1.1.1#1.1.1.1', /the name after # must be the host name on the server's certificate/],
    ['tls://dns.google/path', /tls:\/\/host\[:port\]/],
    ['cloudflare-dns', /each DNS server must be an IP address, ip:port .* runner .* cloudflare, google, quad9/],
    ['1.1.1.1:70000', /each DNS server must be/],
  ])('refuses %s, naming the input, the value and the forms', (value, expected) => {
    const message = messageOf(value);
    expect(message).toMatch(/^Input "dns-servers" has the value /);
    expect(message).toMatch(expected);
  });

  it('asks a server named twice once', () => {
    expect(read({ 'dns-servers': 'google, https://dns.google/dns-query\nrunner, 1.1.1.1, runner' }).dnsServers).toEqual([
      'https://dns.google/dns-query',
      'runner',
      '1.1.1.1',
    ]);
  });
});

describe('add-when', () => {
  it('is any unless set to all', () => {
    expect(read({}).addWhen).toBe('any');
    expect(read({ 'add-when': 'all' }).addWhen).toBe('all');
  });

  it('refuses anything else, naming the choices', () => {
    expect(() => read({ 'add-when': 'majority' })).toThrow('Input "add-when" has the value "majority", but it must be one of: any, all.');
  });
});

describe('runner', () => {
  const runner = () => ['10.0.0.2', '[fd00::53]:53'];
  it('stands for the runner resolvers, also when nothing is configured', () => {
    expect(serversToAsk([], runner)).toEqual(['10.0.0.2', '[fd00::53]:53']);
    expect(serversToAsk(['runner', 'https://dns.google/dns-query'], runner)).toEqual(['10.0.0.2', '[fd00::53]:53', 'https://dns.google/dns-query']);
  });

  it('asks a runner resolver that is also configured by address once', () => {
    expect(serversToAsk(['10.0.0.2', 'runner'], runner)).toEqual(['10.0.0.2', '[fd00::53]:53']);
  });
});
