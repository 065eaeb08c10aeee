import { closeSync, openSync, readSync } from 'node:fs';
import { nodeCrypto } from '../node-builtins.js';

// IDs are drawn from a pool of secure random bytes, refilled from the kernel's random device
// (the source OpenSSL itself seeds from) where there is one, and from node:crypto elsewhere.
// Loading node:crypto costs about 4 ms of start-up, ahead of the first query; /dev/urandom is a
// read through fs, which Node has loaded already. The random device is read directly, never
// through a file a user could place.
const pool = Buffer.alloc(1024);
let next = pool.length;

/** A 16-bit DNS message ID from a cryptographically secure source. */
export function randomId(): number {
  if (next + 2 > pool.length) refill();
  const id = pool.readUInt16BE(next);
  next += 2;
  return id;
}

function refill(): void {
  next = 0;
  try {
    const fd = openSync('/dev/urandom', 'r');
    try {
      if (readSync(fd, pool, 0, pool.length, null) === pool.length) return;
    } finally {
      closeSync(fd);
    }
  } catch {
    // No random device (Windows): node:crypto below.
  }
  nodeCrypto().randomFillSync(pool);
}
