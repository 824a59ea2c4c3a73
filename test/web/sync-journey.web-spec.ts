/// <reference lib="dom" />
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_DIRECTORY } from '../../apps/api/src/demo-directory.js';
import { toOneRoster, zip } from '../support/import-files.js';
import { emailedLink, startPtc, type PtcServer } from './support/ptc-server.js';
import { expectAccessible, screenshots } from './support/page-checks.js';

let ptc: PtcServer;
const KOFI = 'kofi@demo-parents.invalid';
const RIVERSIDE_OFFICE_PASSWORD = 'a long secret kept well';

test.describe.configure({ mode: 'serial' });

type Page_<T> = { items: T[] };
type Person = { id: string; sisId: string };

/** Kwame has an appointment with Mr Kowalski, booked by the office for his father. */
test.beforeAll(async () => {
  ptc = await startPtc();
  const admin = await ptc.token('admin');
  const idOf = async (path: string, sisId: string) => (await ptc.api<Page_<Person>>('GET', `/api/v1/admin/${path}?limit=50`, admin)).body.items.find((p) => p.sisId === sisId)!.id;
  const evenings = await ptc.api<Page_<{ id: string }>>('GET', '/api/v1/admin/events', admin);
  const eveningId = evenings.body.items[0].id;
  const teacherId = await idOf('teachers', 'T2');
  const slots = await ptc.api<Page_<{ id: string }>>('GET', `/api/v1/admin/events/${eveningId}/slots?teacherId=${teacherId}`, admin);
  const booked = await ptc.api('POST', '/api/v1/bookings', admin, { eventId: eveningId, studentId: await idOf('students', 'S4'), contactId: await idOf('contacts', 'C3'), teacherId, slotId: slots.body.items[3].id });
  expect(booked.status).toBe(201);
});
test.afterAll(async () => {
  await ptc?.stop();
});

/** Riverside's office, signed in in a browser context of its own (the school the operator set up in this file). */
async function riversideOffice(browser: Browser) {
  const school = await browser.newContext();
  const office = await school.newPage();
  await office.goto(`${ptc.baseUrl}/sign-in`);
  await office.getByLabel('School').fill('riverside');
  await office.getByLabel('Screen name').fill('office');
  await office.getByLabel('Password').fill(RIVERSIDE_OFFICE_PASSWORD);
  await office.getByRole('button', { name: 'Sign in' }).click();
  return { school, office };
}

/** The demo school's directory as its information system would export it, without some students. */
function bundleWithout(...sisIds: string[]) {
  const gone = new Set(sisIds);
  return zip(
    toOneRoster({
      ...DEMO_DIRECTORY,
      students: DEMO_DIRECTORY.students.filter((s) => !gone.has(s.sisId)),
      contactLinks: DEMO_DIRECTORY.contactLinks.filter((l) => !gone.has(l.studentSisId)),
      teacherLinks: DEMO_DIRECTORY.teacherLinks.filter((l) => !gone.has(l.studentSisId)),
    }),
  );
}

test('the office checks a OneRoster bundle, is stopped by a mass deletion, then applies a real change; a removed student’s appointment is cancelled and the parent emailed', async ({ page }) => {
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await page.getByLabel('School').fill('demo');
  await page.getByLabel('Screen name').fill('admin');
  await page.getByLabel('Password').fill(ptc.demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Information-system sync' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Information-system sync' })).toBeVisible();
  await expect(page.getByLabel('A OneRoster 1.1 bundle (zip or CSV files)')).toBeChecked();
  await expectAccessible(page);

  // An export that lost most students: stopped before anything is shown or changed.
  await page.getByLabel('Files', { exact: true }).setInputFiles({ name: 'oneroster.zip', mimeType: 'application/zip', buffer: bundleWithout('S2', 'S3', 'S4', 'S5') });
  await page.getByRole('button', { name: 'Check what would change' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Stopped' })).toContainText('Students: 4 of 5 would be deleted');

  // The real export: Kwame has left.
  await page.getByLabel('Files', { exact: true }).setInputFiles({ name: 'oneroster.zip', mimeType: 'application/zip', buffer: bundleWithout('S4') });
  await page.getByRole('button', { name: 'Check what would change' }).click();
  const diff = page.getByRole('region', { name: /Changes this file would make/ });
  await expect(diff.getByRole('row', { name: /^Students/ })).toContainText('Kwame Mensah');
  await expect(diff).toContainText('Deleting a student cancels their future appointments');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('sync-check-1280.png'), fullPage: true });
  await page.getByRole('button', { name: /^Apply these \d+ changes$/ }).click();
  await expect(page.getByRole('main').getByText(/^Applied: \d+ changes made\.$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Earlier syncs' })).toContainText('applied');
  await expect(page.getByRole('region', { name: 'Earlier syncs' })).toContainText('stopped (too many deletions)');

  const cancelled = await ptc.mailTo(KOFI, (mail) => /cancel/i.test(mail.subject ?? ''));
  expect(cancelled.text).toContain('The student is no longer at the school');
});

