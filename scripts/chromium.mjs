// Which Chromium the browser tests and bench:web drive: PTC_CHROMIUM, Playwright's own when
// installed, else the system's. Undefined when there is none.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function chromiumPath() {
  let playwrights;
  try {
    playwrights = chromium.executablePath();
  } catch {
    playwrights = undefined;
  }
  return [process.env.PTC_CHROMIUM, playwrights, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
}
