/// <reference lib="dom" />
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startPtc, type PtcServer } from './support/ptc-server.js';

let ptc: PtcServer;
const SIOBHAN = 'siobhan@demo-parents.invalid';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  ptc = await startPtc();
});
test.afterAll(async () => {
  await ptc?.stop();
});

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function signIn(page: Page, screenName: string, heading: string) {
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await page.getByLabel('School').fill('demo');
  await page.getByLabel('Screen name').fill(screenName);
  await page.getByLabel('Password').fill(ptc.demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** The number shown under a count's name. */
const count = (page: Page, name: string) => page.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[.="${name}"]`) });

test("the office watches the evening fill up live, and books, moves and cancels on a family's behalf", async ({ page, browser }) => {
  await signIn(page, 'admin', 'School office');
  await page.getByRole('link', { name: "Live grid of Autumn parents' evening" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Autumn parents' evening: live grid" })).toBeVisible();
  await expect(count(page, 'Booked')).toHaveText('0');
  const familiesBefore = Number(await count(page, 'Families not booked yet').textContent());
  expect(familiesBefore).toBe(3);
  await expectAccessible(page);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: test.info().outputPath(`office-grid-${width}.png`), fullPage: true });
  }

  // A parent books in their own browser; the office's open grid shows it without a reload.
  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signIn(parent, 'parent2', 'Your family');
  await parent.getByRole('link', { name: /Book appointments/ }).click();
  await parent.getByRole('button', { name: /with Mrs Anne-Marie Smith for Amélie/ }).first().click();
  await expect(parent.getByRole('main').getByText(/^Booked: Mrs Anne-Marie Smith at/)).toBeVisible();
  await parentContext.close();
  await expect(page.getByRole('button', { name: /^Mrs Anne-Marie Smith, .*: Amélie Núñez-García$/ })).toBeVisible();
  await expect(count(page, 'Booked')).toHaveText('1');
  await expect(count(page, 'Families not booked yet')).toHaveText(String(familiesBefore - 1));

  // The office books a free time for Liam with his mother, from the grid.
  await page.getByLabel('Show teachers whose name contains').fill('Kowalski');
  await expect(page.getByRole('row', { name: /Anne-Marie Smith/ })).toHaveCount(0);
  await page.getByRole('button', { name: /^Mr Łukasz Kowalski, .*: free$/ }).nth(2).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Mr Łukasz Kowalski, / })).toBeFocused();
  await page.getByLabel('Student').selectOption({ label: "Liam O'Brien (Maths 9Y)" });
  await page.getByLabel('Parent or carer').selectOption({ label: "Ms Siobhán O'Brien (Mother)" });
  await page.getByRole('button', { name: 'Book and email the parent' }).click();
  await expect(page.getByRole('main').getByText(/^Booked: Liam O'Brien with Mr Łukasz Kowalski at/)).toBeVisible();
  await ptc.mailTo(SIOBHAN, (mail) => /Liam/.test(mail.text ?? ''));
  await expect(count(page, 'Booked')).toHaveText('2');

  // Moved to another free time, then cancelled with a reason the parent receives.
  await page.getByRole('button', { name: /^Mr Łukasz Kowalski, .*: Liam O'Brien$/ }).click();
  await page.getByLabel('Move to').selectOption({ index: 3 });
  await page.getByRole('button', { name: 'Move and email the parent' }).click();
  await expect(page.getByRole('main').getByText(/^Moved: Liam O'Brien to/)).toBeVisible();
  await page.getByRole('button', { name: /^Mr Łukasz Kowalski, .*: Liam O'Brien$/ }).click();
  await page.getByLabel('Reason (optional)').fill('Mr Kowalski is away that evening.');
  await page.getByRole('button', { name: 'Cancel and email the parent' }).click();
  await expect(page.getByRole('main').getByText(/^Cancelled: Liam O'Brien at/)).toBeVisible();
  await ptc.mailTo(SIOBHAN, (mail) => (mail.text ?? '').includes('Mr Kowalski is away that evening.'));
  await expect(count(page, 'Booked')).toHaveText('1');
  await expectAccessible(page);
});
