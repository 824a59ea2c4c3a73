import { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import { EveningsService } from '@ptc/bookings';
import { DirectorySyncService, PeopleService } from '@ptc/directory';
import { Clock, runForSchool } from '@ptc/platform';
import { DEMO_DIRECTORY } from './demo-directory.js';
import { generatePassword, SchoolsService, UsersService } from '@ptc/tenancy';

export interface DemoSeedResult {
  school: string;
  screenNames: string[];
  password: string;
}

const DEMO_SLUG = 'demo';
const DEMO_TIMEZONE = 'Europe/London';
const DEMO_LOGINS: ['teacher' | 'parent', string, string][] = [
  ['teacher', 'teacher1', 'T1'],
  ['teacher', 'teacher2', 'T2'],
  ['parent', 'parent1', 'C1'],
  ['parent', 'parent2', 'C2'],
];
const DEMO_SCREEN_NAMES = ['admin', ...DEMO_LOGINS.map(([, name]) => name)];


/**
 * On an empty development database: one demo school with its directory (students, parents,
 * teachers and links), logins for an admin, two teachers and two parents, all sharing one
 * generated password, and a published parents' evening a week ahead whose booking is open now. Never runs in production (configuration refuses SEED_DEMO there, and the
 * CLI command refuses too).
 */
export async function seedDemoIfEmpty(app: INestApplicationContext): Promise<DemoSeedResult | null> {
  const orm = app.get(MikroORM);
  return OrmRequestContext.create(orm.em, async () => {
    const schools = app.get(SchoolsService);
    if ((await schools.count()) > 0) return null;
    const password = generatePassword();
    const created = await schools.create({
      name: 'Demo School',
      slug: DEMO_SLUG,
      timezone: DEMO_TIMEZONE,
      technicalContact: { name: 'Demo Technical Contact', email: 'tech@demo-school.invalid' },
      financeContact: { name: 'Demo Finance Contact', email: 'finance@demo-school.invalid' },
      admin: { screenName: 'admin', password },
    });
    const schoolId = created.school.id;
    await runForSchool(schoolId, async () => {
      const origin = { file: 'demo', line: 0 };
      const withOrigin = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, origin }));
      await app.get(DirectorySyncService).sync(
        { userId: created.admin.id, schoolId, role: 'school_admin', personId: null },
        {
          snapshot: {
            students: withOrigin(DEMO_DIRECTORY.students),
            contacts: withOrigin(DEMO_DIRECTORY.contacts),
            teachers: withOrigin(DEMO_DIRECTORY.teachers),
            contactLinks: withOrigin(DEMO_DIRECTORY.contactLinks),
            teacherLinks: withOrigin(DEMO_DIRECTORY.teacherLinks),
          },
          problems: [],
        },
        { source: 'json', dryRun: false, force: false },
      );
      const people = app.get(PeopleService);
      const teachers = await people.idsBySisId('teacher', ['T1', 'T2']);
      const contacts = await people.idsBySisId('contact', ['C1', 'C2']);
      const users = app.get(UsersService);
      for (const [role, screenName, sisId] of DEMO_LOGINS) {
        const personId = (role === 'teacher' ? teachers : contacts).get(sisId)!;
        await users.createInSchool(schoolId, role, screenName, password, personId);
      }
      await seedDemoEvening(app);
    });
    return { school: created.school.slug, screenNames: DEMO_SCREEN_NAMES, password };
  });
}

/** A published evening a week from today, 16:00–19:00 school time, open for booking from now for a week. */
async function seedDemoEvening(app: INestApplicationContext): Promise<void> {
  const now = DateTime.fromJSDate(app.get(Clock).now());
  const evenings = app.get(EveningsService);
  const evening = await evenings.create({
    name: "Autumn parents' evening",
    sessions: [{ date: now.setZone(DEMO_TIMEZONE).plus({ days: 7 }).toISODate()!, start: '16:00', end: '19:00' }],
    slotMinutes: 10,
    gapMinutes: 0,
    opensAt: now.minus({ minutes: 1 }).toISO()!,
    closesAt: now.plus({ days: 6 }).toISO()!,
    location: 'Main hall',
  });
  // Published by nobody, so nobody is told: the demo's addresses are made up.
  await evenings.changeStatus(evening.id, 'published');
}

/**
 * Development only: gives every demo login a fresh generated password and returns it. Passwords
 * are stored only as hashes, so "printing the demo password again" means setting a new one.
 */
export async function renewDemoPassword(app: INestApplicationContext): Promise<DemoSeedResult | null> {
  const orm = app.get(MikroORM);
  return OrmRequestContext.create(orm.em, async () => {
    const school = await app.get(SchoolsService).findActiveBySlug(DEMO_SLUG);
    if (!school) return null;
    const password = generatePassword();
    await runForSchool(school.id, () => app.get(UsersService).setPasswords(DEMO_SCREEN_NAMES, password));
    return { school: school.slug, screenNames: DEMO_SCREEN_NAMES, password };
  });
}

/** The start log's closing block: where to sign in and as whom. */
export function demoLoginBlock(baseUrl: string, demo: DemoSeedResult | { school: string; screenNames: string[]; password?: undefined }): string {
  const password = demo.password ? `Password (every demo login): ${demo.password}` : 'Password: printed when the demo was seeded; a new one with `npm run cli -- demo-password`';
  return [
    '',
    '──── PTC demo ────',
    `API ${baseUrl}/api/v1  ·  documentation ${baseUrl}/api/docs`,
    `School: ${demo.school}`,
    `Logins: ${demo.screenNames.join(', ')}`,
    password,
    '──────────────────',
    '',
  ].join('\n');
}

/** Whether the demo school is there (a start after the first). */
export async function demoSchool(app: INestApplicationContext): Promise<{ school: string; screenNames: string[] } | null> {
  const orm = app.get(MikroORM);
  const school = await OrmRequestContext.create(orm.em, () => app.get(SchoolsService).findActiveBySlug(DEMO_SLUG));
  return school ? { school: school.slug, screenNames: DEMO_SCREEN_NAMES } : null;
}
