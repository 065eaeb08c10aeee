import { describe, expect, it } from 'vitest';
import { LockFileError } from '../src/errors.js';
import { canonicalFindings } from '../src/lock/canonical.js';
import { duplicateKeys } from '../src/lock/duplicate-keys.js';
import { parseLock } from '../src/lock/parse.js';
import { serializeLock } from '../src/lock/serialize.js';

const honest = serializeLock(
  parseLock(JSON.stringify({ version: 1, environments: { production: { addresses: ['1.1.1.1'], hosts: { 'a.vipps.no': ['1.1.1.1'] } } } }), 'x'),
);

describe('duplicateKeys', () => {
  it('names each repeated key with its path, and nothing in a text without one', () => {
    expect(duplicateKeys(honest)).toEqual([]);
    expect(duplicateKeys('{"a":1,"b":{"c":[{"d":1,"d":2}],"c":3},"a":"x\\"a"}')).toEqual(['/b/c/0 key "d"', '/b key "c"', '(top level) key "a"']);
    // The same name in sibling objects, in a string value, or written with an escape.
    expect(duplicateKeys('{"a":{"k":1},"b":{"k":"\\"k\\": 1"},"c":[{"k":1},{"k":2}]}')).toEqual([]);
    expect(duplicateKeys('{"k":1,"\\u006b":2}')).toEqual(['(top level) key "k"']);
  });

  it('makes parseLock refuse the lock in every mode, whichever copy JSON.parse would keep', () => {
    const twice = honest.replace('"addresses": [', '"addresses": ["6.6.6.6"],\n      "hosts": {"a.vipps.no": ["6.6.6.6"]},\n      "addresses": [');
    expect(() => parseLock(twice, 'ips.lock.json')).toThrow(LockFileError);
    expect(() => parseLock(twice, 'ips.lock.json')).toThrow(
      'ips.lock.json is malformed: it repeats a JSON key, which readers take differently (one keeps the first, another the last): /environments/production key "addresses"; /environments/production key "hosts".',
    );
  });
});

describe('canonicalFindings', () => {
  it('passes the bytes the action writes, and names an unknown key or the first line that differs', () => {
    expect(canonicalFindings(parseLock(honest, 'x'), honest, 'ips.lock.json')).toEqual([]);
    const extra = honest.replace('"addresses": [', '"cidrs": ["0.0.0.0/0"],\n      "addresses": [');
    // The contract lets later versions add keys, so an unknown key still parses; the gate names it.
    expect(canonicalFindings(parseLock(extra, 'x'), extra, 'ips.lock.json')).toEqual([
      'ips.lock.json is not in the canonical form the action writes: unknown key "cidrs" in environment "production"; run an update (or the CLI\'s update) to rewrite it',
    ]);
    const spaced = honest.replace('"version": 1', '"version":   1');
    expect(canonicalFindings(parseLock(spaced, 'x'), spaced, 'ips.lock.json')[0]).toMatch(
      /line \d+ is " {2}\\"version\\": {3}1", the action writes " {2}\\"version\\": 1"/,
    );
  });
});
