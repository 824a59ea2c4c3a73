import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isMailLanguage, type MailLanguage } from '@ptc/platform';
import { School } from './school.entity.js';
import { User } from './user.entity.js';

/** The language each person's emails are written in: their own choice when they have a login and made one, else their school's. */
@Injectable()
export class RecipientLanguages {
  constructor(private readonly em: EntityManager) {}

  async ofSchool(schoolId: string): Promise<MailLanguage> {
    const school = await this.em.findOne(School, { id: schoolId }, { fields: ['language'] });
    return isMailLanguage(school?.language) ? school.language : 'en';
  }

  /** In the current school: each of these directory people's language. */
  async ofPeople(schoolId: string, personIds: string[]): Promise<Map<string, MailLanguage>> {
    const [fallback, users] = await Promise.all([
      this.ofSchool(schoolId),
      personIds.length ? this.em.find(User, { personId: { $in: personIds } }, { fields: ['personId', 'language'] }) : Promise.resolve([]),
    ]);
    const chosen = new Map(users.filter((u) => isMailLanguage(u.language)).map((u) => [u.personId!, u.language as MailLanguage]));
    return new Map(personIds.map((id) => [id, chosen.get(id) ?? fallback]));
  }

  async ofPerson(schoolId: string, personId: string): Promise<MailLanguage> {
    return (await this.ofPeople(schoolId, [personId])).get(personId)!;
  }
}
