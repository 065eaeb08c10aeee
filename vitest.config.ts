import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Every test talks only to servers it starts on 127.0.0.1; this guards against a stray lookup
    // through the machine's own resolver going unnoticed.
    setupFiles: ['test/support/no-system-dns.ts', 'test/support/clean-up.ts'],
    globalSetup: ['test/support/temp-root.ts'],
  },
});
