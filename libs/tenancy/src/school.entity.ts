import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Embeddable, Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData } from '@ptc/platform';

export type SchoolStatus = 'active' | 'suspended';

/** A person at the school the vendor deals with as a customer (the vendor is controller of this data). */
@Embeddable()
export class CustomerContact {
  [OptionalProps]?: 'phone';

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;
}

/** The tenant. Every school-owned row elsewhere carries its id as `school_id`. */
@PersonalData<School>({
  subjects: "the school's technical and finance contacts",
  source: 'the school, when the licence is set up',
  retention: 'customer',
  purgedWithSchool: false,
  columns: {
    id: NOT_PERSONAL,
    name: NOT_PERSONAL,
    slug: NOT_PERSONAL,
    timezone: NOT_PERSONAL,
    status: NOT_PERSONAL,
    licenceActive: NOT_PERSONAL,
    technicalContact: { category: 'contact details', purpose: 'the customer relationship: technical notices' },
    financeContact: { category: 'contact details', purpose: 'the customer relationship: invoices and licence notices' },
    language: NOT_PERSONAL,
    familiesReplyTo: { category: 'contact details', purpose: 'where families’ replies to PTC’s emails for the school go' },
    createdAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'school' })
export class School {
  [OptionalProps]?: 'status' | 'createdAt' | 'licenceActive' | 'familiesReplyTo' | 'language';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: true })
  slug!: string;

  /** IANA zone name, e.g. Europe/London: evenings are shown in the school's local time. */
  @Property({ type: 'text' })
  timezone!: string;

  @Property({ type: 'text' })
  status: SchoolStatus = 'active';

  /** Kept by the licensing module: false while the licence is terminated (users get LICENCE.INACTIVE). */
  @Property({ type: 'boolean' })
  licenceActive: boolean = true;

  @Embedded(() => CustomerContact, { prefix: 'technical_contact_' })
  technicalContact!: CustomerContact;

  @Embedded(() => CustomerContact, { prefix: 'finance_contact_' })
  financeContact!: CustomerContact;

  /** The language of the school's emails to people who have not chosen one ('en' or 'es'). */
  @Property({ type: 'text' })
  language: string = 'en';

  /** Families' replies to the emails PTC sends for the school go here (e.g. the school office); null: to PTC's own address. */
  @Property({ type: 'text', nullable: true })
  familiesReplyTo: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
