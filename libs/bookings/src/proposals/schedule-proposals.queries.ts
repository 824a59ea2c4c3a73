import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/** Statements about schedule proposals that the ORM's unit of work does not cover. */
@Injectable()
export class ScheduleProposalQueries {
  constructor(private readonly em: EntityManager) {}

  /** In every school (the daily sweep): proposals made before the cutoff. */
  async forgetBefore(cutoff: Date): Promise<number> {
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      'with deleted as (delete from schedule_proposal where created_at < ? returning 1) select count(*)::int as n from deleted',
      [cutoff],
    );
    return n;
  }
}
