import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { recordSecrets, secretsOfEmail } from './captured-logs.js';

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export class SmtpMailbox {
  readonly messages: ParsedMail[] = [];
  /** SMTP connections opened to this server so far. */
  connections = 0;
  private server?: SMTPServer;
  private boundPort = 0;

  get port(): number {
    return this.boundPort;
  }

  /** Listens on the given port (0: any free one). Restarting on the same port simulates an outage ending. */
  async start(port = this.boundPort): Promise<void> {
    const server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // An outage is abrupt: pooled client connections are cut rather than waited for.
      closeTimeout: 50,
      onConnect: (_session, callback) => {
        this.connections += 1;
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            recordSecrets(secretsOfEmail(mail.text ?? ''));
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.boundPort = (server.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => [m.to].flat().some((t) => t?.value.some((v) => v.address === address)));
  }
}
