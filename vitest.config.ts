import { defineConfig } from 'vitest/config';

/** Test files that replace a module (vi.mock) and so need a module registry of their own. */
const MOCKING = ['tests/core/model-templates.test.ts'];

export default defineConfig({
  define: { __LEDE_TEST__: 'false' },
  test: {
    environment: 'node',
    setupFiles: ['tests/setup/english.ts'],
    // Growth tests and command-line runs take seconds on a busy two-core machine.
    testTimeout: 30_000,
    projects: [
      {
        // Most files share their worker's module registry: importing the core and its models
        // once per worker instead of once per file (218 files) was over half of the run's time.
        // The files keep no state between them: each builds its own recognisers and pages.
        // (A project's include and exclude add to the root's, so each project names its own.)
        extends: true,
        test: {
          name: 'shared',
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', ...MOCKING],
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
