import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { TenancyModule } from '@ptc/tenancy';
import { LicenceLifecycleJob } from './licence-lifecycle.job.js';
import { OperatorLicencesController, SchoolLicenceController } from './licence.controllers.js';
import { Licence, LicenceNotice, LicencePayment } from './licence.entities.js';
import { LicenceNoticesService } from './licence-notices.service.js';
import { LicenceService } from './licence.service.js';
import { PaymentWebhookController, PaymentWebhookSignatureGuard } from './payment-webhook.js';
import { LicenceQueries } from './licence.queries.js';

/** Trial and paid licences, payments, termination 60 days after an unpaid renewal. */
@Module({
  imports: [MikroOrmModule.forFeature([Licence, LicencePayment, LicenceNotice]), TenancyModule],
  controllers: [SchoolLicenceController, OperatorLicencesController, PaymentWebhookController],
  providers: [LicenceService, LicenceQueries, LicenceLifecycleJob, LicenceNoticesService, PaymentWebhookSignatureGuard],
  exports: [LicenceService, LicenceLifecycleJob],
})
export class LicensingModule {}
