import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, tenantFilter, TenantOwned } from '@ptc/platform';

export type SupportCaseStatus = 'open' | 'closed';

/** A matter the vendor's support handles with a school; its calls and emails are its entries. */
@PersonalData<SupportCase>({
  subjects: "the school's staff who contact the vendor",
  source: "the vendor's support",
  retention: 'customer',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    subject: { category: 'communications', purpose: "the vendor's support of the school" },
    status: NOT_PERSONAL,
    openedAt: NOT_PERSONAL,
    openedBy: { category: 'person reference', purpose: 'which of the vendor’s staff opened the case' },
    closedAt: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'support_case' })
@Filter(tenantFilter)
export class SupportCase extends TenantOwned {
  [OptionalProps]?: 'status' | 'closedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  status: SupportCaseStatus = 'open';

  @Property({ type: 'timestamptz' })
  openedAt!: Date;

  @Property({ type: 'uuid' })
  openedBy!: string;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}

/** A call or an email with the school, logged in a case. */
@PersonalData<SupportEntry>({
  subjects: "the school's staff who contact the vendor",
  source: "the vendor's support",
  retention: 'customer',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    caseId: NOT_PERSONAL,
    at: { category: 'communications', purpose: 'when the school and the vendor spoke or wrote' },
    direction: NOT_PERSONAL,
    channel: NOT_PERSONAL,
    counterpart: { category: 'contact details', purpose: 'who at the school took part' },
    summary: { category: 'communications', purpose: "the vendor's support of the school" },
    message: { category: 'communications', purpose: "the vendor's support of the school (an email's text)" },
    loggedBy: { category: 'person reference', purpose: 'which of the vendor’s staff logged it' },
  },
})
@Entity({ tableName: 'support_entry' })
@Filter(tenantFilter)
@Index({ properties: ['caseId', 'at'] })
export class SupportEntry extends TenantOwned {
  [OptionalProps]?: 'message';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  caseId!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;

  /** 'in': the school called or wrote; 'out': the vendor did. */
  @Property({ type: 'text' })
  direction!: 'in' | 'out';

  @Property({ type: 'text' })
  channel!: 'call' | 'email';

  @Property({ type: 'text' })
  counterpart!: string;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  @Property({ type: 'uuid' })
  loggedBy!: string;
}

/** A file an email in a case carried, stored encrypted (envelope cipher). */
@PersonalData<SupportAttachment>({
  subjects: "the school's staff who contact the vendor",
  source: "the vendor's support",
  retention: 'customer',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    entryId: NOT_PERSONAL,
    filename: { category: 'communications', purpose: "an email's attachment" },
    contentType: NOT_PERSONAL,
    size: NOT_PERSONAL,
    sha256: NOT_PERSONAL,
    content: { category: 'communications', purpose: "an email's attachment (encrypted; the school's export lists the file, not its bytes)", secret: true },
  },
})
@Entity({ tableName: 'support_attachment' })
@Filter(tenantFilter)
@Index({ properties: ['entryId'] })
export class SupportAttachment extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  entryId!: string;

  @Property({ type: 'text' })
  filename!: string;

  @Property({ type: 'text' })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;
}
