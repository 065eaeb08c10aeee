import { describe, expect, it } from 'vitest';
import { diffLocks } from '../src/diff.js';
import { InputError, LockFileError } from '../src/errors.js';
import { mergeLock } from '../src/lock/merge.js';
import { parseLock } from '../src/lock/parse.js';
import { serializeLock } from '../src/lock/serialize.js';
import { readSettings } from '../src/settings.js';

// The lock is read as untrusted input: anyone who can push or open a pull request can write it.

const NOW = new Date('2026-11-24T12:00:00Z');

/** A lock text with one production environment, as an honest run writes it, with `edit` applied. */
function lockText(edit: (production: Record<string, unknown>) => void = () => {}): string {
  const production: Record<string, unknown> = {
    addresses: ['104.45.17.199', '104.45.28.230'],
    hosts: { 'callback-1.vipps.no': ['104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.230'] },
  };
  edit(production);
  return `${JSON.stringify({ environments: { production }, version: 1 }, null, 2)}\n`;
}

function refusal(text: string): string {
  try {
    parseLock(text, 'ips.lock.json', NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(LockFileError);
    return (error as Error).message;
  }
  throw new Error('expected the lock to be refused');
}

describe('a lock read as untrusted input', () => {
  it('accepts what an honest run writes, byte for byte', () => {
    expect(serializeLock(parseLock(lockText(), 'ips.lock.json', NOW))).toBe(lockText());
  });

  it('refuses a private, loopback or reserved address, wherever it is', () => {
    const hosts = { 'callback-1.vipps.no': ['104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.230', '10.0.0.1'] };
    expect(
      refusal(
        lockText((p) => {
          p.hosts = hosts;
          p.addresses = ['10.0.0.1', '104.45.17.199', '104.45.28.230'];
        }),
      ),
    ).toMatch(
      /^ips\.lock\.json is malformed: environment "production": host callback-2\.vipps\.no lists "10\.0\.0\.1": private address, not public; environment "production": "addresses" lists "10\.0\.0\.1": private .*untouched/,
    );
    for (const address of ['127.0.0.1', '100.64.0.1', '192.0.2.1', '::ffff:6.6.6.6', '4000::1', 'fc00::1']) {
      expect(refusal(lockText((p) => ((p.hosts as Record<string, string[]>)['callback-1.vipps.no'] = [address]))), address).toMatch(
        new RegExp(`host callback-1\\.vipps\\.no lists "${address.replace(/\./g, '\\.')}": .*not public`),
      );
    }
  });

  it('refuses an address in "addresses" that no host holds, and one a host holds that "addresses" lacks', () => {
    expect(refusal(lockText((p) => (p.addresses = ['6.6.6.6', '104.45.17.199', '104.45.28.230'])))).toMatch(
      /environment "production": "addresses" lists 6\.6\.6\.6, which no host holds/,
    );
    expect(refusal(lockText((p) => (p.addresses = ['104.45.17.199'])))).toMatch(/104\.45\.28\.230 of callback-2\.vipps\.no is missing from "addresses"/);
  });

  it('refuses a departing time that is no date, one in the future, and one for an address the environment does not hold', () => {
    expect(refusal(lockText((p) => (p.departing = { '104.45.28.230': '2026-13-45T99:99:99Z' })))).toMatch(
      /the departing time of 104\.45\.28\.230, "2026-13-45T99:99:99Z", is not a real UTC time/,
    );
    expect(refusal(lockText((p) => (p.departing = { '104.45.28.230': '2026-02-30T00:00:00Z' })))).toMatch(/is not a real UTC time/);
    expect(refusal(lockText((p) => (p.departing = { '104.45.28.230': '9999-01-01T00:00:00Z' })))).toMatch(
      /"9999-01-01T00:00:00Z", is in the future \(now is 2026-11-24T12:00:00Z\)/,
    );
    expect(refusal(lockText((p) => (p.departing = { '6.6.6.6': '2026-11-20T00:00:00Z' })))).toMatch(/"departing" marks 6\.6\.6\.6, which no host holds/);
  });

  it('allows a departing time a few minutes ahead of this clock, as runners drift', () => {
    const lock = parseLock(
      lockText((p) => (p.departing = { '104.45.28.230': '2026-11-24T12:04:00Z' })),
      'ips.lock.json',
      NOW,
    );
    expect(lock.environments.production?.departing).toEqual({ '104.45.28.230': '2026-11-24T12:04:00Z' });
  });

  it('refuses host names that are not host names', () => {
    for (const host of [
      'constructor',
      '__proto__',
      'toString',
      'bad_label.vipps.no',
      'a..vipps.no',
      '-a.vipps.no',
      'a\u0000.vipps.no',
      '\u212Aallback-1.vipps.no',
      'callback-1.vipps.no\n',
      `${'a'.repeat(64)}.vipps.no`,
    ]) {
      expect(refusal(lockText((p) => (p.hosts = { [host]: ['104.45.17.199'], 'callback-2.vipps.no': ['104.45.28.230'] }))), host).toMatch(/is not a host name/);
    }
  });

  it('reads `constructor` as a plain environment name and refuses `__proto__` and `toString` clearly', () => {
    const text = lockText().replace('"production"', '"constructor"');
    const lock = parseLock(text, 'ips.lock.json', NOW);
    expect(Object.keys(lock.environments)).toEqual(['constructor']);
    expect(serializeLock(lock)).toBe(text);
    expect(refusal(lockText().replace('"production"', '"__proto__"'))).toMatch(/\/environments key "__proto__" must match pattern/);
    expect(refusal(lockText().replace('"production"', '"toString"'))).toMatch(/\/environments key "toString" must match pattern/);
  });

  it('never reads an environment or host it lacks from the prototype chain', () => {
    const previous = parseLock(lockText(), 'ips.lock.json', NOW);
    const groups = [{ name: 'constructor', hosts: ['hasownproperty.example.com'] }];
    const next = mergeLock({ previous, groups, observations: new Map(), types: ['A'], now: NOW, removalGraceMs: 0 });
    expect(Object.keys(next.environments)).toEqual([]);
    const diff = diffLocks(previous, next, 0);
    expect(diff.environments.map((e) => [e.environment, e.presence])).toEqual([['production', 'dropped']]);
  });

  it('reads valid but not canonical bytes as the same lock, written differently', () => {
    const scrambled = lockText((p) => {
      p.addresses = ['104.45.28.230', '104.45.17.199'];
      p.hosts = { 'CALLBACK-2.vipps.no': ['104.45.28.230'], 'callback-1.vipps.no': ['104.45.17.199'] };
    });
    const lock = parseLock(scrambled, 'ips.lock.json', NOW);
    expect(serializeLock(lock)).toBe(lockText());
    expect(serializeLock(lock)).not.toBe(scrambled);
  });

  it('refuses two spellings of one host', () => {
    expect(refusal(lockText((p) => (p.hosts = { 'callback-1.vipps.no': ['104.45.17.199'], 'CALLBACK-1.vipps.no': ['104.45.28.230'] })))).toMatch(
      /host "CALLBACK-1\.vipps\.no" appears twice/,
    );
  });

  it('names at most five problems, and how many more there are', () => {
    const hosts = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`h${i}.vipps.no`, [`10.0.0.${i + 1}`]]));
    const message = refusal(
      lockText((p) => {
        p.hosts = hosts;
        p.addresses = [];
      }),
    );
    expect(message).toMatch(/; and \d+ more\. Fix or delete it/);
  });
});

