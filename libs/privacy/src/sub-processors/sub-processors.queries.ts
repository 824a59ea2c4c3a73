import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/** The vendor's sub-processor list (one for every school): statements beyond the ORM's, in the caller's transaction. */
@Injectable()
export class SubProcessorQueries {
  constructor(private readonly em: EntityManager) {}

  /** One publisher at a time: versions follow each other without gaps. */
  async waitForOtherPublishers(): Promise<void> {
    await this.em.execute(`select pg_advisory_xact_lock(hashtextextended('sub-processor-list', 0))`);
  }

  async latestVersion(): Promise<number | null> {
    const [{ latest }] = await this.em.execute<{ latest: number | null }[]>('select max(version) as latest from sub_processor_list');
    return latest;
  }
}
