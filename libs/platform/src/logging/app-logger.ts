import { ConsoleLogger, type LoggerService, type LogLevel } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import pino, { type DestinationStream } from 'pino';
import type { AppConfig, LogLevelName } from '../config/app-config.js';
import type { Principal } from '../context/request-context.js';
import { RequestContext } from '../context/request-context.js';
import { redactSecrets, redactValue } from './redaction.js';

/** Nest's levels for a LOG_LEVEL: each includes those more severe. */
export function nestLevelsFor(level: LogLevelName): LogLevel[] {
  const order: LogLevel[][] = [['fatal', 'error'], ['warn'], ['log'], ['debug', 'verbose']];
  const upTo = { error: 1, warn: 2, info: 3, debug: 4 }[level];
  return order.slice(0, upTo).flat();
}

const PINO_LEVEL: Record<LogLevel, pino.Level> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/**
 * Nest's logger writing one JSON object per line through pino: level, time, context (the
 * class or job that logs), the message, the request's id and the caller's school and user when
 * inside a request, and any fields a structured message carries. Every message and field goes
 * through the redaction rules first: tokens, passwords, signed links and email addresses never
 * reach the log.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: pino.Logger;
  private enabled: Set<LogLevel>;

  constructor(levels: LogLevel[], destination?: DestinationStream) {
    this.enabled = new Set(levels);
    const options: pino.LoggerOptions = {
      level: 'trace',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    };
    // Standard output written asynchronously: lines that come while a write is in flight go out
    // together in the next one (a write per line was most of a request line's cost under load);
    // pino flushes what is left when the process exits.
    this.pino = pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
  }

  /** A request line: every field is a method, a route template, a number or an id, so nothing to redact. */
  request(fields: RequestLine): void {
    if (this.enabled.has('log')) this.pino.info({ context: 'HTTP', ...fields }, 'request');
  }

  setLogLevels(levels: LogLevel[]): void {
    this.enabled = new Set(levels);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    // Nest passes (message, stack?, context?): a stack is a string with newlines.
    const stack = params.length > 1 && typeof params[0] === 'string' ? (params.shift() as string) : undefined;
    this.write('error', message, params, stack);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: LogLevel, message: unknown, params: unknown[], stack?: string): void {
    if (!this.enabled.has(level)) return;
    const context = typeof params.at(-1) === 'string' ? (params.at(-1) as string) : undefined;
    const inRequest = RequestContext.current();
    const fields: Record<string, unknown> = { context };
    if (inRequest) {
      fields.requestId = inRequest.requestId;
      fields.schoolId = inRequest.principal?.schoolId ?? inRequest.schoolId;
      fields.userId = inRequest.principal?.userId;
    }
    let text: string;
    if (message !== null && typeof message === 'object' && !(message instanceof Error)) {
      const { msg, ...rest } = message as Record<string, unknown>;
      Object.assign(fields, redactValue(rest));
      text = String(msg ?? '');
    } else {
      text = message instanceof Error ? (message.stack ?? message.message) : String(message);
    }
    if (stack) fields.stack = redactSecrets(stack);
    this.pino[PINO_LEVEL[level]](fields, redactSecrets(text));
  }
}

/** Nest's coloured text (development), with a structured message on one line as `msg key=value …`, redacted alike. */
class PrettyLogger extends ConsoleLogger {
  protected override stringifyMessage(message: unknown, logLevel: LogLevel): string {
    if (message !== null && typeof message === 'object' && !(message instanceof Error) && 'msg' in message) {
      const { msg, ...fields } = redactValue(message) as Record<string, unknown>;
      const pairs = Object.entries(fields)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
      return super.stringifyMessage([msg, ...pairs].join(' '), logLevel);
    }
    return super.stringifyMessage(typeof message === 'string' ? redactSecrets(message) : message, logLevel);
  }
}

/** Coloured text for development; JSON lines otherwise (LOG_FORMAT). `levels` overrides LOG_LEVEL (tests). */
export function createAppLogger(config: AppConfig, options: { levels?: LogLevel[]; destination?: DestinationStream } = {}): LoggerService {
  const levels = options.levels ?? nestLevelsFor(config.log.level);
  if (config.log.format === 'pretty' && !options.destination) return new PrettyLogger({ logLevels: levels });
  return new JsonLogger(levels, options.destination);
}

/**
 * Fastify `onResponse` hook: one line per request with the route's template (never the path or
 * query string as sent: they carry tokens and search terms), the status, the time taken and who
 * asked. Nothing of headers or body.
 */
export function requestLogLine(logger: LoggerService) {
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const principal = (request as FastifyRequest & { user?: Principal }).user;
    const line: RequestLine = {
      method: request.method,
      route: request.routeOptions.url ?? '(unmatched)',
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      requestId: (request as FastifyRequest & { requestId?: string }).requestId,
      schoolId: principal?.schoolId ?? undefined,
      userId: principal?.userId,
    };
    if (logger instanceof JsonLogger) logger.request(line);
    else logger.log({ msg: 'request', ...line }, 'HTTP');
    done();
  };
}

interface RequestLine {
  method: string;
  route: string;
  status: number;
  durationMs: number;
  requestId?: string;
  schoolId?: string;
  userId?: string;
}
