import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __LEDE_TEST__: 'false' },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    setupFiles: ['tests/setup/english.ts'],
    // Growth tests and command-line runs take seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