test("the vendor's operator sets up a new school; its technical contact is emailed and its administrator signs in", async ({ page, browser }) => {
  await ptc.cli(['create-operator', '--screen-name', 'vendor.operator'], { PTC_OPERATOR_PASSWORD: 'a long operator password for tests' });
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await page.getByRole('link', { name: 'PTC staff sign in here' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in: PTC staff' })).toBeVisible();
  await expect(page.getByLabel('School')).toHaveCount(0);
  await page.getByLabel('Screen name').fill('vendor.operator');
  await page.getByLabel('Password').fill('a long operator password for tests');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schools using PTC' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Demo School/ })).toContainText('Trial');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Create the school' }).click();
  await expect(page.getByRole('link', { name: "Enter the school's name" })).toBeVisible();
  await page.getByLabel("School's name").fill('Riverside Academy');
  await page.getByLabel('Sign-in name').fill('riverside');
  await page.getByRole('group', { name: 'Technical contact' }).getByLabel('Name').fill('Ada Tech');
  await page.getByRole('group', { name: 'Technical contact' }).getByLabel('Email address').fill('ada@riverside.invalid');
  await page.getByRole('group', { name: 'Finance contact' }).getByLabel('Name').fill('Fin Ance');
  await page.getByRole('group', { name: 'Finance contact' }).getByLabel('Email address').fill('fin@riverside.invalid');
  await page.getByLabel("First administrator's screen name").fill('office');
  await page.getByRole('button', { name: 'Create the school' }).click();
  const created = page.getByRole('status').filter({ hasText: 'Riverside Academy is set up' });
  await expect(created).toBeVisible();
  await expect(page.getByRole('row', { name: /Riverside Academy/ })).toContainText('Trial');
  await expectAccessible(page);

  // The school pays: the licence is recorded as paid.
  await page.getByLabel('Manage the licence of').selectOption({ label: 'Riverside Academy' });
  await page.getByLabel('Payment reference').fill('INV-2026-041');
  await page.getByLabel('Amount').fill('450');
  await page.getByLabel('Paid until').fill(new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Record the payment' }).click();
  await expect(page.getByRole('main').getByText('Payment recorded for Riverside Academy.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Riverside Academy/ })).toContainText('Active · paid licence');
  // The school's bursar takes over its invoices: the record is corrected, and stays so.
  const record = () => page.getByRole('region', { name: 'Contacts of Riverside Academy with PTC' }).getByRole('group', { name: 'Invoices and licence' });
  await record().getByLabel('Email address').fill('accounts@riverside.invalid');
  await page.getByRole('region', { name: 'Contacts of Riverside Academy with PTC' }).getByRole('button', { name: 'Save the contacts' }).click();
  await expect(page.getByText('The contacts are saved.')).toBeAttached();
  // Another school's record, then Riverside's again: the form shows what the API saved.
  await page.getByLabel('Manage the licence of').selectOption({ label: 'Demo School' });
  await expect(page.getByRole('region', { name: 'Contacts of Demo School with PTC' })).toBeVisible();
  await page.getByLabel('Manage the licence of').selectOption({ label: 'Riverside Academy' });
  await expect(record().getByLabel('Email address')).toHaveValue('accounts@riverside.invalid');
  await expectAccessible(page);
  for (const heading of ['Scheduled jobs: recent runs', 'Statistics, last 14 days', 'Deletion certificates', 'Records of processing']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Records of processing' }).getByRole('rowheader', { name: 'appointment', exact: true })).toBeVisible();

  // A new sub-processor, announced to every school 30 days ahead.
  const subProcessors = page.getByRole('region', { name: 'Sub-processors' });
  await subProcessors.getByLabel('Company').fill('Example Mail GmbH');
  await subProcessors.getByLabel('Country (two letters)').fill('DE');
  await subProcessors.getByLabel('What it does for PTC').fill('Sending emails');
  await subProcessors.getByLabel('Where the data is').fill('Frankfurt');
  await subProcessors.getByLabel('Data it handles').fill('contact details, appointments');
  await subProcessors.getByRole('button', { name: 'Add to the new list' }).click();
  await expect(subProcessors.getByRole('listitem').filter({ hasText: 'Example Mail GmbH' })).toBeVisible();
  await subProcessors.getByLabel('What changes, in one sentence for the schools').fill('Adds Example Mail GmbH for sending emails.');
  await subProcessors.getByRole('button', { name: 'Announce to every school' }).click();
  await expect(subProcessors.getByRole('status')).toContainText('schools told: 2');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('operator-1280.png'), fullPage: true });

  const welcome = await ptc.mailTo('ada@riverside.invalid', (mail) => mail.subject?.includes('is ready') ?? false);
  expect((await ptc.mailTo('ada@riverside.invalid', (mail) => mail.subject?.includes('sub-processors') ?? false)).text).toContain('Example Mail GmbH');
  expect(welcome.subject).toBe('Your PTC school "Riverside Academy" is ready');
  expect(welcome.text).toContain('"riverside"');
  expect(welcome.text).toContain('"office"');

  // The school's administrator follows the emailed link, sets a password and signs in.
  const school = await browser.newContext();
  const office = await school.newPage();
  await office.goto(emailedLink(welcome, 'reset-password'));
  await office.getByLabel('New password').fill(RIVERSIDE_OFFICE_PASSWORD);
  await office.getByRole('button', { name: 'Set password' }).click();
  await expect(office.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await office.getByLabel('School').fill('riverside');
  await office.getByLabel('Screen name').fill('office');
  await office.getByLabel('Password').fill(RIVERSIDE_OFFICE_PASSWORD);
  await office.getByRole('button', { name: 'Sign in' }).click();
  await expect(office.getByRole('heading', { level: 1, name: 'School office' })).toBeVisible();
  await expect(office.getByRole('region', { name: 'Licence' })).toContainText('Active · paid licence · renewal due');
  await expect(office.getByRole('alert')).toHaveCount(0);
  await school.close();
});

test("the operator logs a support email with its attachment for Riverside; Riverside's office reads it and downloads the file", async ({ page, browser }) => {
  await page.goto(`${ptc.baseUrl}/sign-in?as=operator`);
  await page.getByLabel('Screen name').fill('vendor.operator');
  await page.getByLabel('Password').fill('a long operator password for tests');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Manage the licence of').selectOption({ label: 'Riverside Academy' });
  const support = page.getByRole('region', { name: 'Support cases with PTC' });
  await support.getByLabel('Subject of a new case').fill('Invoice for the autumn term');
  await support.getByRole('button', { name: 'Open the case' }).click();
  const entry = support.getByRole('form', { name: 'Log a call or an email in Invoice for the autumn term' });
  await entry.getByLabel('When').fill('2026-11-20T11:00');
  await entry.getByLabel('Call or email').selectOption({ label: 'An email' });
  await entry.getByLabel('Who started it').selectOption({ label: 'PTC' });
  await entry.getByLabel('Who at the school').fill('Fin Ance');
  await entry.getByLabel('Summary').fill('Invoice sent again');
  await entry.getByLabel("The email's text").fill('Here is the invoice again.');
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  await entry.getByLabel('Its attachments').setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: pdf });
  await entry.getByRole('button', { name: 'Log it' }).click();
  await expect(support.getByText(/email to the school · Fin Ance: Invoice sent again/)).toBeVisible();
  await expectAccessible(page);

  const { school, office } = await riversideOffice(browser);
  const ours = office.getByRole('region', { name: 'Support cases with PTC' });
  await expect(ours.getByRole('heading', { name: /Invoice for the autumn term/ })).toBeVisible();
  const download = office.waitForEvent('download');
  await ours.getByRole('button', { name: 'Download invoice.pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('invoice.pdf');
  const { readFile } = await import('node:fs/promises');
  expect(Buffer.compare(await readFile((await file.path())!), pdf)).toBe(0);
  await expectAccessible(office);
  await school.close();
});

test("the operator records a security incident, emails the schools it concerns within the 72 hours, and Riverside's office acknowledges it with the list of its people", async ({ page, browser }) => {
  const local = (at: Date) => `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}T${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const now = Date.now();
  await page.goto(`${ptc.baseUrl}/sign-in?as=operator`);
  await page.getByLabel('Screen name').fill('vendor.operator');
  await page.getByLabel('Password').fill('a long operator password for tests');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const incidents = page.getByRole('region', { name: 'Security incidents' });
  await incidents.getByLabel('What happened (title)').fill('Stolen support laptop');
  await incidents.getByLabel('Description, as the schools will read it').fill('A laptop with a support session open was stolen.');
  await incidents.getByLabel('Detected at').fill(local(new Date(now - 30 * 60_000)));
  await incidents.getByLabel('Window from').fill(local(new Date(now - 3 * 3_600_000)));
  await incidents.getByLabel('Window to').fill(local(new Date(now + 60 * 60_000)));
  await incidents.getByRole('button', { name: 'Record the incident' }).click();
  const card = incidents.getByRole('listitem').filter({ hasText: 'Stolen support laptop' });
  const riverside = card.getByRole('row', { name: /Riverside Academy/ });
  await expect(riverside).toContainText('not yet');
  await expect(card.getByRole('row', { name: /Demo School/ })).toBeVisible();
  await expectAccessible(page);
  await card.getByRole('button', { name: 'Email the schools not told yet' }).click();
  await expect(card.getByRole('button', { name: 'Email the schools not told yet' })).toHaveCount(0);
  await expect(riverside.getByRole('cell').nth(1)).not.toContainText('not yet');
  await screenshots(page, 'operator-incidents');
  const told = await ptc.mailTo('tech@demo-school.invalid', (m) => m.subject === 'Security incident: Stolen support laptop');
  expect(told.text).toContain('A laptop with a support session open was stolen.');

  const { school, office } = await riversideOffice(browser);
  await office.getByRole('link', { name: 'Privacy requests and exports' }).click();
  const notice = office.getByRole('region', { name: 'Security incidents PTC told you of' }).getByRole('listitem').filter({ hasText: 'Stolen support laptop' });
  await expect(notice).toContainText('A laptop with a support session open was stolen.');
  const download = office.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the list of people (CSV)' }).click();
  expect((await download).suggestedFilename()).toBe('affected-people.csv');
  await notice.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(notice).toContainText('Acknowledged');
  await expectAccessible(office);
  await screenshots(office, 'office-incident-notice');

  // The office asks its own question: whose data was reached in the last hours, and through what.
  const report = office.getByRole('region', { name: 'Whose data was reached in a time window' });
  await report.getByLabel('Window from').fill(local(new Date(now - 3 * 3_600_000)));
  await report.getByLabel('Window to').fill(local(new Date(now + 60 * 60_000)));
  await report.getByRole('button', { name: 'Show' }).click();
  await expect(report.getByRole('status')).toContainText('GET /api/v1/admin/support-cases');
  // Riverside's directory is still empty: nobody's data to list.
  await expect(report.getByRole('status')).toContainText('0 students, 0 parents or carers, 0 teachers');
  await expect(report.getByRole('button', { name: 'Download the list of people (CSV)' })).toHaveCount(0);
  await expectAccessible(office);
  await school.close();
});
