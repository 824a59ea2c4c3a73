import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JobRunner } from '@ptc/platform';
import { WaitingListService } from './waiting-list.service.js';

/** Every minute: times held for waiting families that ran out pass to the next family. */
@Injectable()
export class WaitingOffersJob {
  constructor(
    private readonly jobs: JobRunner,
    private readonly waitingList: WaitingListService,
  ) {}

  @Cron('30 * * * * *', { name: 'waiting-offers', timeZone: 'UTC' })
  onSchedule() {
    return this.jobs.frequent('waiting-offers', () => this.run());
  }

  run(): Promise<Record<string, number>> {
    return this.waitingList.passOnLapsedOffers();
  }
}
