import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';
import { OutageLog } from '../database/database-outage.js';
import { runAcrossSchools } from '../context/request-context.js';
import { OutboxMessage } from './outbox-message.entity.js';

export type OutboxHandler = (payload: Record<string, unknown>) => Promise<void>;

/**
 * Which worker loop runs a topic: `heavy` work (a whole-school export takes minutes) has a loop
 * of its own, so emails keep going out while it runs.
 */
export type OutboxLane = 'default' | 'heavy';
const LANES: OutboxLane[] = ['default', 'heavy'];

export interface OutboxHandlerOptions {
  lane?: OutboxLane;
  /** Retried (with the capped backoff) for as long as it fails, instead of OUTBOX_MAX_ATTEMPTS times: for what must not be lost. */
  neverGiveUp?: boolean;
}

/** How long a claimed message stays invisible to other workers while one works on it. */
const CLAIM_LEASE_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;
/** On shutdown, how long the worker may take to finish the message it holds before the process goes on closing. */
const SHUTDOWN_GRACE_MS = 15_000;

interface ClaimedRow {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * The transactional outbox: `enqueue` writes a message in the caller's transaction; the worker
 * claims due messages one at a time with FOR UPDATE SKIP LOCKED (so several instances share the work without
 * doing any twice at once), runs the topic's handler, and retries failures with exponential backoff.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly handlers = new Map<string, { handle: OutboxHandler } & Required<OutboxHandlerOptions>>();
  private timer?: NodeJS.Timeout;
  private readonly running = new Map<OutboxLane, Promise<number>>();
  /** Set at shutdown: the worker takes no new message. */
  private stopping = false;

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  registerHandler(topic: string, handler: OutboxHandler, options: OutboxHandlerOptions = {}): void {
    if (this.handlers.has(topic)) throw new Error(`Outbox topic ${topic} already has a handler`);
    this.handlers.set(topic, { handle: handler, lane: options.lane ?? 'default', neverGiveUp: options.neverGiveUp ?? false });
  }

  private heavyTopics(): string[] {
    return [...this.handlers].filter(([, h]) => h.lane === 'heavy').map(([topic]) => topic);
  }

  /** Adds a message to the current unit of work; it is written when the caller flushes or commits. */
  enqueue(topic: string, payload: Record<string, unknown>, schoolId: string | null = null): OutboxMessage {
    const message = this.em.create(OutboxMessage, {
      topic,
      payload,
      schoolId,
      availableAt: this.clock.now(),
      createdAt: this.clock.now(),
    });
    this.em.persist(message);
    return message;
  }

  /**
   * The same message as a call of the outbox's SQL function `outbox_enqueue` with positional
   * parameters from `$first` (values from `messageParams`), for a hot path that writes it in one
   * SQL statement together with its own rows (e.g. a CTE prepared once per connection, which must
   * select from it so that it runs). The caller passes the message; the outbox's table stays its own.
   */
  static enqueueCall(first: number): string {
    const $ = (offset: number) => `$${first + offset}`;
    return `select outbox_enqueue(${$(0)}, ${$(1)}::jsonb, ${$(2)}::uuid, ${$(3)}::timestamptz)`;
  }

  messageParams(topic: string, payload: Record<string, unknown>, schoolId: string | null = null): unknown[] {
    return [topic, JSON.stringify(payload), schoolId, this.clock.now()];
  }

  onApplicationBootstrap(): void {
    if (!this.config.outbox.workerEnabled) return;
    const outage = new OutageLog(this.logger, 'outbox drain');
    this.timer = setInterval(
      () =>
        void this.drain().then(
          () => outage.succeeded(),
          (e) => outage.failed(e),
        ),
      this.config.outbox.pollIntervalMs,
    );
    this.timer.unref();
  }

