/// <reference lib="dom" />
import { expect, test, type Page } from '@playwright/test';
import { startPtc, type PtcServer } from './support/ptc-server.js';
import { expectAccessible, screenshots } from './support/page-checks.js';

let ptc: PtcServer;
const SIOBHAN = 'siobhan@demo-parents.invalid';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  ptc = await startPtc();
});
test.afterAll(async () => {
  await ptc?.stop();
});

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
  await screenshots(page, 'office-grid');

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

test("the office sets up an evening with the wizard, gives one teacher a break, previews the times and publishes", async ({ page }) => {
  await signIn(page, 'admin', 'School office');
  await expect(page.getByRole('region', { name: 'Licence' })).toContainText(/Trial · trial licence · trial ends/);
  await page.getByRole('link', { name: "Create a parents' evening" }).click();
  await expect(page.getByRole('heading', { level: 1, name: "New parents' evening" })).toBeVisible();
  await expect(page.getByRole('main').getByText('Europe/London', { exact: false }).first()).toBeVisible();
  await expectAccessible(page);

  // Nothing filled in: every problem is listed, each linked to its field.
  await page.getByRole('button', { name: 'Create the evening as a draft' }).click();
  await expect(page.getByRole('link', { name: "Enter the evening's name" })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Enter the date, start and end of session 1' })).toBeVisible();

  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Name', { exact: true }).fill('Year 9 options evening');
  await page.getByLabel('Place or video link').fill('Main hall');
  await page.getByRole('group', { name: 'Session 1' }).getByLabel('Date').fill(day(12));
  await page.getByRole('group', { name: 'Session 1' }).getByLabel('Starts').fill('17:00');
  await page.getByRole('group', { name: 'Session 1' }).getByLabel('Ends').fill('18:00');
  await page.getByLabel('Length of an appointment').selectOption({ label: '10 minutes' });
  await page.getByLabel('Booking opens on').fill(day(1));
  await page.getByLabel('Booking closes on').fill(day(11));
  await page.getByLabel('Year 9').check();
  // Year 9 may book an hour before everyone (an odd choice for a Year 9 evening, but the rule's own).
  await page.getByRole('button', { name: 'Add an earlier opening' }).click();
  await page.getByRole('group', { name: 'Earlier opening 1' }).getByLabel('Year group').selectOption('Year 9');
  await page.getByRole('group', { name: 'Earlier opening 1' }).getByLabel('Opens on').fill(day(1));
  await page.getByRole('group', { name: 'Earlier opening 1' }).getByLabel('at').fill('08:00');
  await page.getByLabel('Only the teachers I choose').check();
  // All of Year 9's teachers at once (Mr Kowalski teaches Year 9), then found by name: still one.
  await page.getByRole('button', { name: 'Add every teacher of Year 9' }).click();
  await expect(page.getByRole('main').getByText('Teachers chosen: 1')).toBeVisible();
  await expect(page.getByLabel('Mr Łukasz Kowalski')).toBeChecked();
  await page.getByLabel('Find a teacher by name').fill('Kowal');
  await expect(page.getByLabel('Mr Łukasz Kowalski')).toBeChecked();
  await expect(page.getByRole('main').getByText('Teachers chosen: 1')).toBeVisible();
  // Out of the search field before the screenshots resize the page: Chromium scrolls a focused field
  // back into view after a resize, which moved the button under the next click.
  await page.getByLabel('Find a teacher by name').blur();
  await screenshots(page, 'wizard');
  await page.getByRole('button', { name: 'Create the evening as a draft' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Year 9 options evening' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Draft', { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText('10-minute appointments, 0 minutes between teachers: 6 times in all')).toBeVisible();
  await expect(page.getByRole('main').getByText(/^Earlier opening: Year 9 .*8:00/)).toBeVisible();
  // The booking window was typed in the school's time: 09:00 and 12:00 in London.
  const admin = await ptc.token('admin');
  const evenings = await ptc.api<{ items: { id: string; name: string; opensAt: string; status: string }[] }>('GET', '/api/v1/admin/events?limit=50', admin);
  const created = evenings.body.items.find((e) => e.name === 'Year 9 options evening')!;
  expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(new Date(created.opensAt))).toBe('09:00');

  // The draft's set-up can still change: a longer session, the rest kept.
  await page.getByRole('link', { name: 'Change the set-up' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Year 9 options evening');
  await expect(page.getByLabel('Mr Łukasz Kowalski')).toBeChecked();
  await expect(page.getByLabel('Booking opens on')).toHaveValue(day(1));
  await page.getByRole('group', { name: 'Session 1' }).getByLabel('Ends').fill('18:10');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('main').getByText('10-minute appointments, 0 minutes between teachers: 7 times in all')).toBeVisible();
  
  // A break for Mr Kowalski: the times around it stay, the one inside goes.
  await page.getByRole('button', { name: 'Change the hours of Mr Łukasz Kowalski' }).click();
  await page.getByRole('group', { name: 'Break 1' }).getByLabel('Break from').fill('17:20');
  await page.getByRole('group', { name: 'Break 1' }).getByLabel('Break until').fill('17:30');
  await page.getByRole('button', { name: 'Add another break' }).click();
  await page.getByRole('group', { name: 'Break 2' }).getByLabel('Break from').fill('17:40');
  await page.getByRole('group', { name: 'Break 2' }).getByLabel('Break until').fill('17:50');
  await page.getByRole('button', { name: 'Save your hours' }).click();
  await expect(page.getByRole('main').getByText('Your hours are saved: 5 times.')).toBeVisible();
  await expect(page.getByRole('main').getByText(/5 times · The whole evening\. · break 17:20–17:30, 17:40–17:50/)).toBeVisible();
  await expectAccessible(page);

  // The preview is the grid of the draft: 17:20 is not there.
  await page.getByRole('link', { name: 'Preview the times' }).click();
  await expect(page.getByRole('button', { name: /^Mr Łukasz Kowalski, 5:10 PM: free$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Mr Łukasz Kowalski, 5:20 PM/ })).toHaveCount(0);
  await page.goBack();

  // Parents do not see a draft; once published they do.
  const parent = await ptc.token('parent1');
  expect((await ptc.api('GET', `/api/v1/parent/events/${created.id}`, parent)).status).toBe(404);
  await page.getByRole('button', { name: 'Publish: parents can see it' }).click();
  await expect(page.getByRole('main').getByText('Published', { exact: true })).toBeVisible();
  expect((await ptc.api('GET', `/api/v1/parent/events/${created.id}`, parent)).status).toBe(200);
  await expect(page.getByRole('button', { name: 'Close booking' })).toBeVisible();
  // Its families are told: a parent who can sign in gets the dates, one without a login an invitation with them.
  const told = await ptc.mailTo('siobhan@demo-parents.invalid', (mail) => mail.subject?.includes('booking opens') ?? false);
  expect(told.text).toContain('Sign in at');
  await ptc.mailTo('kofi@demo-parents.invalid', (mail) => mail.subject?.endsWith('(your invitation to PTC)') ?? false);

  // The office's files, fetched with the session and saved by the browser.
  const [bookings] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Every booking of the evening (CSV)' }).click()]);
  expect(bookings.suggestedFilename()).toBe('bookings.csv');
  const { readFile } = await import('node:fs/promises');
  expect((await readFile(await bookings.path())).toString('utf8')).toMatch(/^\uFEFFdate,start,end,/);
  const [schedule] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Schedule of Mr Łukasz Kowalski (CSV)' }).click()]);
  expect(schedule.suggestedFilename()).toBe('schedule-mr-łukasz-kowalski.csv');
});

test('the office finds people in the directory, sees who can sign in, invites a parent, corrects a record and links a student', async ({ page }) => {
  await signIn(page, 'admin', 'School office');
  await page.getByRole('link', { name: 'Directory: students, parents and teachers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Parents and carers' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1–3 of 3' })).toBeVisible();
  const kofi = page.getByRole('row', { name: /Mr Kofi Mensah/ });
  // Publishing the evening above invited him with its news.
  await expect(kofi).toContainText(/Invited .*, link valid until/);
  await expect(page.getByRole('row', { name: /Ms Siobhán O'Brien/ })).toContainText('Can sign in');
  await expectAccessible(page);
  await screenshots(page, 'directory');

  await kofi.getByRole('button', { name: 'Invite Mr Kofi Mensah' }).click();
  await expect(page.getByRole('main').getByText('Invitations sent: 1.', { exact: false })).toBeVisible();
  await expect(kofi).toContainText(/Invited .*, link valid until/);
  await ptc.mailTo('kofi@demo-parents.invalid', (mail) => mail.subject?.endsWith(': your invitation to PTC') ?? false);

  // Search, then open and correct a record.
  await page.getByLabel('Search by name').fill('Núñez');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1–1 of 1' })).toBeVisible();
  await page.getByRole('link', { name: 'Dr José Núñez' }).click();
  await page.getByLabel('Phone').fill('+44 7700 900123');
  await page.getByRole('button', { name: 'Save the record' }).click();
  await expect(page.getByRole('main').getByText('The record is saved.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Amélie Núñez-García' })).toBeVisible();

  // A carer linked to one more student, then unlinked.
  await page.getByLabel('Find a student by name (at least 2 letters)').fill('Kwa');
  await page.getByLabel('Student', { exact: true }).selectOption({ label: 'Kwame Mensah (Year 9)' });
  await page.getByLabel('Relationship').selectOption({ label: 'Carer' });
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Kwame Mensah' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Remove the link to Kwame Mensah' }).click();
  await expect(page.getByRole('link', { name: 'Kwame Mensah' })).toHaveCount(0);

  // A student without upcoming appointments erased, the effect said first.
  await page.getByRole('link', { name: 'Back to the directory' }).click();
  await page.getByRole('link', { name: 'Students', exact: true }).click();
  await page.getByRole('link', { name: 'Kwame Mensah' }).click();
  const erase = page.getByRole('region', { name: 'Erase this person' });
  await expect(erase).toContainText('Only ids stay, in the erasure ledger');
  await expect(erase.getByRole('button', { name: 'Erase Kwame Mensah' })).toBeDisabled();
  await erase.getByLabel('I understand: erase Kwame Mensah').check();
  await erase.getByRole('button', { name: 'Erase Kwame Mensah' }).click();
  await expect(page.getByRole('main').getByText('The person is erased.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kwame Mensah' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Teachers', exact: true }).click();
  await expect(page.getByRole('row', { name: /Mrs Anne-Marie Smith/ })).toContainText('Can sign in');
  await page.getByRole('link', { name: 'Students', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1–4 of 4' })).toBeVisible();
});

test("a parent's privacy request reaches the office, which acknowledges it and answers with the parent's export; the school's own export is built with progress", async ({ page, browser }) => {
  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signIn(parent, 'parent2', 'Your family');
  await parent.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await parent.getByLabel('A copy of my data').check();
  await parent.getByLabel('Tell your school what you need').fill('Please send me a copy of my data.');
  await parent.getByRole('button', { name: 'Send to my school' }).click();
  await expect(parent.getByRole('main').getByText('Your request has gone to your school.')).toBeVisible();
  await parentContext.close();

  await signIn(page, 'admin', 'School office');
  await page.getByRole('link', { name: 'Privacy requests and exports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy requests and exports' })).toBeVisible();
  const request = page.getByRole('listitem').filter({ hasText: 'Please send me a copy of my data.' });
  await expect(request).toContainText('Copy of their data · received');
  await expect(request).toContainText('Answer by');
  await expectAccessible(page);
  await request.getByRole('button', { name: /^Open the request: Copy of their data/ }).click();
  await request.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(request).toContainText('Copy of their data · acknowledged');
  await expect(request.getByRole('listitem').filter({ hasText: 'acknowledged' })).toHaveCount(1);
  await request.getByLabel('How').selectOption({ label: 'Export of everything held about the person' });
  await request.getByRole('button', { name: 'Fulfil the request' }).click();
  await expect(request).toContainText('Copy of their data · fulfilled');
  await expect(request).toContainText('fulfilled: Export of everything held about the person');
  const [file] = await Promise.all([page.waitForEvent('download'), request.getByRole('button', { name: 'Download the export (JSON)' }).click()]);
  const { readFile } = await import('node:fs/promises');
  expect((await readFile(await file.path())).toString('utf8')).toContain('jose@demo-parents.invalid');
  await expectAccessible(page);
  await screenshots(page, 'office-privacy');

  // A login's usage records released with a reason; support allowed for a day, then stopped.
  const usage = page.getByRole('region', { name: 'Usage records of one login' });
  await usage.getByLabel('Login').selectOption({ label: 'parent2 (parent)' });
  await usage.getByLabel('Why you need them (recorded)').fill('A parent reports bookings they did not make.');
  const [released] = await Promise.all([page.waitForEvent('download'), usage.getByRole('button', { name: 'Release and download (CSV)' }).click()]);
  expect((await readFile(await released.path())).toString('utf8')).toContain('/api/v1/parent/events');
  await expect(usage).toContainText('A parent reports bookings they did not make.');
  const support = page.getByRole('region', { name: 'Support access' });
  await support.getByLabel('What support should look into').fill('Why a teacher cannot see her schedule.');
  await support.getByRole('button', { name: 'Allow support access' }).click();
  await expect(support).toContainText('in force');
  await support.getByRole('button', { name: 'End now' }).click();
  await expect(support).toContainText('ended by the school');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Make a whole-school export' }).click();
  await expect(page.getByRole('region', { name: 'Whole-school export' }).getByRole('button', { name: 'Download' })).toBeVisible({ timeout: 30_000 });
  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('region', { name: 'Whole-school export' }).getByRole('button', { name: 'Download' }).click()]);
  expect(zip.suggestedFilename()).toMatch(/^ptc-school-export-\d{4}-\d{2}-\d{2}\.zip$/);
  expect((await readFile(await zip.path())).subarray(0, 2).toString('latin1')).toBe('PK');
});

/** Presses Tab until the focused element's name matches (the page is operable without a mouse). */
async function tabTo(page: Page, name: RegExp) {
  for (let presses = 0; presses < 150; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const labelled = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (el?.getAttribute('aria-label') ?? labelled ?? el?.textContent ?? '').trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`no element named ${name} reachable with Tab`);
}

test('the office books for a family from the live grid with the keyboard alone', async ({ page }) => {
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await tabTo(page, /^School$/);
  await page.keyboard.type('demo');
  await tabTo(page, /^Screen name$/);
  await page.keyboard.type('admin');
  await tabTo(page, /^Password$/);
  await page.keyboard.type(ptc.demoPassword);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'School office' })).toBeVisible();
  await tabTo(page, /^Live grid of Autumn parents' evening$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: "Autumn parents' evening: live grid" })).toBeVisible();
  await tabTo(page, /^Mrs Anne-Marie Smith, .*: free$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Mrs Anne-Marie Smith, / })).toBeFocused();
  // The teacher's students and then the student's parents arrive from the API: a person waits for the list too.
  await expect(page.getByLabel('Student', { exact: true }).locator('option').nth(1)).toBeAttached();
  await tabTo(page, /^Student$/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Student', { exact: true })).not.toHaveValue('');
  await expect(page.getByLabel('Parent or carer', { exact: true }).locator('option').nth(1)).toBeAttached();
  await tabTo(page, /^Parent or carer$/);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, /^Book and email the parent$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByText(/^Booked: .* with Mrs Anne-Marie Smith at/)).toBeVisible();
});

test("the office corrects its school's contacts with PTC", async ({ page }) => {
  await signIn(page, 'admin', 'School office');
  const contacts = page.getByRole('region', { name: "Your school's contacts with PTC" });
  await contacts.getByRole('button', { name: 'Change the contacts' }).click();
  const finance = contacts.getByRole('group', { name: 'Invoices and licence' });
  await finance.getByLabel('Email address').fill('');
  await contacts.getByRole('button', { name: 'Save the contacts' }).click();
  await expect(page.getByRole('link', { name: /Invoices and licence: email address/i })).toBeVisible();
  await finance.getByLabel('Email address').fill('bursar@demo-school.invalid');
  await finance.getByLabel('Phone (optional)').fill('+44 20 7946 0999');
  await contacts.getByLabel("Families' replies go to (optional)").fill('office@demo-school.invalid');
  await expectAccessible(page);
  await contacts.getByRole('button', { name: 'Save the contacts' }).click();
  await expect(contacts).toContainText('bursar@demo-school.invalid · +44 20 7946 0999');
  await expect(contacts.getByRole('definition').filter({ hasText: 'office@demo-school.invalid' })).toBeVisible();
  // Saved in the record that licence notices are addressed from.
  const saved = await ptc.api<{ financeContact: { email: string } }>('GET', '/api/v1/admin/school-contacts', await ptc.token('admin'));
  expect(saved.body.financeContact.email).toBe('bursar@demo-school.invalid');
});

test('the office sets its booking rules: how long parents may cancel, teachers’ own hours, the not-booked reminder, the video meeting address', async ({ page }) => {
  await signIn(page, 'admin', 'School office');
  const rules = page.getByRole('region', { name: 'Booking rules' });
  await rules.getByLabel('Remind families who have booked nothing, this many days before booking closes').fill('30');
  await rules.getByLabel('Video meeting address for online evenings').fill('https://meet.example.org/riverside');
  await rules.getByRole('button', { name: 'Save the rules' }).click();
  await expect(page.getByRole('link', { name: 'Reminder: a whole number of days from 0 to 14.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Video meeting address: an https address containing {room}, or empty.' })).toBeVisible();
  await rules.getByLabel('Remind families who have booked nothing, this many days before booking closes').fill('3');
  await rules.getByLabel('Parents may cancel until this many hours before an appointment').fill('24');
  await rules.getByLabel('Teachers set their own hours and breaks').check();
  await rules.getByLabel('Video meeting address for online evenings').fill('https://meet.example.org/riverside-{room}');
  await rules.getByRole('button', { name: 'Save the rules' }).click();
  await expect(page.getByText('The booking rules are saved.')).toBeAttached();
  await expectAccessible(page);
  const saved = await ptc.api('GET', '/api/v1/admin/booking-settings', await ptc.token('admin'));
  expect(saved.body).toEqual({ parentCancelCutoffHours: 24, teachersSetAvailability: true, notBookedReminderDays: 3, waitingOfferMinutes: 30, jointSiblingMeetings: false, videoLinkTemplate: 'https://meet.example.org/riverside-{room}' });
  // Back as they were for the journeys that follow, but for the video meeting address.
  await ptc.api('PUT', '/api/v1/admin/booking-settings', await ptc.token('admin'), {
    parentCancelCutoffHours: null,
    teachersSetAvailability: false,
    notBookedReminderDays: 2,
    videoLinkTemplate: 'https://meet.example.org/riverside-{room}',
  });
});

test('a teacher meets by video: the family is emailed their own meeting link, and their evening page offers the same link', async ({ page, browser }) => {
  await signIn(page, 'admin', 'School office');
  await page.getByRole('link', { name: "Set-up of Autumn parents' evening" }).click();
  await page.getByRole('button', { name: 'Change the hours of Mrs Anne-Marie Smith' }).click();
  await page.getByLabel('How this teacher meets parents').selectOption({ label: 'By video' });
  await page.getByRole('button', { name: 'Save your hours' }).click();
  await expect(page.getByRole('main').getByText(/Your hours are saved/)).toBeVisible();
  await expectAccessible(page);

  // José booked Mrs Smith for Amélie in the first journey: he is told, with the meeting's own link.
  const told = await ptc.mailTo('jose@demo-parents.invalid', (mail) => /^Appointment now by video/.test(mail.subject ?? ''));
  const link = /By video: (https:\/\/\S+)/.exec(told.text ?? '')?.[1];
  expect(link).toMatch(/^https:\/\/meet\.example\.org\/riverside-[\w-]{16}$/);

  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signIn(parent, 'parent2', 'Your family');
  await expect(parent.getByRole('link', { name: /^Join the video meeting with Mrs Anne-Marie Smith at / })).toHaveAttribute('href', link!);
  await parent.getByRole('link', { name: /Book appointments/ }).click();
  await expect(parent.getByRole('heading', { level: 3, name: 'Mrs Anne-Marie Smith · by video' })).toBeVisible();
  await expect(parent.getByRole('link', { name: /^Join the video meeting with Mrs Anne-Marie Smith at / })).toHaveAttribute('href', link!);
  await expectAccessible(parent);
  await parentContext.close();
});

test('the office changes a published evening: its place (families told), and a teacher removed with her appointments, then added back', async ({ page }) => {
  await signIn(page, 'admin', 'School office');
  await page.getByRole('link', { name: "Set-up of Autumn parents' evening" }).click();
  await page.getByRole('link', { name: 'Change the details' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Change Autumn parents' evening" })).toBeVisible();
  // What families booked from stays: no sessions or appointment length here.
  await expect(page.getByRole('group', { name: 'Session 1' })).toHaveCount(0);
  await page.getByLabel('Place or video link').fill('Sports hall');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Autumn parents' evening" })).toBeVisible();
  await expect(page.getByRole('main').getByText('Sports hall', { exact: true })).toBeVisible();
  await ptc.mailTo('jose@demo-parents.invalid', (mail) => /^Appointment details changed/.test(mail.subject ?? ''));

  // Mrs Smith has José's appointment for Amélie: removing her asks first, then cancels it and tells him.
  await page.getByRole('button', { name: 'Remove Mrs Anne-Marie Smith from the evening' }).click();
  const alert = page.getByRole('alert').filter({ hasText: /^Mrs Anne-Marie Smith has \d+ appointments? in this evening\./ });
  await expect(alert).toBeVisible();
  await expectAccessible(page);
  await alert.getByRole('button', { name: /^Remove and cancel them/ }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Mrs Anne-Marie Smith' })).toHaveCount(0);
  await ptc.mailTo('jose@demo-parents.invalid', (mail) => /^Appointment cancelled/.test(mail.subject ?? '') && (mail.text ?? '').includes('The teacher no longer takes part in this evening'));

  await page.getByLabel('Add a teacher to the evening').selectOption({ label: 'Mrs Anne-Marie Smith' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Mrs Anne-Marie Smith' })).toBeVisible();
  await expectAccessible(page);
});

test("the office writes to families in Spanish: the school's language of emails, and a parent's own choice kept with her login", async ({ page, browser }) => {
  await signIn(page, 'admin', 'School office');
  const emails = page.getByRole('region', { name: 'Emails' });
  await emails.getByLabel("Language of the school's emails").selectOption('es');
  await emails.getByRole('button', { name: 'Save the language' }).click();
  await expect(page.getByText("The language of the school's emails is saved.")).toBeAttached();
  await expectAccessible(page);
  expect((await ptc.api<{ language: string }>('GET', '/api/v1/admin/school-settings', await ptc.token('admin'))).body.language).toBe('es');

  // Siobhán picks Spanish in the menu once signed in: her choice is kept with her login and comes back in a new browser.
  const first = await browser.newContext();
  const parent = await first.newPage();
  await signIn(parent, 'parent1', 'Your family');
  await parent.getByLabel('Language').selectOption('es');
  await expect(parent.getByRole('heading', { level: 1, name: 'Su familia' })).toBeVisible();
  await first.close();
  const again = await browser.newContext();
  const later = await again.newPage();
  await later.goto(`${ptc.baseUrl}/sign-in`);
  await later.getByLabel('School').fill('demo');
  await later.getByLabel('Screen name').fill('parent1');
  await later.getByLabel('Password').fill(ptc.demoPassword);
  await later.getByRole('button', { name: 'Sign in' }).click();
  await expect(later.getByRole('heading', { level: 1, name: 'Su familia' })).toBeVisible();
  await again.close();
  expect((await ptc.api<{ language: string | null }>('GET', '/api/v1/auth/me', await ptc.token('parent1'))).body.language).toBe('es');
  // Back as they were.
  await ptc.api('PUT', '/api/v1/admin/school-settings', await ptc.token('admin'), { language: 'en' });
  await ptc.api('PUT', '/api/v1/auth/me/language', await ptc.token('parent1'), { language: null });
});

test('the office lets a timetabling company read the directory: the key is shown once, works within what was chosen, parents see the company, and ending access is immediate', async ({ page, browser }) => {
  await signIn(page, 'admin', 'School office');
  await page.getByRole('link', { name: 'Privacy requests and exports' }).click();
  const access = page.getByRole('region', { name: 'Third-party access' });
  await access.getByRole('button', { name: 'Create access' }).click();
  await expect(page.getByRole('link', { name: 'Enter company' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Choose at least one kind of data it may read' })).toBeVisible();
  await access.getByLabel('Company').fill('Timetable Co.');
  await access.getByLabel('What for').fill('Builds the teachers’ timetables');
  await access.getByLabel('Students, parents and teachers').check();
  const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await access.getByLabel('Until').fill(until);
  await access.getByRole('button', { name: 'Create access' }).click();
  const shown = access.getByRole('status').filter({ hasText: 'The key for Timetable Co.' });
  await expect(shown).toBeVisible();
  const key = (await shown.locator('code').textContent())!;
  await expectAccessible(page);
  await screenshots(page, 'third-party-access');
  await access.getByRole('button', { name: 'I have copied it' }).click();
  await expect(access.getByText(key)).toHaveCount(0);

  // The company reads the directory with it, but not the evenings.
  expect((await ptc.api('GET', '/api/v1/admin/students', key)).status).toBe(200);
  expect((await ptc.api<{ code: string }>('GET', '/api/v1/admin/events', key)).body.code).toBe('AUTH.FORBIDDEN_SCOPE');
  // Back to the page (within the app: a reload would sign out): the list shows the use.
  await page.getByRole('link', { name: "PTC Parents' evenings" }).click();
  await page.getByRole('link', { name: 'Privacy requests and exports' }).click();
  const card = page.getByRole('region', { name: 'Third-party access' }).getByRole('listitem').filter({ hasText: 'Timetable Co.' });
  await expect(card).toContainText('in force');
  await expect(card.getByRole('definition').filter({ hasText: 'Not used yet' })).toHaveCount(0);

  // Parents are told which companies their school lets read its data.
  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await signIn(parent, 'parent2', 'Your family');
  await parent.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await expect(parent.getByRole('region', { name: 'Companies your school lets read data in PTC' })).toContainText('Timetable Co.: Builds the teachers’ timetables');
  await parentContext.close();

  await card.getByRole('button', { name: 'End access for Timetable Co. now' }).click();
  await expect(card).toContainText('ended');
  expect((await ptc.api<{ code: string }>('GET', '/api/v1/admin/students', key)).body.code).toBe('AUTH.TOKEN_REVOKED');
});
