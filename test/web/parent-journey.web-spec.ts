/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { emailedLink, startPtc, type PtcServer } from './support/ptc-server.js';
import { expectAccessible, screenshots } from './support/page-checks.js';

let ptc: PtcServer;
let adminToken: string;
const KOFI = 'kofi@demo-parents.invalid';
const PASSWORD = 'kofi reads the evening news';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  ptc = await startPtc();
  adminToken = await ptc.token('admin');
});
test.afterAll(async () => {
  await ptc?.stop();
});

async function signIn(page: Page, screenName: string, password: string) {
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await page.getByLabel('School').fill('demo');
  await page.getByLabel('Screen name').fill(screenName);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your family' })).toBeVisible();
}

test('an invited parent follows the emailed link, creates a login, books two teachers for two children and moves one', async ({ page }) => {
  const contacts = await ptc.api<{ items: { id: string; email: string }[] }>('GET', '/api/v1/admin/contacts?limit=50', adminToken);
  const kofi = contacts.body.items.find((c) => c.email === KOFI)!;
  expect((await ptc.api('POST', '/api/v1/admin/invitations', adminToken, { contactIds: [kofi.id] })).status).toBe(200);
  const invitation = emailedLink(await ptc.mailTo(KOFI, (m) => m.subject?.includes('invitation') ?? false), 'invite');

  await page.goto(invitation);
  await expect(page.getByRole('heading', { level: 1, name: 'Create your login' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Demo School invites Kofi Mensah')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'invitation');
  // The policy is explained as the parent types.
  await page.getByLabel('Choose a password').fill('short');
  await expect(page.getByRole('main').getByText('At least 8 characters')).toBeVisible();
  await page.getByLabel('Choose a screen name').fill('kofi.mensah');
  await page.getByLabel('Choose a password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create login' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your family' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Kwame Mensah')).toBeVisible();
  await expect(page.getByRole('main').getByText('Ama Mensah')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'home');

  await page.getByRole('link', { name: /Book appointments/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Autumn parents' evening" })).toBeVisible();
  await expectAccessible(page);
  const kwame = page.getByRole('region', { name: 'Appointments for Kwame Mensah' });
  const ama = page.getByRole('region', { name: 'Appointments for Ama Mensah' });
  await kwame.getByRole('button', { name: /with Mr Łukasz Kowalski for Kwame/ }).first().click();
  await expect(page.getByRole('main').getByText(/^Booked: Mr Łukasz Kowalski at/)).toBeVisible();
  await expect(page.getByRole('main').getByText(/^Booked: Mr Łukasz Kowalski at/)).toBeFocused();
  // The same time for the other child overlaps: the rule is explained in words, nothing is booked.
  await ama.getByRole('button', { name: /with Mrs Anne-Marie Smith for Ama/ }).first().click();
  await expect(page.getByRole('main').getByText('You already have an appointment at that time.', { exact: false })).toBeVisible();
  await ama.getByRole('button', { name: /with Mrs Anne-Marie Smith for Ama/ }).nth(1).click();
  await expect(page.getByRole('main').getByText(/^Booked: Mrs Anne-Marie Smith at/)).toBeVisible();
  const itinerary = page.getByRole('region', { name: 'Your evening' });
  await expect(itinerary.getByRole('listitem')).toHaveCount(2);

  // One is moved to a later time with the same teacher.
  await ama.getByRole('button', { name: 'Change the time with Mrs Anne-Marie Smith for Ama' }).click();
  await ama.getByRole('button', { name: /^Move to .* with Mrs Anne-Marie Smith for Ama/ }).nth(2).click();
  await expect(page.getByRole('main').getByText(/^Moved: Mrs Anne-Marie Smith at/)).toBeVisible();
  await expect(itinerary.getByRole('listitem')).toHaveCount(2);
  // "Add to calendar" saves the appointment's .ics.
  const saving = page.waitForEvent('download');
  await itinerary.getByRole('button', { name: /^Add the appointment with Mr Łukasz Kowalski at .* to your calendar$/ }).click();
  const saved = await saving;
  expect(saved.suggestedFilename()).toBe('appointment.ics');
  expect(readFileSync(await saved.path(), 'utf8')).toMatch(/BEGIN:VEVENT[\s\S]*Kowalski[\s\S]*END:VEVENT/);
  // A calendar link for the whole family: shown once, it serves both appointments, and can be stopped.
  await page.getByRole('button', { name: 'Make a calendar link' }).click();
  const link = await page.getByLabel('Your calendar link').inputValue();
  const feed = await (await fetch(link)).text();
  expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  await page.getByRole('button', { name: 'Stop the calendar link' }).click();
  await expect(page.getByRole('button', { name: 'Make a calendar link' })).toBeVisible();
  expect((await fetch(link)).status).toBe(404);
  await expectAccessible(page);
  await screenshots(page, 'evening');

  // Both confirmations were emailed.
  await ptc.mailTo(KOFI, (m) => /Kowalski/.test(m.text ?? '') && /confirm|booked/i.test(m.subject ?? ''));
});

test('a time taken meanwhile by another parent shows "just taken" and the list stays in place', async ({ page, browser }) => {
  await signIn(page, 'kofi.mensah', PASSWORD);
  // The home page lists the family's appointments across evenings, in time order.
  const booked = page.getByRole('region', { name: 'Your appointments' });
  await expect(booked.getByRole('listitem')).toHaveCount(2);
  await expect(booked.getByRole('listitem').first()).toContainText('Mr Łukasz Kowalski · Kwame');
  await page.getByRole('link', { name: /Book appointments/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Kofi frees Ama's time with Mrs Smith, then looks at her free times.
  await page.getByRole('button', { name: /Cancel the appointment with Mrs Anne-Marie Smith/ }).click();
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(page.getByRole('main').getByText(/^Cancelled: Mrs Anne-Marie Smith at/)).toBeVisible();
  const ama = page.getByRole('region', { name: 'Appointments for Ama Mensah' });
  const wanted = ama.getByRole('button', { name: /with Mrs Anne-Marie Smith for Ama/ }).nth(1);
  const time = (await wanted.getAttribute('aria-label'))!.replace(/^Book (.+) with Mrs.*/, '$1');

  // Meanwhile, in another browser, Zoë's mother takes that very time.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, 'parent1', ptc.demoPassword);
  await other.getByRole('link', { name: /Book appointments/ }).click();
  await other.getByRole('region', { name: "Appointments for Zoë O'Brien" }).getByRole('button', { name: `Book ${time} with Mrs Anne-Marie Smith for Zoë` }).click();
  await expect(other.getByRole('main').getByText(/^Booked: Mrs Anne-Marie Smith at/)).toBeVisible();
  await elsewhere.close();

  await wanted.click();
  await expect(page.getByRole('main').getByText('That time was just taken by someone else.', { exact: false })).toBeVisible();
  // The list is refreshed in place: that time is no longer offered, the others still are.
  await expect(ama.getByRole('button', { name: `Book ${time} with Mrs Anne-Marie Smith for Ama` })).toHaveCount(0);
  await expect(ama.getByRole('button', { name: /with Mrs Anne-Marie Smith for Ama/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the emailed appointment link shows the appointment and cancels it without signing in', async ({ page }) => {
  const booked = await ptc.mailTo(KOFI, (m) => /Kowalski/.test(m.text ?? '') && (m.text ?? '').includes('/appointments/'));
  await page.goto(emailedLink(booked, 'appointments'));
  await expect(page.getByRole('heading', { level: 1, name: 'Your appointment' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Mr Łukasz Kowalski')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'appointment-link');
  await page.getByRole('button', { name: 'Cancel this appointment' }).click();
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(page.getByRole('main').getByText('The appointment is cancelled.').first()).toBeVisible();
  await expect(page.getByRole('main').getByText('Cancelled', { exact: true })).toBeVisible();
  // The link died with the appointment: opened again, it says so in words.
  await page.reload();
  await expect(page.getByRole('main').getByText('This appointment was moved or cancelled after this email was sent.', { exact: false })).toBeVisible();
});

test('a forgotten password is reset from the emailed link, and the new one signs in', async ({ page }) => {
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await page.getByRole('link', { name: 'Forgotten your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgotten password' })).toBeVisible();
  await page.getByLabel('School').fill('demo');
  await page.getByLabel('Screen name or email address').fill(KOFI);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('main').getByText('If your school has a login with that name or email address')).toBeVisible();
  await expectAccessible(page);

  const reset = await ptc.mailTo(KOFI, (m) => m.subject?.includes('set a new PTC password') ?? false);
  await page.goto(emailedLink(reset, 'reset-password'));
  await expect(page.getByRole('main').getByText('For kofi.mensah at Demo School')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'reset-password');
  await page.getByLabel('New password').fill('a brand new evening phrase');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('main').getByText('Your new password is set. Sign in with it.')).toBeVisible();
  await expect(page.getByLabel('Screen name')).toHaveValue('kofi.mensah');
  await page.getByLabel('Password').fill('a brand new evening phrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your family' })).toBeVisible();
});

test('a wrong password is explained in words at the top of the form', async ({ page }) => {
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await page.getByLabel('School').fill('demo');
  await page.getByLabel('Screen name').fill('kofi.mensah');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The school, screen name or password is not right.');
  await expect(summary).toBeFocused();
  await expectAccessible(page);
  await screenshots(page, 'sign-in-error');
});

test('Spanish pages speak Spanish and show dates in Spanish', async ({ page }) => {
  await signIn(page, 'parent1', ptc.demoPassword);
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Su familia' })).toBeVisible();
  await expect(page.getByRole('main').getByText(/Las reservas cierran el (lun|mar|mié|jue|vie|sáb|dom)/)).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'home-es');
  await page.getByRole('link', { name: /Reservar citas/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Su tarde' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Her choice is kept with her login (her emails follow it): back to English for the journeys that follow.
  expect((await ptc.api<{ language: string | null }>('GET', '/api/v1/auth/me', await ptc.token('parent1'))).body.language).toBe('es');
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/me/language') && response.ok());
  await page.getByLabel('Idioma').selectOption('en');
  await saved;
});

/** Presses Tab until the focused element's accessible name matches (keyboard only: no clicks). */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
      return (labelled ?? el.textContent ?? '').trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('a whole booking is done with the keyboard alone', async ({ page }) => {
  await page.goto(`${ptc.baseUrl}/sign-in`);
  await tabTo(page, /^School$/);
  await page.keyboard.type('demo');
  await tabTo(page, /^Screen name$/);
  await page.keyboard.type('parent2');
  await tabTo(page, /^Password$/);
  await page.keyboard.type(ptc.demoPassword);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your family' })).toBeFocused();
  await tabTo(page, /^Book appointments/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: "Autumn parents' evening" })).toBeFocused();
  await tabTo(page, /^Book .* with Mrs Anne-Marie Smith for Amélie$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByText(/^Booked: Mrs Anne-Marie Smith at/)).toBeFocused();
});

test('the privacy page says what PTC holds, and a parent’s request goes to the school', async ({ page }) => {
  await page.goto(`${ptc.baseUrl}/privacy`);
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Companies that help PTC' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in to send a request to your school' })).toBeVisible();
  await expectAccessible(page);

  await signIn(page, 'parent1', ptc.demoPassword);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await page.getByLabel('A copy of my data').check();
  await page.getByRole('button', { name: 'Send to my school' }).click();
  await expect(page.getByRole('alert')).toContainText('Write what you need from your school');
  await page.getByLabel('Tell your school what you need').fill('Please send me everything you hold about my family.');
  await page.getByRole('button', { name: 'Send to my school' }).click();
  await expect(page.getByRole('main').getByText('Your request has gone to your school.')).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'privacy');

  const queue = await ptc.api<{ items: { kind: string; details: string }[] }>('GET', '/api/v1/admin/privacy/requests', adminToken);
  expect(queue.body.items).toContainEqual(expect.objectContaining({ kind: 'access', details: 'Please send me everything you hold about my family.' }));
});

test('a parent lets PTC plan the evening: siblings back to back, and a time taken meanwhile brings new times, nothing half-booked', async ({ page }) => {
  await signIn(page, 'parent1', ptc.demoPassword);
  await page.getByRole('link', { name: /Book appointments/ }).click();
  const itinerary = page.getByRole('region', { name: 'Your evening' });
  // Zoë's time with Mrs Smith (booked earlier in this file) is there.
  await expect(itinerary.getByRole('listitem')).toHaveCount(1);
  const before = 1;
  await page.getByRole('button', { name: 'Plan my evening for me' }).click();
  const planner = page.getByRole('region', { name: 'Plan my evening' });
  // Zoë already sees Mrs Smith: what is left is Mr Kowalski, for both children.
  await expect(planner.getByRole('checkbox')).toHaveCount(2);
  await expect(planner.getByLabel('Mr Łukasz Kowalski · Zoë')).toBeChecked();
  await expect(planner.getByLabel('Mr Łukasz Kowalski · Liam')).toBeChecked();
  await planner.getByRole('button', { name: 'Find times' }).click();
  const proposed = planner.getByRole('listitem');
  await expect(proposed).toHaveCount(2);
  const [first, second] = [await proposed.nth(0).innerText(), await proposed.nth(1).innerText()];
  // Both children with Mr Kowalski, one right after the other (10-minute slots).
  expect([first, second].map((row) => row.replace(/^[^·]+· /, '')).sort()).toEqual(["Mr Łukasz Kowalski · Liam O'Brien", "Mr Łukasz Kowalski · Zoë O'Brien"]);
  const minutes = (row: string) => {
    const [, h, m, half] = /^(\d+):(\d\d)\s?(AM|PM)/.exec(row)!;
    return ((Number(h) % 12) + (half === 'PM' ? 12 : 0)) * 60 + Number(m);
  };
  expect(minutes(second) - minutes(first)).toBe(10);
  await expectAccessible(page);
  await screenshots(page, 'planner');

  // Before Zoë's mother books, the office takes the first proposed time out of booking.
  const evenings = await ptc.api<{ items: { id: string }[] }>('GET', '/api/v1/admin/events', adminToken);
  const eveningId = evenings.body.items[0].id;
  const hhmm = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  const proposalTime = first.split(' · ')[0];
  const teachers = await ptc.api<{ items: { id: string; lastName: string }[] }>('GET', '/api/v1/admin/teachers?limit=50', adminToken);
  const kowalski = teachers.body.items.find((teacher) => teacher.lastName === 'Kowalski')!;
  const slots = await ptc.api<{ items: { id: string; localStart: string }[] }>('GET', `/api/v1/admin/events/${eveningId}/slots?teacherId=${kowalski.id}&limit=100`, adminToken);
  const taken = slots.body.items.find((slot) => slot.localStart.slice(11, 16) === hhmm(minutes(first)))!;
  expect((await ptc.api('POST', `/api/v1/admin/events/${eveningId}/slots/${taken.id}/block`, adminToken, {})).status).toBe(200);

  await planner.getByRole('button', { name: 'Book all 2' }).click();
  await expect(planner.getByText('A time was taken meanwhile, so nothing was booked. Here are new times.')).toBeVisible();
  await expect(itinerary.getByRole('listitem')).toHaveCount(before);
  await expect(proposed.first()).not.toContainText(`${proposalTime} ·`);
  await planner.getByRole('button', { name: 'Book all 2' }).click();
  await expect(page.getByRole('main').getByText('Booked 2 appointments.')).toBeVisible();
  await expect(itinerary.getByRole('listitem')).toHaveCount(before + 2);
  await expect(page.getByRole('region', { name: 'Plan my evening' })).toHaveCount(0);
});

test('an evening that opens to Year 7 first: Zoë can be booked, Liam’s page says when his booking opens', async ({ page }) => {
  const now = Date.now();
  const day = new Date(now + 9 * 86_400_000).toISOString().slice(0, 10);
  const everyone = new Date(now + 2 * 86_400_000);
  const created = await ptc.api<{ id: string }>('POST', '/api/v1/admin/events', adminToken, {
    name: 'Year 7 first evening',
    sessions: [{ date: day, start: '16:00', end: '17:00' }],
    slotMinutes: 10,
    opensAt: everyone.toISOString(),
    closesAt: new Date(now + 8 * 86_400_000).toISOString(),
    openingStages: [{ yearLabels: ['Year 7'], opensAt: new Date(now - 3_600_000).toISOString() }],
  });
  expect(created.status).toBe(201);
  expect((await ptc.api('POST', `/api/v1/admin/events/${created.body.id}/publish`, adminToken, {})).status).toBe(200);

  await signIn(page, 'parent1', ptc.demoPassword);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Year 7 first evening' }) });
  await expect(card.getByText(/^Year 7: booking opens /)).toBeVisible();
  await expect(card.getByText(/^Everyone else: booking opens /)).toBeVisible();
  await card.getByRole('link', { name: /Book appointments/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Year 7 first evening' })).toBeVisible();
  const liam = page.getByRole('region', { name: "Appointments for Liam O'Brien" });
  await expect(liam.getByText(/^Booking for Liam opens /)).toBeVisible();
  await expect(liam.getByRole('button')).toHaveCount(0);
  const zoe = page.getByRole('region', { name: "Appointments for Zoë O'Brien" });
  await zoe.getByRole('button', { name: /with Mr Łukasz Kowalski for Zoë/ }).first().click();
  await expect(page.getByRole('main').getByText(/^Booked: Mr Łukasz Kowalski at/)).toBeVisible();
  await expectAccessible(page);
});

test("a full teacher's waiting list: the parent joins, a cancellation offers the time by email, and the emailed link leads to booking it", async ({ page }) => {
  type Page_<T> = { items: T[] };
  const [teachers, students] = await Promise.all([
    ptc.api<Page_<{ id: string; lastName: string }>>('GET', '/api/v1/admin/teachers?limit=50', adminToken),
    ptc.api<Page_<{ id: string; firstName: string }>>('GET', '/api/v1/admin/students?limit=50', adminToken),
  ]);
  const kowalski = teachers.body.items.find((teacher) => teacher.lastName === 'Kowalski')!.id;
  const student = (name: string) => students.body.items.find((s) => s.firstName === name)!.id;
  const contacts = await ptc.api<Page_<{ id: string; email: string }>>('GET', '/api/v1/admin/contacts?limit=50', adminToken);
  const contact = (email: string) => contacts.body.items.find((c) => c.email === email)!.id;
  const now = Date.now();
  const created = await ptc.api<{ id: string }>('POST', '/api/v1/admin/events', adminToken, {
    name: 'Short maths evening',
    sessions: [{ date: new Date(now + 10 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '16:20' }],
    slotMinutes: 10,
    teacherIds: [kowalski],
    opensAt: new Date(now - 3_600_000).toISOString(),
    closesAt: new Date(now + 9 * 86_400_000).toISOString(),
  });
  const eveningId = created.body.id;
  await ptc.api('POST', `/api/v1/admin/events/${eveningId}/publish`, adminToken, {});
  // Both of Mr Kowalski's times go: Liam at 16:00, Kwame at 16:10.
  const slots = await ptc.api<Page_<{ id: string }>>('GET', `/api/v1/admin/events/${eveningId}/slots?teacherId=${kowalski}`, adminToken);
  await ptc.api('POST', '/api/v1/bookings', adminToken, { eventId: eveningId, studentId: student('Liam'), teacherId: kowalski, slotId: slots.body.items[0].id, contactId: contact('siobhan@demo-parents.invalid') });
  const kwame = await ptc.api<{ id: string }>('POST', '/api/v1/bookings', adminToken, { eventId: eveningId, studentId: student('Kwame'), teacherId: kowalski, slotId: slots.body.items[1].id, contactId: contact(KOFI) });

  // A page opened from outside the app asks to sign in first, then shows the page that was asked for.
  const openSignedIn = async (url: string) => {
    await page.goto(url);
    await page.getByLabel('School').fill('demo');
    await page.getByLabel('Screen name').fill('parent1');
    await page.getByLabel('Password').fill(ptc.demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Short maths evening' })).toBeVisible();
  };
  await openSignedIn(`${ptc.baseUrl}/evenings/${eveningId}`);
  const zoe = page.getByRole('region', { name: "Appointments for Zoë O'Brien" });
  await expect(zoe.getByText('No free times left.')).toBeVisible();
  await zoe.getByRole('button', { name: "Join Mr Łukasz Kowalski's waiting list for Zoë" }).click();
  await expect(page.getByRole('main').getByText("Zoë is on Mr Łukasz Kowalski's waiting list: number 1. We will email you if a time comes free.")).toBeVisible();
  await expect(zoe.getByText('On the waiting list: number 1.')).toBeVisible();
  await expectAccessible(page);

  // Kwame's appointment is cancelled: the time is held for Zoë, and her mother is emailed.
  await ptc.api('POST', `/api/v1/bookings/${kwame.body.id}/cancel`, adminToken, { reason: 'Kwame is away' });
  const offer = await ptc.mailTo('siobhan@demo-parents.invalid', (mail) => /has come free/.test(mail.subject ?? ''));
  expect(offer.subject).toBe('Demo School: a time with Mr Łukasz Kowalski for Zoë has come free');
  await openSignedIn(emailedLink(offer, 'evenings'));
  await expect(zoe.getByText(/^A time has come free for you: 4:10\s?PM, held until /)).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, 'waiting-offer');
  await zoe.getByRole('button', { name: /^Book 4:10\s?PM with Mr Łukasz Kowalski for Zoë, held for you$/ }).click();
  await expect(page.getByRole('main').getByText(/^Booked: Mr Łukasz Kowalski at 4:10\s?PM/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your evening' }).getByRole('listitem')).toHaveCount(2);
});

test('brothers and sisters meet a shared teacher together when the school allows it: one booking, shown under each child', async ({ page }) => {
  type Page_<T> = { items: T[] };
  const settings = (await ptc.api<Record<string, unknown>>('GET', '/api/v1/admin/booking-settings', adminToken)).body;
  await ptc.api('PUT', '/api/v1/admin/booking-settings', adminToken, { ...settings, jointSiblingMeetings: true });
  const teachers = await ptc.api<Page_<{ id: string; lastName: string }>>('GET', '/api/v1/admin/teachers?limit=50', adminToken);
  const now = Date.now();
  const created = await ptc.api<{ id: string }>('POST', '/api/v1/admin/events', adminToken, {
    name: 'Siblings evening',
    sessions: [{ date: new Date(now + 11 * 86_400_000).toISOString().slice(0, 10), start: '16:00', end: '16:30' }],
    slotMinutes: 10,
    teacherIds: [teachers.body.items.find((teacher) => teacher.lastName === 'Kowalski')!.id],
    opensAt: new Date(now - 3_600_000).toISOString(),
    closesAt: new Date(now + 10 * 86_400_000).toISOString(),
  });
  await ptc.api('POST', `/api/v1/admin/events/${created.body.id}/publish`, adminToken, {});

  await signIn(page, 'parent1', ptc.demoPassword);
  await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Siblings evening' }) }).getByRole('link', { name: /Book appointments/ }).click();
  const zoe = page.getByRole('region', { name: "Appointments for Zoë O'Brien" });
  await zoe.getByLabel('One meeting together with Liam too').check();
  await expectAccessible(page);
  await zoe.getByRole('button', { name: /with Mr Łukasz Kowalski for Zoë/ }).first().click();
  await expect(page.getByRole('main').getByText(/^Booked: Mr Łukasz Kowalski at/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your evening' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Your evening' }).getByRole('listitem')).toContainText('Zoë & Liam');
  await expect(page.getByRole('region', { name: "Appointments for Liam O'Brien" }).getByText(/, booked/)).toBeVisible();
  await ptc.api('PUT', '/api/v1/admin/booking-settings', adminToken, { ...settings, jointSiblingMeetings: false });
});
