import { defineConfig } from '@playwright/test';

// @ts-expect-error a plain ES module of the repository's scripts, shared with npm test and bench:web
import { chromiumPath } from './scripts/chromium.mjs';

/**
 * Browser tests: Playwright driving Chromium against the real service (embedded PostgreSQL, a real
 * SMTP server on loopback). Playwright's own Chromium when it is installed, else the system's
 * (npm test says in one line how to install one when there is none).
 */
const reportDir = process.env.PTC_TEST_REPORT_DIR;

export default defineConfig({
  testDir: 'test/web',
  testMatch: '**/*.web-spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/web',
  globalSetup: './test/web/support/build-web.ts',
  reporter: reportDir ? [['list'], ['json', { outputFile: `${reportDir}/playwright.json` }]] : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: (chromiumPath as () => string | undefined)(),
      // Closed networks refuse Chromium's background connections; none are needed.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
});
