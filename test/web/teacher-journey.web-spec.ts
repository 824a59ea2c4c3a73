/// <reference lib="dom" />
import { expect, test, type Page } from '@playwright/test';
import { pdfPageTexts } from './support/pdf-text.js';
import { startPtc, type PtcServer } from './support/ptc-server.js';
import { expectAccessible, screenshots } from './support/page-checks.js';
import { startIdentityProvider } from '../support/identity-provider.js';

let ptc: PtcServer;
let eveningId: string;
const SIOBHAN = 'siobhan@demo-parents.invalid';

test.describe.configure({ mode: 'serial' });

interface Page_<T> {
  items: T[];
}
type Person = { id: string; sisId: string };
type Slot = { id: string; localStart: string; appointmentId: string | null };

/** An evening over two days for Mr Kowalski (T2), with Zoë booked on the first day and Liam on the second. */
test.beforeAll(async () => {
  ptc = await startPtc();
  const admin = await ptc.token('admin');
  const teachers = await ptc.api<Page_<Person>>('GET', '/api/v1/admin/teachers?limit=50', admin);
  const students = await ptc.api<Page_<Person>>('GET', '/api/v1/admin/students?limit=50', admin);
  const idOf = (list: Person[], sisId: string) => list.find((p) => p.sisId === sisId)!.id;
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const created = await ptc.api<{ id: string }>('POST', '/api/v1/admin/events', admin, {
    name: 'Spring consultations',
    sessions: [{ date: day(8), start: '16:00', end: '17:00' }, { date: day(9), start: '16:00', end: '17:00' }],
    slotMinutes: 10,
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 6 * 86_400_000).toISOString(),
    teacherIds: [idOf(teachers.body.items, 'T2')],
  });
  expect(created.status).toBe(201);
  eveningId = created.body.id;
  expect((await ptc.api('POST', `/api/v1/admin/events/${eveningId}/publish`, admin)).status).toBe(200);
  const slots = (await ptc.api<Page_<Slot>>('GET', `/api/v1/admin/events/${eveningId}/slots?limit=50`, admin)).body.items;
  const parent = await ptc.token('parent1');
  const book = (student: string, slot: Slot) =>
    ptc.api('POST', '/api/v1/bookings', parent, { eventId: eveningId, studentId: idOf(students.body.items, student), teacherId: idOf(teachers.body.items, 'T2'), slotId: slot.id });
  expect((await book('S1', slots[1])).status).toBe(201);
  expect((await book('S2', slots[6 + 2])).status).toBe(201);
});
test.afterAll(async () => {
  await ptc?.stop();
});

