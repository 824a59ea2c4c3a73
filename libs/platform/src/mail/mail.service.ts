import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { OutboxService } from '../outbox/outbox.service.js';

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

/** Emails sent for a school carry its name as the sender's display name and, when it gave one, its Reply-To. */
export interface MailSender {
  name: string;
  replyTo: string | null;
}

/** The address part of MAIL_FROM ("PTC <noreply@example.org>" → noreply@example.org). */
export function mailFromAddress(mailFrom: string): string {
  return /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
}

export interface MailMessage {
  sender?: MailSender;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** A calendar invitation as an alternative part (`text/calendar; method=...`): mail clients show Add or Accept. */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
  [key: string]: unknown;
}

export const MAIL_TOPIC = 'mail.send';

/**
 * Email goes out only through the outbox: `queue` writes it in the caller's transaction, and the
 * outbox worker delivers it through nodemailer, retrying while the SMTP server is unreachable.
 */
@Injectable()
export class MailService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {
    this.transport = MailService.createTransport(config);
  }

  private static createTransport(config: AppConfig): Transporter {
    const smtp = config.smtp;
    // Without SMTP (development only; production refuses to start) messages are rendered, not sent.
    if (!smtp) return nodemailer.createTransport({ jsonTransport: true });
    // Pooled: a burst of confirmations reuses a few open connections instead of a handshake per email.
    const pooling = { pool: true, maxConnections: 3, maxMessages: 100 } as const;
    if (smtp.url) return nodemailer.createTransport({ url: smtp.url, ...pooling });
    return nodemailer.createTransport({
      ...pooling,
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      ignoreTLS: smtp.ignoreTls,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
    });
  }

  /** After the outbox has finished the message in hand: the pool's idle connections say QUIT. */
  onApplicationShutdown(): void {
    this.transport.close();
  }

  onModuleInit(): void {
    this.outbox.registerHandler(MAIL_TOPIC, (payload) => this.deliver(payload as MailMessage));
  }

  queue(message: MailMessage, schoolId: string | null = null): void {
    this.outbox.enqueue(MAIL_TOPIC, message, schoolId);
  }

  /**
   * Sends now. Only for outbox handlers, which are already the retrying, at-least-once step;
   * everything else queues.
   */
  send(message: MailMessage): Promise<void> {
    return this.deliver(message);
  }

  private async deliver(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({
      // PTC's own address (its domain sends and signs the mail), under the school's name.
      from: message.sender ? { name: message.sender.name, address: mailFromAddress(this.config.mailFrom) } : this.config.mailFrom,
      ...(message.sender?.replyTo ? { replyTo: message.sender.replyTo } : {}),
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: message.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
      ...(message.calendar ? { icalEvent: { method: message.calendar.method, content: message.calendar.content } } : {}),
    });
    if (!this.config.smtp) this.logger.log(`no SMTP configured: message ${info.messageId} rendered, not sent`);
  }
}
