import { ApiProperty } from '@nestjs/swagger';

export class LicenceView {
  @ApiProperty({ format: 'uuid' })
  schoolId: string;

  @ApiProperty({ enum: ['trial', 'paid'] })
  kind: string;

  @ApiProperty({ enum: ['trial', 'active', 'overdue', 'terminated'] })
  status: string;

  @ApiProperty({ description: "Whether the school's users may use PTC today" })
  mayUse: boolean;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  trialEndsOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  renewalOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day an unpaid licence ends' })
  terminatesOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  terminatedOn: string | null;

  @ApiProperty({ format: 'date', description: 'The latest day with a login or a booking' })
  lastActivityOn: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: "The day the school's personal data is deleted" })
  deletionDueOn: string | null;
}

export class SchoolLicenceView extends LicenceView {
  @ApiProperty({ description: "The school's name" })
  school: string;
}

export class LicenceNoticeView {
  @ApiProperty({ enum: ['renewal_due', 'termination_in_30_days', 'termination_in_7_days', 'terminated', 'deletion_in_30_days'] })
  kind: string;

  @ApiProperty({ description: 'The date the notice is about' })
  about: string;

  @ApiProperty({ format: 'date-time' })
  sentAt: string;
}

export class WebhookLicenceView {
  @ApiProperty({ format: 'uuid' })
  schoolId: string;

  @ApiProperty({ enum: ['trial', 'active', 'overdue', 'terminated'] })
  status: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  renewalOn: string | null;
}

export class PaymentReceivedView {
  @ApiProperty({ description: 'False for a redelivery of a payment already recorded' })
  recorded: boolean;

  @ApiProperty({ type: WebhookLicenceView })
  licence: WebhookLicenceView;
}
