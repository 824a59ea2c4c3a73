import { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext as OrmRequestContext } from '@mikro-orm/core';
import { runForSchool } from '@ptc/platform';
import { generatePassword, SchoolsService, UsersService } from '@ptc/tenancy';

export interface DemoSeedResult {
  school: string;
  screenNames: string[];
  password: string;
}

/**
 * On an empty development database: one demo school with an admin, two teachers and two parents,
 * all sharing one generated password. Never called in production (configuration refuses SEED_DEMO there).
 */
export async function seedDemoIfEmpty(app: INestApplicationContext): Promise<DemoSeedResult | null> {
  const orm = app.get(MikroORM);
  return OrmRequestContext.create(orm.em, async () => {
    const schools = app.get(SchoolsService);
    if ((await schools.count()) > 0) return null;
    const password = generatePassword();
    const created = await schools.create({
      name: 'Demo School',
      slug: 'demo',
      timezone: 'Europe/London',
      technicalContact: { name: 'Demo Technical Contact', email: 'tech@demo-school.invalid' },
      financeContact: { name: 'Demo Finance Contact', email: 'finance@demo-school.invalid' },
      admin: { screenName: 'admin', password },
    });
    const users = app.get(UsersService);
    const others: [('teacher' | 'parent'), string][] = [
      ['teacher', 'teacher1'],
      ['teacher', 'teacher2'],
      ['parent', 'parent1'],
      ['parent', 'parent2'],
    ];
    await runForSchool(created.school.id, async () => {
      for (const [role, screenName] of others) await users.createInSchool(created.school.id, role, screenName, password);
    });
    return { school: created.school.slug, screenNames: [created.admin.screenName, ...others.map(([, name]) => name)], password };
  });
}
