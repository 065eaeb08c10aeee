import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests run the built action against the fake GitHub API, whose Octokit spaces
    // writes a second apart: a few take 8 s on a quiet machine. The limit leaves room for a loaded one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Every test talks only to servers it starts on 127.0.0.1; this guards against a stray lookup
    // through the machine's own resolver going unnoticed.
    setupFiles: ['test/support/no-system-dns.ts', 'test/support/clean-up.ts'],
    globalSetup: ['test/support/temp-root.ts'],
  },
});
