import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// vitest globalSetup: the whole run gets a temporary folder of its own (workers inherit TMPDIR), and
// fails if a test left anything in it: every test makes its folders with tempDir() from ./action.ts,
// which removes them after each file.
export default async function setup(): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return async () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    // npm (run by the package test) keeps Node's compile cache in the temporary folder: not a test's.
    const left = (await readdir(root)).filter((name) => !/^(node|v8)-compile-cache/.test(name));
    await rm(root, { recursive: true, force: true });
    if (left.length > 0) {
      // vitest reports an error thrown here but still exits 0: set the status as well.
      process.exitCode = 1;
      throw new Error(
        `the tests left ${left.length} temporary files or folders behind (${left.slice(0, 5).join(', ')}): make them with tempDir() from test/support/action.ts`,
      );
    }
  };
}
