import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { NoPersonalData, NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';
import type { LicenceKind } from './licence-rules.js';

/** A school's current licence. Dates are UTC calendar days (`yyyy-MM-dd`). */
@NoPersonalData("The school's licence: dates and kind, about the school, not a person")
@Entity({ tableName: 'licence' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId'] })
export class Licence extends TenantOwned {
  [OptionalProps]?: 'trialEndsOn' | 'renewalOn' | 'terminatedOn';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  kind!: LicenceKind;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  trialEndsOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  renewalOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  terminatedOn: string | null = null;

  @Property({ type: 'date' })
  lastActivityOn!: string;
}

export type PaymentSource = 'operator' | 'webhook';

/** A payment the operator or the provider's webhook recorded; a payment for the next period moves the renewal date on. */
@PersonalData<LicencePayment>({
  subjects: 'the platform operator who recorded a payment',
  source: 'the platform operator or the payment provider',
  retention: 'customer',
  purgedWithSchool: false,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    amountMinor: NOT_PERSONAL,
    currency: NOT_PERSONAL,
    periodStart: NOT_PERSONAL,
    periodEnd: NOT_PERSONAL,
    receivedAt: NOT_PERSONAL,
    reference: NOT_PERSONAL,
    recordedBy: { category: 'person reference', purpose: 'accountability for recorded payments' },
    source: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'licence_payment' })
@Filter(tenantFilter)
export class LicencePayment extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** In minor units (pence, cents). */
  @Property({ type: 'integer' })
  amountMinor!: number;

  @Property({ type: 'text' })
  currency!: string;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Property({ type: 'text', unique: true })
  reference!: string;

  /** Who recorded it: the operator's user, or null when the payment provider's webhook did. */
  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  @Property({ type: 'text' })
  source!: PaymentSource;
}

/** A licence notice that went out (or an announcement that was made): each (kind, about) once per school. */
@NoPersonalData('Which licence notices went out and when; the addresses are in the customer record')
@Entity({ tableName: 'licence_notice' })
@Filter(tenantFilter)
@Unique({ properties: ['schoolId', 'kind', 'about'] })
export class LicenceNotice extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  kind!: string;

  /** The day the notice is about (renewal, termination or deletion). */
  @Property({ type: 'date' })
  about!: string;

  @Property({ type: 'timestamptz' })
  sentAt!: Date;
}
