import { execFileSync } from 'node:child_process';

/** The browser tests run against the real build, made anew when its sources changed. */
export default function buildWebApp(): void {
  execFileSync(process.execPath, ['scripts/ensure-web-build.mjs'], { stdio: 'inherit' });
}
