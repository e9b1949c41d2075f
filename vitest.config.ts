import { defineConfig } from 'vitest/config';

// Projects: pure unit tests, API tests through HTTP on a database (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set), the shared scanner corpus, and browser tests.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.api.test.ts', 'src/**/*.corpus.test.ts'] } },
      // Real scanner reports from ../shared/corpus (not in the repository): run by scripts/test-all.sh.
      { test: { name: 'corpus', include: ['src/**/*.corpus.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'api',
          include: ['src/**/*.api.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/demoTemplate.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
