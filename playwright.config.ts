import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromium } from '@playwright/test';

/**
 * Browser tests: Playwright driving Chromium against the real service (embedded PostgreSQL, a real
 * SMTP server on loopback). Playwright's own Chromium when it is installed, else the system's.
 */
function chromiumPath(): string {
  const candidates = [process.env.PTC_CHROMIUM, safe(() => chromium.executablePath()), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium for the browser tests: install one with `apt-get install -y chromium` (Debian) or `npx playwright install chromium`, or set PTC_CHROMIUM.');
  return found;
}

function safe(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

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
      executablePath: chromiumPath(),
      // Closed networks refuse Chromium's background connections; none are needed.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
});
