import { describe, expect, it } from 'vitest';
import { rehearseReading } from '../src/dns/reading-rehearsal.js';

describe('the rehearsal of reading, while the answers travel', () => {
  it('reads answers the strict reader accepts, so the code it compiles is the code real answers take', () => {
    expect(rehearseReading()).toEqual([{ kind: 'addresses', addresses: ['192.0.2.1'] }, { kind: 'addresses', addresses: ['4000::1'] }, { kind: 'no-records' }]);
  });
});
