import { describe, expect, it } from 'vitest';
import { checkAddress, compareAddresses, parseAddress, sortAddresses } from '../src/addresses.js';

describe('checkAddress', () => {
  it.each(['104.45.17.199', '13.79.229.87', '2603:1020:201:10::10f', '2001:200::1', '2a01:111:f100:3000::a83e:1a7c', '3ffe:ffff::1'])(
    'accepts the public address %s',
    (address) => {
      expect(checkAddress(address)).toEqual({ ok: true, address });
    },
  );

  it.each([
    ['10.1.2.3', 'private'],
    ['192.168.0.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['224.0.0.251', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.1.1', 'carrierGradeNat'],
    ['192.0.2.10', 'reserved'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['::ffff:10.0.0.1', 'ipv4Mapped'],
    ['2001:db8::1', 'reserved'],
    // Outside 2000::/3: ipaddr.js calls these unicast.
    ['::2', 'outside 2000::/3'],
    ['4000::1', 'outside 2000::/3'],
    ['fe00::1', 'outside 2000::/3'],
    ['100:0:0:1::1', 'outside 2000::/3'],
    ['64:ff9b::a00:8', 'rfc6052'],
    // Special-purpose blocks inside 2000::/3.
    ['2001::1', 'teredo'],
    ['2001:1::1', 'reserved'],
    ['2002:a00:8::1', '6to4'],
    ['3fff::1', 'reserved'],
    ['2620:4f:8000::1', 'as112v6'],
  ])('refuses %s as %s', (address, range) => {
    const check = checkAddress(address);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(range);
  });

  it.each(['0x7f.1', '1.2.3', '256.1.1.1', 'callback-1.vipps.no', '', '1.2.3.4/32'])('refuses %j as not an address', (text) => {
    expect(checkAddress(text)).toMatchObject({ ok: false, reason: 'not a valid IPv4 or IPv6 address' });
  });

  it('writes IPv6 in its canonical short form', () => {
    expect(checkAddress('2603:1020:0201:0010:0000:0000:0000:010F')).toEqual({ ok: true, address: '2603:1020:201:10::10f' });
  });
});

describe('address order', () => {
  it('puts IPv4 before IPv6 and orders numerically, not as text', () => {
    expect(sortAddresses(['2603:1020::1', '104.45.28.230', '13.79.229.87', '104.45.17.199', '9.9.9.9', '104.45.17.199'])).toEqual([
      '9.9.9.9',
      '13.79.229.87',
      '104.45.17.199',
      '104.45.28.230',
      '2603:1020::1',
    ]);
    expect(compareAddresses('2a01::1', '2603::1')).toBeGreaterThan(0);
  });
});

describe('IPv6 zone IDs', () => {
  it('are refused wherever an address is read: a zone names a local interface, never a server', () => {
    for (const text of ['2a01:111:f100::1%eth0', '2a01:111:f100::1%1', 'fe80::1%eth0', '2a01:111:f100::1%']) {
      expect(parseAddress(text)).toBeUndefined();
      expect(checkAddress(text)).toMatchObject({ ok: false, reason: expect.stringContaining('zone ID') });
    }
  });
});
