import { createHmac, timingSafeEqual } from 'node:crypto';
import { Body, Controller, Inject, Injectable, Post, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ApiHeader, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, Clock, Operation, Public, RateLimited, type AppConfig } from '@ptc/platform';
import { PaymentReceivedView } from './dto/licence.views.js';
import { RecordPaymentDto } from './dto/licence.dto.js';
import { LicenceService } from './licence.service.js';
import { LicensingErrors } from './licensing.errors.js';

export const SIGNATURE_HEADER = 'ptc-signature';
/** A signed delivery older (or newer) than this is refused, so a captured one cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`: what the payment provider sends. */
export function signPaymentWebhook(secret: string, rawBody: string | Buffer, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${createHmac('sha256', secret).update(`${unixSeconds}.`).update(rawBody).digest('hex')}`;
}

@Injectable()
export class PaymentWebhookSignatureGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const secret = this.config.licensing.paymentWebhookSecret;
    if (!secret) throw LicensingErrors.webhookOff();
    const request = context.switchToHttp().getRequest<FastifyRequest & { rawBody?: Buffer }>();
    const signature = request.headers[SIGNATURE_HEADER.toLowerCase()];
    const fields = new Map(
      (typeof signature === 'string' ? signature : '').split(',').map((part) => {
        const at = part.indexOf('=');
        return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
      }),
    );
    const sentAt = Number(fields.get('t'));
    const given = Buffer.from(fields.get('v1') ?? '', 'hex');
    if (!Number.isInteger(sentAt) || given.length !== 32) throw LicensingErrors.webhookSignature();
    if (Math.abs(this.clock.now().getTime() / 1000 - sentAt) > SIGNATURE_TOLERANCE_SECONDS) throw LicensingErrors.webhookSignature();
    const expected = createHmac('sha256', secret).update(`${sentAt}.`).update(request.rawBody ?? Buffer.alloc(0)).digest();
    if (!timingSafeEqual(given, expected)) throw LicensingErrors.webhookSignature();
    return true;
  }
}

export class WebhookPaymentDto extends RecordPaymentDto {
  @ApiProperty({ description: 'The school the payment is for (PTC passes it to the provider as metadata)' })
  @IsUUID()
  schoolId!: string;
}

@ApiTags('payment provider')
@Controller('licensing')
export class PaymentWebhookController {
  constructor(private readonly licences: LicenceService) {}

  /**
   * The payment provider reports a received payment. Signed with PAYMENT_WEBHOOK_SECRET; a
   * redelivery of the same payment (same reference and content) answers 200 with `duplicate: true`.
   */
  @Public()
  @UseGuards(PaymentWebhookSignatureGuard)
  @ApiHeader({ name: 'PTC-Signature', description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">', required: true })
  @Post('payment-webhook')
  @RateLimited('webhook')
  @Operation({ id: 'receivePayment', summary: 'The payment provider reports a payment (signed with PTC-Signature)', type: PaymentReceivedView })
  async paymentReceived(@Body() dto: WebhookPaymentDto): Promise<PaymentReceivedView> {
    const { schoolId, ...payment } = dto;
    const licence = await this.licences.recordPayment(schoolId, payment, { source: 'webhook', userId: null });
    return { recorded: !licence.duplicate, licence: { schoolId: licence.schoolId, status: licence.status, renewalOn: licence.renewalOn } };
  }
}
