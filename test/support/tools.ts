import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

/** A program from Debian that some tests run, and the package that brings it. */
export interface Tool {
  binary: string;
  debian: string;
}

const isRoot = process.getuid?.() === 0;

/**
 * `describe` for a suite that needs Debian programs (and perhaps root). Where they are missing, the
 * suite is skipped with a line that says what to install, except in CI (CI=true), where it fails
 * loudly instead: a run there that skipped the real-parser checks would pass without checking.
 */
export function describeWith(tools: readonly Tool[], options: { root?: boolean } = {}): (name: string, body: () => void) => void {
  const missing = tools.filter((tool) => !existsSync(tool.binary));
  const problems: string[] = [];
  if (missing.length > 0) {
    const packages = [...new Set(missing.map((t) => t.debian))].join(' ');
    problems.push(`${missing.map((t) => t.binary).join(', ')} not found: apt-get install -y --no-install-recommends ${packages} (see README, Development)`);
  }
  if (options.root && !isRoot)
    problems.push('these tests need root (nft and iptables-restore check rules through the kernel): run them as root, such as sudo npm test');
  if (problems.length === 0) return describe;
  const message = problems.join('; ');
  if (process.env.CI) {
    return (name) =>
      describe(name, () => {
        it(`cannot run: ${message}`, () => {
          throw new Error(message);
        });
      });
  }
  console.warn(`skipped: ${message}`);
  return (name, body) => describe.skip(name, body);
}
