// `npm start` runs this first: builds the web app when its build is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'libs/api-client'];
const BUILT = 'apps/web/dist/index.html';

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newest))) {
  console.log(built ? 'web app: sources changed, building' : 'web app: no build yet, building');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', 'apps/web'], { stdio: 'inherit' });
}
