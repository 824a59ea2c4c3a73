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
}
