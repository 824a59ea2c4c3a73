// `npm test`: the jest suites (API, real PostgreSQL and SMTP), then the browser tests (Playwright,
// Chromium, the real service). With arguments (`npm test -- test/bookings`) only jest runs, with them.
// PTC_TEST_REPORT_DIR set: each runner also writes its JSON report there (.ci/run counts them).
// The whole run closes with test/final: a scan of every captured log line for the secrets used.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const reportDir = process.env.PTC_TEST_REPORT_DIR;
if (reportDir) mkdirSync(reportDir, { recursive: true });

const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const whole = args.length === 0;
// The whole run captures every log line and every secret the tests use, for its closing scan.
if (whole) process.env.PTC_TEST_CAPTURE_DIR = mkdtempSync(join(tmpdir(), 'ptc-test-capture-'));
const jestArgs = ['--experimental-vm-modules', '--no-warnings', 'node_modules/jest/bin/jest.js'];

const jest = run([...jestArgs, ...args, ...(reportDir ? ['--json', `--outputFile=${reportDir}/jest.json`] : [])]);
let web = 0;
let scan = 0;
if (whole) {
  if (chromiumPath()) web = run(['node_modules/@playwright/test/cli.js', 'test']);
  else {
    console.error('No Chromium for the browser tests: install one with `apt-get install -y chromium` (Debian) or `npx playwright install chromium`, or set PTC_CHROMIUM.');
    web = 1;
  }
  // Last: the logs of everything above against the secrets it used.
  scan = run([...jestArgs, '--testMatch', '<rootDir>/test/final/*.final-spec.ts', ...(reportDir ? ['--json', `--outputFile=${reportDir}/jest-final.json`] : [])]);
}
if (whole) {
  // Kept for reading when the scan found something.
  if (scan === 0) rmSync(process.env.PTC_TEST_CAPTURE_DIR, { recursive: true, force: true });
  else console.error(`The captured logs and secrets are in ${process.env.PTC_TEST_CAPTURE_DIR}`);
}
process.exit(jest || web || scan);
