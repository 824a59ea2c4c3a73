import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock, RequestContext } from '@ptc/platform';
import { DirectorySyncSettings } from './roster.entities.js';

export interface SyncSettingsValues {
  oneRosterOrgIds: string[];
}

/** The current school's sync settings (none set: a OneRoster bundle must hold one school only). */
@Injectable()
export class SyncSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async get(em: EntityManager = this.em): Promise<SyncSettingsValues> {
    const row = await em.findOne(DirectorySyncSettings, {});
    return { oneRosterOrgIds: row?.oneRosterOrgIds ?? [] };
  }

  async update(values: SyncSettingsValues): Promise<SyncSettingsValues> {
    const orgIds = [...new Set(values.oneRosterOrgIds.map((id) => id.trim()).filter(Boolean))];
    await this.em.upsert(
      DirectorySyncSettings,
      { id: randomUUID(), schoolId: RequestContext.schoolId()!, oneRosterOrgIds: orgIds, updatedAt: this.clock.now() },
      { onConflictFields: ['schoolId'], onConflictExcludeFields: ['id'] },
    );
    return { oneRosterOrgIds: orgIds };
  }
}
