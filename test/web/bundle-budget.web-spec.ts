import { expect, test } from '@playwright/test';
// @ts-expect-error a plain ES module of the repository's scripts, shared with bench:web
import { initialJavaScript } from '../../scripts/web-bundle.mjs';

test("the evening page's initial JavaScript stays within 120 KB gzipped", () => {
  const { gzipBytes, files } = initialJavaScript('apps/web/dist', 'features/parent/EveningPage.tsx') as { gzipBytes: number; files: { file: string }[] };
  expect(files.length).toBeGreaterThan(0);
  expect(gzipBytes).toBeLessThanOrEqual(120 * 1024);
});
