import { describe, expect, it } from 'vitest';
import { marker, markerField } from '../src/report/bodies.js';

// The hidden marker names the lock file and carries fields; a file name can never pass for a field.

const line = (file: string, fields: string) => `${marker('pull-request', file)} ${fields} -->`;

describe('the hidden marker', () => {
  it('reads fields only after the encoded file name, whatever the name holds', () => {
    for (const file of ['fw/a base=evil digest=evil.json', 'x -->\nbase=evil', 'ips.lock.json']) {
      const body = `intro\n${line(file, 'base=abc123 digest=0011')}\nrest`;
      expect(markerField(body, 'pull-request', file, 'base')).toBe('abc123');
      expect(markerField(body, 'pull-request', file, 'digest')).toBe('0011');
      expect(marker('pull-request', file)).not.toMatch(/\s(base|digest)=|-->/);
    }
    // Another lock's marker, or a marker with a stray field text, is no marker.
    expect(markerField(line('a.json', 'base=1 digest=2'), 'pull-request', 'b.json', 'base')).toBeUndefined();
    expect(markerField(line('a.json', 'base=1 digest=2 junk'), 'pull-request', 'a.json', 'base')).toBeUndefined();
    expect(markerField(line('a.json', 'base=1'), 'issue', 'a.json', 'base')).toBeUndefined();
  });

  it('still reads a marker written by earlier versions, with the file name raw', () => {
    const file = 'locks/my lock.json';
    const old = `<!-- vipps-ip-lock:issue file=${file} digest=feed -->`;
    expect(markerField(`x\n${old}`, 'issue', file, 'digest')).toBe('feed');
    // An earlier marker whose raw name ends in `digest=...` is read after the name, not inside it.
    const tricky = 'a digest=evil.json';
    expect(markerField(`<!-- vipps-ip-lock:issue file=${tricky} digest=good -->`, 'issue', tricky, 'digest')).toBe('good');
  });
});
