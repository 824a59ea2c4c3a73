// `npm test`: the jest suites (API, real PostgreSQL and SMTP), then the browser tests (Playwright,
// Chromium, the real service). With arguments (`npm test -- test/bookings`) only jest runs, with them.
// PTC_TEST_REPORT_DIR set: each runner also writes its JSON report there (.ci/run counts them).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const reportDir = process.env.PTC_TEST_REPORT_DIR;
if (reportDir) mkdirSync(reportDir, { recursive: true });

const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;

const jest = run([
  '--experimental-vm-modules',
  '--no-warnings',
  'node_modules/jest/bin/jest.js',
  ...args,
  ...(reportDir ? ['--json', `--outputFile=${reportDir}/jest.json`] : []),
]);
let web = 0;
if (args.length === 0) {
  if (chromiumPath()) web = run(['node_modules/@playwright/test/cli.js', 'test']);
  else {
    console.error('No Chromium for the browser tests: install one with `apt-get install -y chromium` (Debian) or `npx playwright install chromium`, or set PTC_CHROMIUM.');
    web = 1;
  }
}
process.exit(jest || web);
