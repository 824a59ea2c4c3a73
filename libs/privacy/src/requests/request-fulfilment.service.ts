import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Conflict, type Principal } from '@ptc/platform';
import { ErasureService } from '../erasure/erasure.service.js';
import { PersonExportService } from '../export/person-export.service.js';
import type { FulfilRequestDto } from './subject-request.dto.js';
import { SubjectRequestsService } from './subject-requests.service.js';

/**
 * Fulfilling a request does what it asks where PTC can: `erasure` erases the person the request
 * is about (in the same transaction that closes the request), `export` returns the person's
 * export with the closed request for the school to hand over. Anything else is recorded as done.
 */
@Injectable()
export class RequestFulfilmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly requests: SubjectRequestsService,
    private readonly erasures: ErasureService,
    private readonly exports: PersonExportService,
  ) {}

  async fulfil(principal: Principal, id: string, dto: FulfilRequestDto) {
    const request = await this.requests.get(id);
    const subject = request.subject;
    if ((dto.action === 'erasure' || dto.action === 'export') && !subject?.id) {
      throw Conflict('PRIVACY.REQUEST_NO_SUBJECT', 'The request names no directory record: erase or export the person from their record, then fulfil with action "other"');
    }
    if (dto.action === 'export') {
      const data = await this.exports.export(subject!.kind, subject!.id!);
      return { ...(await this.requests.fulfil(principal, id, dto)), export: data };
    }
    if (dto.action === 'erasure') {
      return this.em.transactional(async () => {
        const erased = await this.erasures.erase(principal, subject!.kind, subject!.id!, id);
        return { ...(await this.requests.fulfil(principal, id, dto)), erasure: erased };
      });
    }
    return this.requests.fulfil(principal, id, dto);
  }
}
