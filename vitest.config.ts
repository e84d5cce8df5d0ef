import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Two projects: `unit` (pure logic and DOM adapters, fakeBrowser, happy-dom) and `e2e`
// (real Chromium with the built extension, driven by puppeteer-core). `npm test` runs both.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup/property-seed.ts'],
          // The unit tests run before any browser starts, so both cores are theirs; worker threads start
          // faster than forked processes (each file still gets a fresh worker).
          pool: 'threads',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per file; two cores on CI.
          fileParallelism: true,
          maxWorkers: 2,
          // Browsers start after the unit tests finish, so the two never compete for the 2 cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
