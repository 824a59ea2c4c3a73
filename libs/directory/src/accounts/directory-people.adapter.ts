import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DirectoryPeople } from '@ptc/tenancy';
import { Contact, Teacher } from '../people/person.entities.js';

/** Tenancy's view of the directory: which kind of person an id is, in the current school. */
@Injectable()
export class DirectoryPeopleAdapter extends DirectoryPeople {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async kindOf(personId: string): Promise<'contact' | 'teacher' | null> {
    if (await this.em.count(Contact, { id: personId })) return 'contact';
    if (await this.em.count(Teacher, { id: personId })) return 'teacher';
    return null;
  }

  async emailOf(personId: string): Promise<string | null> {
    const person = (await this.em.findOne(Teacher, { id: personId }, { fields: ['email'] })) ?? (await this.em.findOne(Contact, { id: personId }, { fields: ['email'] }));
    return person?.email ?? null;
  }

  async withEmail(email: string): Promise<{ id: string; kind: 'contact' | 'teacher' }[]> {
    // A LIKE without wildcards: the address's own % and _ are escaped.
    const sameAddress = { email: { $ilike: email.replace(/[\\%_]/g, (c) => `\\${c}`) } };
    const contacts = await this.em.find(Contact, sameAddress, { fields: ['id'] });
    const teachers = await this.em.find(Teacher, sameAddress, { fields: ['id'] });
    return [...contacts.map((c) => ({ id: c.id, kind: 'contact' as const })), ...teachers.map((t) => ({ id: t.id, kind: 'teacher' as const }))];
  }
}