  /** The first thing the application does when it closes: no new message is claimed from here on. */
  onModuleDestroy(): void {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Before connections close: the message in hand is finished, for at most SHUTDOWN_GRACE_MS (its lease then lets another instance send it). */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running.size) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      Promise.allSettled(this.running.values()).then(
        () => false,
        () => false,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), SHUTDOWN_GRACE_MS))),
    ]);
    clearTimeout(timer);
    if (timedOut) this.logger.warn(`still sending after ${SHUTDOWN_GRACE_MS} ms at shutdown: closing anyway`);
  }

  /** Housekeeping: delivered (or given-up) messages finished before the cutoff hold addresses and nothing else of use. */
  async deleteFinishedBefore(cutoff: Date): Promise<number> {
    const rows = await this.em.getConnection().execute<{ n: number }[]>(
      `with deleted as (delete from outbox_message where (status = 'done' and processed_at < ?) or (status = 'failed' and created_at < ?) returning 1)
       select count(*)::int as n from deleted`,
      [cutoff, cutoff],
    );
    return rows[0].n;
  }

  /**
   * Erasure: every message of the school that mentions one of these ids or addresses anywhere in
   * its payload, delivered or not (a confirmation for an erased person must neither wait nor stay).
   */
  async deleteMentioning(schoolId: string, terms: string[]): Promise<number> {
    const wanted = terms.filter((term) => term.length >= 3);
    if (wanted.length === 0) return 0;
    // In the caller's transaction: an erasure happens whole or not at all.
    const mentions = wanted.map(() => 'strpos(lower(payload::text), lower(?)) > 0').join(' or ');
    const rows = await this.em.execute<{ n: number }[]>(
      `with deleted as (delete from outbox_message where school_id = ? and (${mentions}) returning 1) select count(*)::int as n from deleted`,
      [schoolId, ...wanted],
    );
    return rows[0].n;
  }

  /** Processes due messages of every lane until none is left; returns how many it handled. Safe to call from any instance. */
  async drain(batchSize = 20): Promise<number> {
    const handled = await Promise.all(LANES.map((lane) => this.drainLane(lane, batchSize)));
    return handled.reduce((sum, n) => sum + n, 0);
  }

  /** One lane's loop; a lane already draining is joined, not started twice. */
  drainLane(lane: OutboxLane, batchSize = 20): Promise<number> {
    const current = this.running.get(lane);
    if (current) return current;
    const run = runAcrossSchools('the outbox worker sends every school’s messages', async () => {
      let total = 0;
      for (;;) {
        const handled = await this.processBatch(lane, batchSize);
        total += handled;
        if (handled < batchSize) return total;
      }
    }).finally(() => this.running.delete(lane));
    this.running.set(lane, run);
    return run;
  }

  /**
   * Up to `batchSize` messages, each claimed just before it is worked on, with its own lease: a
   * batch claimed at once gave its last messages a lease that could run out while the first ones
   * were still being sent, and another instance then sent them too.
   */
  private async processBatch(lane: OutboxLane, batchSize: number): Promise<number> {
    let handled = 0;
    for (; handled < batchSize && !this.stopping; handled++) {
      const row = await this.claimNext(lane);
      if (!row) break;
      await this.process(row);
    }
    return handled;
  }

  private async claimNext(lane: OutboxLane): Promise<ClaimedRow | undefined> {
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
    const connection = this.em.getConnection();
    // The default lane takes every topic but the heavy ones (a topic nobody handles fails there, visibly).
    const heavy = 'topic in (select jsonb_array_elements_text(?::jsonb))';
    const inLane = lane === 'heavy' ? heavy : `not (${heavy})`;
    const [row] = await connection.execute<ClaimedRow[]>(
      `update outbox_message set attempts = attempts + 1, available_at = ?
        where id = (select id from outbox_message
                     where status = 'pending' and available_at <= ? and ${inLane}
                     order by id limit 1 for update skip locked)
        returning id, topic, payload, attempts`,
      [leaseUntil, now, JSON.stringify(this.heavyTopics())],
    );
    return row;
  }

  private async process(row: ClaimedRow): Promise<void> {
    const connection = this.em.getConnection();
    const handler = this.handlers.get(row.topic);
    try {
      if (!handler) throw new Error(`no handler for topic ${row.topic}`);
      await handler.handle(row.payload);
      await connection.execute(`update outbox_message set status = 'done', processed_at = ?, last_error = null where id = ?`, [
        this.clock.now(),
        row.id,
      ]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = !handler?.neverGiveUp && row.attempts >= this.config.outbox.maxAttempts;
      const delay = Math.min(this.config.outbox.retryBaseMs * 2 ** (row.attempts - 1), MAX_BACKOFF_MS);
      this.logger.warn(`message ${row.id} (${row.topic}) attempt ${row.attempts} failed${giveUp ? ', giving up' : ''}: ${message.slice(0, 200)}`);
      await connection.execute(`update outbox_message set status = ?, available_at = ?, last_error = ? where id = ?`, [
        giveUp ? 'failed' : 'pending',
        new Date(this.clock.now().getTime() + delay),
        message.slice(0, 1000),
        row.id,
      ]);
    }
  }
}