test('a teacher prints their schedule one session per page, takes a time out of booking, cancels with a reason and replaces their calendar address', async ({ page }) => {
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await page.getByLabel('School').fill('demo');
  await page.getByLabel('Screen name').fill('teacher2');
  await page.getByLabel('Password').fill(ptc.demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Your parents' evenings" })).toBeVisible();
  await expect(page.getByRole('main').getByText('2 of 12 times booked, 0 blocked')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Spring consultations' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Spring consultations' })).toBeVisible();
  const firstDay = page.getByRole('region', { name: /4:00 PM–5:00 PM/ }).first();
  await expect(firstDay.getByRole('row', { name: /Zoë O'Brien/ })).toContainText("Ms Siobhán O'Brien");
  await expect(firstDay.getByRole('row', { name: /Zoë O'Brien/ })).toContainText('Mother');
  await expectAccessible(page);
  await screenshots(page, 'teacher-evening');

  // Printed: one A4 page per session, each with its own appointments.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain('Spring consultations');
  expect(pages[0]).toContain("Zoë O'Brien");
  expect(pages[0]).not.toContain("Liam O'Brien");
  expect(pages[1]).toContain("Liam O'Brien");
  expect(pages[1]).toContain('4:20 PM');
  expect(pages.join(' ')).not.toContain('Do not offer');

  // A free time taken out of booking disappears from the parent's page.
  await page.getByRole('button', { name: /^Do not offer 4:30 PM,/ }).first().click();
  await expect(page.getByRole('main').getByText('2 of 12 times booked, 1 blocked')).toBeVisible();
  const parentView = await ptc.api<{ students: { teachers: { freeSlots: { localStart: string }[] }[] }[] }>('GET', `/api/v1/parent/events/${eveningId}`, await ptc.token('parent1'));
  // Zoë's list with Mr Kowalski: 16:30 on the second day only.
  const offered = parentView.body.students[0].teachers[0].freeSlots.map((slot) => slot.localStart.slice(11, 16));
  expect(offered.filter((time) => time === '16:30')).toHaveLength(1);

  // Cancelling needs a reason, and the parent receives it.
  await page.getByRole('button', { name: /Cancel the appointment with Zoë O'Brien/ }).click();
  await page.getByRole('button', { name: 'Cancel and email the parent' }).click();
  await expect(page.getByRole('link', { name: 'Enter the reason for cancelling' })).toBeVisible();
  await page.getByLabel('Reason for cancelling').fill('I am unwell on that day; the office will offer a new time.');
  await page.getByRole('button', { name: 'Cancel and email the parent' }).click();
  await expect(page.getByRole('main').getByText(/^Cancelled: Zoë O'Brien at/)).toBeVisible();
  const cancelled = await ptc.mailTo(SIOBHAN, (mail) => (mail.text ?? '').includes('I am unwell on that day'));
  expect(cancelled.subject).toMatch(/cancel/i);

  // The calendar address: it works, and once replaced the old one answers 404.
  const oldAddress = await page.getByLabel('Your calendar link').inputValue();
  expect((await fetch(oldAddress)).status).toBe(200);
  await page.getByRole('button', { name: 'Replace the address' }).click();
  await page.getByRole('button', { name: 'Replace it' }).click();
  await expect(page.getByLabel('Your calendar link')).not.toHaveValue(oldAddress);
  const newAddress = await page.getByLabel('Your calendar link').inputValue();
  expect((await fetch(oldAddress)).status).toBe(404);
  const feed = await fetch(newAddress);
  expect(feed.status).toBe(200);
  expect(await feed.text()).toContain("Liam O'Brien");
  await expectAccessible(page);

  // Once the school lets teachers set their own hours, the teacher leaves early; booked times stay.
  const admin = await ptc.token('admin');
  expect((await ptc.api('PUT', '/api/v1/admin/booking-settings', admin, { parentCancelCutoffHours: null, teachersSetAvailability: true })).status).toBe(200);
  await expect(page.getByRole('main').getByText('The school office sets your hours for this evening.')).toBeVisible();
  await page.getByRole('link', { name: /^PTC/ }).click();
  await page.getByRole('link', { name: 'Spring consultations' }).click();
  await page.getByLabel('Leave at').fill('16:30');
  await page.getByRole('button', { name: 'Save your hours' }).click();
  await expect(page.getByRole('main').getByText('Your hours are saved: 6 times.')).toBeVisible();
  await expect(page.getByRole('main').getByText('1 of 6 times booked, 0 blocked')).toBeVisible();
  await expectAccessible(page);

  // The same page in Spanish, from the catalogue.
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 2, name: 'Su horario', exact: true })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Imprimir el horario' })).toBeVisible();
});

test('after booking closed, a parent asks a teacher for an appointment with a note, and the teacher books a time for them', async ({ page, browser }) => {
  const admin = await ptc.token('admin');
  const teachers = await ptc.api<Page_<Person>>('GET', '/api/v1/admin/teachers?limit=50', admin);
  const created = await ptc.api<{ id: string }>('POST', '/api/v1/admin/events', admin, {
    name: 'Catch-up evening',
    sessions: [{ date: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '16:30' }],
    slotMinutes: 10,
    opensAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    closesAt: new Date(Date.now() - 3_600_000).toISOString(),
    teacherIds: [teachers.body.items.find((p) => p.sisId === 'T1')!.id],
  });
  expect((await ptc.api('POST', `/api/v1/admin/events/${created.body.id}/publish`, admin)).status).toBe(200);

  // José asks Mrs Smith, with a note.
  const parentContext = await browser.newContext();
  const parent = await parentContext.newPage();
  await parent.goto(`${ptc.baseUrl}/sign-in`);
  await parent.getByLabel('School').fill('demo');
  await parent.getByLabel('Screen name').fill('parent2');
  await parent.getByLabel('Password').fill(ptc.demoPassword);
  await parent.getByRole('button', { name: 'Sign in' }).click();
  await parent.getByRole('link', { name: /Catch-up evening/ }).click();
  await expect(parent.getByText('Booking has closed for this evening. You can still ask a teacher for an appointment.')).toBeVisible();
  await parent.getByRole('button', { name: 'Ask Mrs Anne-Marie Smith for an appointment about Amélie' }).click();
  await parent.getByLabel('A note for Mrs Anne-Marie Smith (optional)').fill('We were abroad when booking was open; any time suits us.');
  await expectAccessible(parent);
  await parent.getByRole('button', { name: 'Send the request' }).click();
  await expect(parent.getByRole('main').getByText('Your request to Mrs Anne-Marie Smith is sent. You will be emailed the answer.')).toBeVisible();
  await expect(parent.getByText(/^Requested on .+: waiting for an answer\.$/)).toBeVisible();
  await parentContext.close();

  // Mrs Smith answers with a time.
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await page.getByLabel('School').fill('demo');
  await page.getByLabel('Screen name').fill('teacher1');
  await page.getByLabel('Password').fill(ptc.demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Catch-up evening' }).click();
  const requests = page.getByRole('region', { name: 'Requests after booking closed' });
  await expect(requests.getByText('We were abroad when booking was open; any time suits us.')).toBeVisible();
  await expect(requests.getByText(/^Amélie Núñez-García · Dr José Núñez · /)).toBeVisible();
  await expectAccessible(page);
  await requests.getByLabel('Time to offer').selectOption({ index: 2 });
  await requests.getByRole('button', { name: 'Book this time and email the parent' }).click();
  await expect(requests.getByText('Accepted: the appointment is booked.')).toBeVisible();
  const booked = await ptc.mailTo('jose@demo-parents.invalid', (mail) => /^Appointment booked/.test(mail.subject ?? '') && /Catch-up evening/.test(mail.text ?? ''));
  expect(booked.text).toContain('Amélie Núñez-García with Mrs Anne-Marie Smith');
});

test('the office lets staff sign in with the school’s accounts, and a teacher does so through the school’s OpenID Connect provider', async ({ page, browser }) => {
  const client = { clientId: 'ptc-demo', clientSecret: 'demo-client-secret-4Rt8', redirectUri: `${ptc.baseUrl}/sign-in/sso/demo` };
  const idp = await startIdentityProvider([client]);
  try {
    await page.goto(`${ptc.baseUrl}/sign-in`);
    await page.getByLabel('School').fill('demo');
    await page.getByLabel('Screen name').fill('admin');
    await page.getByLabel('Password').fill(ptc.demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const section = page.getByRole('region', { name: "Signing in with the school's accounts" });
    await section.getByRole('button', { name: "Set up signing in with the school's accounts" }).click();
    // The address to register at the provider is shown; PTC checks the issuer before saving.
    await expect(section.getByText(client.redirectUri)).toBeVisible();
    await section.getByLabel('Name on the button').fill('Demo Accounts');
    await section.getByLabel('Issuer URL').fill(idp.issuer);
    await section.getByLabel('Client ID').fill(client.clientId);
    await section.getByLabel('Client secret').fill(client.clientSecret);
    await section.getByLabel('Email domains').fill('demo-school.invalid');
    await expect(section.getByLabel('Teachers')).toBeChecked();
    await expectAccessible(page);
    await screenshots(page, 'office-sign-in-provider');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByText('Staff may also sign in with a password')).toBeVisible();
    await expect(section.getByText('demo-school.invalid')).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();

    // Mrs Smith signs in with the school's account: to the provider and back, signed in as herself.
    await page.goto(`${ptc.baseUrl}/sign-in?school=demo`);
    await page.getByRole('button', { name: 'Sign in with Demo Accounts' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to the test identity provider' })).toBeVisible();
    await page.getByLabel('Email').fill('a.smith@demo-school.invalid');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Your parents' evenings" })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Catch-up evening' })).toBeVisible();

    // Someone the school has no login for (on their own device) is told so, in their words, with a way back.
    const otherDevice = await browser.newContext();
    const other = await otherDevice.newPage();
    await other.goto(`${ptc.baseUrl}/sign-in?school=demo`);
    await expect(other.getByRole('button', { name: 'Sign in with Demo Accounts' })).toBeVisible();
    await expectAccessible(other);
    await screenshots(other, 'sign-in-with-provider');
    await other.getByRole('button', { name: 'Sign in with Demo Accounts' }).click();
    await other.getByLabel('Email').fill('new.teacher@demo-school.invalid');
    await other.getByRole('button', { name: 'Continue' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Signing in did not work' })).toBeVisible();
    await expect(other.getByRole('alert')).toHaveText('No PTC login of this school has your email address. Ask the school office.');
    await expectAccessible(other);
    await other.getByRole('link', { name: 'Back to signing in' }).click();
    await expect(other.getByLabel('School')).toHaveValue('demo');
    await otherDevice.close();
  } finally {
    await idp.close();
  }
});
