import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { LockFileError } from '../src/errors.js';
import { parseLock } from '../src/lock/parse.js';
import { serializeLock } from '../src/lock/serialize.js';

const EXAMPLE = `{
  "environments": {
    "production": {
      "addresses": [
        "104.45.17.199",
        "104.45.28.230"
      ],
      "hosts": {
        "callback-1.vipps.no": [
          "104.45.17.199"
        ],
        "callback-2.vipps.no": [
          "104.45.28.230"
        ]
      }
    }
  },
  "version": 1
}
`;

describe('serializeLock', () => {
  it('writes sorted keys, numeric address order with IPv4 first, 2-space indent and a final newline', () => {
    const text = serializeLock({
      version: 1,
      environments: {
        test: { addresses: [], hosts: { 'callback-mt-1.vipps.no': ['104.40.249.200'] } },
        production: {
          addresses: ['ignored: derived from hosts'],
          hosts: {
            'callback-2.vipps.no': ['2603:1020::1', '104.45.28.230'],
            'callback-1.vipps.no': ['104.45.17.199', '13.79.229.87'],
          },
        },
      },
    });
    expect(JSON.parse(text)).toEqual({
      environments: {
        production: {
          addresses: ['13.79.229.87', '104.45.17.199', '104.45.28.230', '2603:1020::1'],
          hosts: { 'callback-1.vipps.no': ['13.79.229.87', '104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.230', '2603:1020::1'] },
        },
        test: { addresses: ['104.40.249.200'], hosts: { 'callback-mt-1.vipps.no': ['104.40.249.200'] } },
      },
      version: 1,
    });
    expect(text.indexOf('"production"')).toBeLessThan(text.indexOf('"test"'));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads and writes the documented example byte for byte', () => {
    expect(serializeLock(parseLock(EXAMPLE, 'ips.lock.json'))).toBe(EXAMPLE);
  });

  it('writes departing addresses between addresses and hosts, in address order', () => {
    const text = serializeLock({
      version: 1,
      environments: {
        p: {
          addresses: [],
          hosts: { 'a.vipps.no': ['9.9.9.9', '8.8.8.8'] },
          departing: { '9.9.9.9': '2026-11-01T00:00:00Z', '8.8.8.8': '2026-11-02T00:00:00Z' },
        },
      },
    });
    expect(Object.keys(JSON.parse(text).environments.p)).toEqual(['addresses', 'departing', 'hosts']);
    expect(Object.keys(JSON.parse(text).environments.p.departing)).toEqual(['8.8.8.8', '9.9.9.9']);
  });
});

describe('parseLock', () => {
  function errorOf(text: string): string {
    try {
      parseLock(text, 'ips.lock.json');
    } catch (error) {
      expect(error).toBeInstanceOf(LockFileError);
      return (error as Error).message;
    }
    throw new Error('expected a LockFileError');
  }

  it('says where the JSON breaks but never quotes the file (it may be a link to a secret)', () => {
    const secret = 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI';
    for (const text of [`${secret}\n`, `{"version": 1, ${secret}}`, `\n\n  [1, ${secret}]`, `"${secret}`]) {
      const message = errorOf(text);
      expect(message).toMatch(/^ips\.lock\.json is not valid JSON \((syntax error|the file ends)/);
      expect(message).not.toMatch(/AWS|wJal|SECRET/);
    }
    expect(errorOf('{\n  "version": 1,\n  }')).toMatch(/syntax error at line 3, column 3/);
    expect(errorOf('  ')).toMatch(/the file is empty/);
  });

  it('names the file and the problem, and says the file is left alone', () => {
    expect(errorOf('{ "version": 1, ')).toMatch(/^ips\.lock\.json is not valid JSON .*leaves it untouched/);
    expect(errorOf('{"version":1}')).toMatch(/must have required property 'environments'/);
    expect(errorOf('{"version":1,"environments":{"p":{"addresses":[],"hosts":{"a.vipps.no":"1.2.3.4"}}}}')).toMatch(
      /\/environments\/p\/hosts\/a\.vipps\.no must be array/,
    );
    expect(errorOf('{"version":1,"environments":{"p":{"addresses":["nope"],"hosts":{}}}}')).toMatch(
      /environment "p": "addresses" lists "nope": not a valid IPv4 or IPv6 address/,
    );
    expect(errorOf('[]')).toMatch(/not a valid lock file/);
  });

  it('tells a newer lock format apart from a broken one', () => {
    expect(errorOf('{"version":2,"environments":{},"something":"new"}')).toMatch(/version 2, written by a newer vipps-ip-lock.*Upgrade/);
    expect(errorOf('{"version":0,"environments":{}}')).toMatch(/\/version must be equal to constant/);
  });

  it('keeps a $schema key the user added for their editor, first', () => {
    const text = EXAMPLE.replace('{\n', '{\n  "$schema": "./schema/ips.lock.schema.json",\n');
    expect(serializeLock(parseLock(text, 'ips.lock.json'))).toBe(text);
  });

  it('writes hand-edited addresses in canonical form', () => {
    const lock = parseLock('{"version":1,"environments":{"p":{"addresses":["2603:1020:0:0::10F"],"hosts":{"a.vipps.no":["2603:1020:0:0::10F"]}}}}', 'x');
    expect(lock.environments.p?.hosts['a.vipps.no']).toEqual(['2603:1020::10f']);
  });
});

describe('the shipped JSON Schema', () => {
  it('is compiled into the committed validator (npm run generate)', async () => {
    const { generate } = await import('../scripts/generate-lock-validator.mjs');
    expect(await readFile('src/lock/validator.generated.js', 'utf8')).toBe(generate());
  });
});
