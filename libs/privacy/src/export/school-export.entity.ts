import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { NOT_PERSONAL, PersonalData, TenantOwned, tenantFilter } from '@ptc/platform';

export type SchoolExportStatus = 'queued' | 'running' | 'ready' | 'failed' | 'expired';

/** A whole-school export: built in the background, stored encrypted, downloadable for 24 hours, then deleted. */
@PersonalData<SchoolExport>({
  subjects: "everyone in the school's data (inside the encrypted file)",
  source: "PTC, when a school admin exports the school's data",
  retention: 'short',
  purgedWithSchool: true,
  columns: {
    id: NOT_PERSONAL,
    schoolId: NOT_PERSONAL,
    requestedBy: { category: 'person reference', purpose: 'who asked for the export' },
    requestedAt: NOT_PERSONAL,
    status: NOT_PERSONAL,
    progress: NOT_PERSONAL,
    content: { category: 'identity', purpose: "the school's copy of all its personal data (AES-256-GCM encrypted; deleted 24 hours after it is ready)" },
    bytes: NOT_PERSONAL,
    readyAt: NOT_PERSONAL,
    expiresAt: NOT_PERSONAL,
    error: NOT_PERSONAL,
  },
})
@Entity({ tableName: 'school_export' })
@Filter(tenantFilter)
export class SchoolExport extends TenantOwned {
  [OptionalProps]?: 'status' | 'progress' | 'content' | 'bytes' | 'readyAt' | 'expiresAt' | 'error';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'text' })
  status: SchoolExportStatus = 'queued';

  /** Percent of the tables written so far. */
  @Property({ type: 'smallint' })
  progress: number = 0;

  /** The zip, encrypted (never loaded unless downloading). */
  @Property({ type: 'blob', nullable: true, lazy: true })
  content: Buffer | null = null;

  @Property({ type: 'integer', nullable: true })
  bytes: number | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  readyAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
