import { defineConfig } from 'vitest/config';

/**
 * Browser tests run two files at a time (each file starts its own Chromium or Firefox with a fresh
 * profile and its own fixture server on a free port), then the files that measure the page's
 * responsiveness run alone, once the others are done, so no other browser competes for the CPU.
 */
const MEASURING = ['tests/e2e/long-article.e2e.ts', 'tests/e2e/zoo-large.e2e.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: MEASURING,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-measuring',
          include: MEASURING,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