describe('the diff of two locks', () => {
  it('reports no address removed unless a host lost it, so changed and removed always agree', () => {
    const before = parseLock(lockText(), 'ips.lock.json', NOW);
    const phantom = { ...before, environments: { production: { ...before.environments.production, addresses: ['6.6.6.6'] } } } as typeof before;
    const diff = diffLocks(phantom, before, 0);
    expect(diff).toEqual({ environments: [], added: [], removed: [], drift: false });
  });
});

describe('names from inputs that Object.prototype also has', () => {
  it('refuses them clearly as presets, export formats and export options, and takes them as group names', () => {
    const settings = (inputs: Record<string, string>) => () => readSettings((name) => inputs[name] ?? '');
    expect(settings({ environments: 'constructor' })).toThrow(InputError);
    expect(settings({ environments: 'constructor' })).toThrow(/Input "environments" has the value "constructor", but it must be one of/);
    expect(settings({ exports: 'constructor: fw.conf' })).toThrow(/the format must be one of/);
    expect(settings({ exports: 'nginx: fw.conf constructor=1' })).toThrow(/"constructor=1" is not an option of nginx/);
    expect(settings({ environments: 'none', hosts: 'constructor: callback-1.vipps.no' })().groups).toEqual([
      { name: 'constructor', hosts: ['callback-1.vipps.no'] },
    ]);
  });
});
