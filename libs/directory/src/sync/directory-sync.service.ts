import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, Clock, DomainError, RequestContext, type AppConfig, type Principal } from '@ptc/platform';
import { DirectoryErrors } from '../directory.errors.js';
import { PersonRemovalService } from '../people/person-removal.service.js';
import { DirectorySyncQueries } from './directory-sync.queries.js';
import { SyncRun, type SyncOutcome, type SyncSource } from './sync-run.entity.js';
import {
  countChanges,
  diffDirectory,
  massDeletions,
  totalChanges,
  type ChangeCounts,
  type CurrentDirectory,
  type DirectoryChanges,
} from './directory-diff.js';
import type { ImportedFile } from './uploaded-files.js';
import type { OutsideSchool } from './oneroster.parser.js';
import { resolveOneRoster, type ClassMember, type OneRosterBundle } from './oneroster-roster.js';
import { DIRECTORY_KINDS, validateSnapshot, type DirectorySnapshot, type SourcedSnapshot, type SyncProblem } from './directory-snapshot.js';

export interface ParsedImport {
  snapshot: SourcedSnapshot;
  problems: SyncProblem[];
  /** For uploads: each file's detected encoding and delimiter, told back in the report. */
  files?: ImportedFile[];
  /** A OneRoster bundle is combined with what PTC holds (delta files, stored classes) before the diff. */
  oneRoster?: { bundle: OneRosterBundle; outsideSchool: OutsideSchool };
}

export interface SyncOptions {
  source: SyncSource;
  dryRun: boolean;
  force: boolean;
}

export interface SyncResult {
  runId: string;
  outcome: SyncOutcome;
  dryRun: boolean;
  counts: ChangeCounts;
  totalChanges: number;
  /** The first changes of each kind, for an admin to check before applying. */
  preview: Record<string, { add: unknown[]; update: unknown[]; delete: unknown[] }>;
  files?: ImportedFile[];
  /** OneRoster: rows of other orgs in a district's bundle, left out. */
  outsideSchool?: OutsideSchool;
}

const PREVIEW_SIZE = 20;

interface RunFacts {
  id: string;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date;
  source: SyncSource;
  dryRun: boolean;
  outcome: SyncOutcome;
  counts: ChangeCounts | null;
  problems: unknown[] | null;
  outsideSchool?: OutsideSchool | null;
}


/**
 * Makes the school's directory equal to a snapshot from its information system, in one
 * transaction: add new records, update changed ones (matched by SIS id), delete what is no longer
 * sent. Records without an SIS id (added by hand) are not the sync's to touch.
 */
@Injectable()
export class DirectorySyncService {
  private readonly logger = new Logger('DirectorySync');

  constructor(
    private readonly em: EntityManager,
    private readonly removal: PersonRemovalService,
    private readonly queries: DirectorySyncQueries,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `parsed.problems` are what the reader already found (missing columns, bad syntax); row checks follow. */
  async sync(principal: Principal, parsed: ParsedImport, options: SyncOptions): Promise<SyncResult> {
    const schoolId = RequestContext.schoolId()!;
    const startedAt = this.clock.now();
    const runId = randomUUID();
    const outsideSchool = parsed.oneRoster?.outsideSchool ?? null;
    const facts = { id: runId, startedBy: principal.userId, startedAt, source: options.source, dryRun: options.dryRun, outsideSchool };
    if (parsed.problems.length > 0) {
      await this.record({ ...facts, outcome: 'invalid', counts: null, problems: parsed.problems });
      throw DirectoryErrors.syncInvalid(parsed.problems);
    }
    try {
      return await this.em.transactional(async (tx) => {
        // One sync per school at a time: a second waits, then diffs against the first one's result.
        await this.queries.waitForOtherSyncs();
        const current = await this.queries.current();
        let input = parsed.snapshot;
        let members: ClassMember[] | null = null;
        if (parsed.oneRoster) {
          const { bundle } = parsed.oneRoster;
          const stored = await this.queries.classMembers();
          if (bundle.modes.roster === 'delta' && stored.length === 0 && current.teacherLinks.length > 0) throw DirectoryErrors.rosterDeltaWithoutBulk();
          ({ snapshot: input, members } = resolveOneRoster(current, stored, bundle));
        }
        const problems = validateSnapshot(input);
        if (problems.length > 0) throw DirectoryErrors.syncInvalid(problems);
        const snapshot = stripOrigins(input);
        const changes = diffDirectory(current, snapshot);
        const counts = countChanges(changes);
        const maxShare = this.config.directory.syncMaxDeleteShare;
        const tooMany = massDeletions(current, counts, maxShare);
        if (tooMany.length > 0 && !options.force) throw DirectoryErrors.massDeletion(tooMany, maxShare);
        if (!options.dryRun) {
          await this.apply(current, changes);
          await this.queries.replaceClassMembers(members);
        }
        const outcome: SyncOutcome = options.dryRun ? 'dry_run' : 'applied';
        tx.persist(this.report(tx, { ...facts, outcome, counts, problems: null }));
        return {
          runId,
          outcome,
          dryRun: options.dryRun,
          counts,
          totalChanges: totalChanges(counts),
          preview: preview(changes),
          ...(parsed.files ? { files: parsed.files } : {}),
          ...(outsideSchool ? { outsideSchool } : {}),
        };
      });
    } catch (error) {
      const code = error instanceof DomainError ? error.code : null;
      const outcome: SyncOutcome = code === 'SYNC.MASS_DELETION' ? 'refused' : code === 'SYNC.INVALID_ROWS' ? 'invalid' : 'failed';
      if (outcome === 'failed') this.logger.error(`sync ${runId} failed and was rolled back: ${(error as Error).message}`);
      const problems = code === 'SYNC.INVALID_ROWS' ? ((error as DomainError).details as { problems: SyncProblem[] }).problems : error instanceof DomainError ? [error.details ?? { code }] : null;
      await this.record({ ...facts, outcome, counts: null, problems });
      throw error;
    }
  }

  /** Syncs applied in a time window, with what they changed per kind (a breach report's "changed through the sync"). */
  async appliedBetween(from: Date, to: Date): Promise<{ runs: number; counts: Record<string, { add: number; update: number; delete: number }> }> {
    const runs = await this.em.find(SyncRun, { outcome: 'applied', startedAt: { $gte: from, $lt: to } });
    const counts: Record<string, { add: number; update: number; delete: number }> = {};
    for (const run of runs) {
      for (const [kind, c] of Object.entries(run.counts ?? {})) {
        const total = (counts[kind] ??= { add: 0, update: 0, delete: 0 });
        total.add += c.add;
        total.update += c.update;
        total.delete += c.delete;
      }
    }
    return { runs: runs.length, counts };
  }

  async runs(limit: number, offset: number) {
    const [runs, total] = await this.em.findAndCount(SyncRun, {}, { orderBy: { startedAt: 'desc' }, limit, offset });
    return {
      total,
      items: runs.map((r) => ({
        id: r.id,
        startedBy: r.startedBy,
        startedAt: r.startedAt.toISOString(),
        finishedAt: r.finishedAt?.toISOString() ?? null,
        source: r.source,
        dryRun: r.dryRun,
        outcome: r.outcome,
        counts: r.counts,
        problems: r.problems,
        outsideSchool: r.outsideSchool,
      })),
    };
  }

  private report(em: EntityManager, run: Omit<RunFacts, 'finishedAt'>): SyncRun {
    return em.create(SyncRun, { ...run, schoolId: RequestContext.schoolId()!, finishedAt: this.clock.now() });
  }

  /** Reports of syncs that changed nothing are written on their own, after any rollback. */
  private async record(run: Omit<RunFacts, 'finishedAt'>): Promise<void> {
    const em = this.em.fork();
    em.persist(this.report(em, run));
    await em.flush();
  }

  private async apply(current: CurrentDirectory, changes: DirectoryChanges): Promise<void> {
    const schoolId = RequestContext.schoolId()!;
    const now = this.clock.now();
    // Links first, then people (their remaining links go with them by cascade), then additions.
    await this.queries.deleteByIds('contact_link', changes.contactLinks.delete.map((d) => d.id));
    await this.queries.deleteByIds('teacher_link', changes.teacherLinks.delete.map((d) => d.id));
    for (const [kind, table] of [['student', 'student'], ['contact', 'contact'], ['teacher', 'teacher']] as const) {
      const ids = changes[`${kind}s`].delete.map((d) => d.id);
      // Announced before the rows go, so handlers can still read who they were (names for emails).
      await this.removal.removed(kind, ids);
      await this.queries.deleteByIds(table, ids);
    }

    const idOf = {
      student: new Map(current.students.map((r) => [r.sisId, r.id])),
      contact: new Map(current.contacts.map((r) => [r.sisId, r.id])),
      teacher: new Map(current.teachers.map((r) => [r.sisId, r.id])),
    };
    const stamp = (kind: keyof typeof idOf, sisId: string) => {
      const id = randomUUID();
      idOf[kind].set(sisId, id);
      return id;
    };

    await this.queries.insertRows('student', ['id', 'school_id', 'sis_id', 'first_name', 'last_name', 'year_label', 'created_at', 'updated_at'],
      changes.students.add.map((r) => [stamp('student', r.sisId), schoolId, r.sisId, r.firstName, r.lastName, r.yearLabel, now, now]));
    for (const kind of ['contact', 'teacher'] as const) {
      await this.queries.insertRows(kind, ['id', 'school_id', 'sis_id', 'title', 'first_name', 'last_name', 'email', 'phone', 'created_at', 'updated_at'],
        changes[`${kind}s`].add.map((r) => [stamp(kind, r.sisId), schoolId, r.sisId, r.title, r.firstName, r.lastName, r.email, r.phone, now, now]));
    }

    for (const u of changes.students.update) await this.queries.updateStudent(u.id, u.after, now);
    for (const kind of ['contact', 'teacher'] as const) {
      for (const u of changes[`${kind}s`].update) await this.queries.updateAdult(kind, u.id, u.after, now);
    }

    await this.queries.insertRows('contact_link', ['id', 'school_id', 'contact_id', 'student_id', 'relationship'],
      changes.contactLinks.add.map((l) => [randomUUID(), schoolId, idOf.contact.get(l.contactSisId), idOf.student.get(l.studentSisId), l.relationship]));
    await this.queries.insertRows('teacher_link', ['id', 'school_id', 'teacher_id', 'student_id', 'label'],
      changes.teacherLinks.add.map((l) => [randomUUID(), schoolId, idOf.teacher.get(l.teacherSisId), idOf.student.get(l.studentSisId), l.label]));
    for (const u of changes.contactLinks.update) await this.queries.setRelationship(u.id, u.after.relationship);
    for (const u of changes.teacherLinks.update) await this.queries.setLabel(u.id, u.after.label);
  }
}

function stripOrigins(input: SourcedSnapshot): DirectorySnapshot {
  const strip = <T extends { origin: unknown }>(rows: T[]) => rows.map(({ origin: _origin, ...rest }) => rest);
  return {
    students: strip(input.students),
    contacts: strip(input.contacts),
    teachers: strip(input.teachers),
    contactLinks: strip(input.contactLinks),
    teacherLinks: strip(input.teacherLinks),
  };
}

function preview(changes: DirectoryChanges): SyncResult['preview'] {
  const result: SyncResult['preview'] = {};
  for (const kind of DIRECTORY_KINDS) {
    result[kind] = {
      add: changes[kind].add.slice(0, PREVIEW_SIZE),
      update: changes[kind].update.slice(0, PREVIEW_SIZE).map((u) => ({ before: u.before, after: u.after })),
      delete: changes[kind].delete.slice(0, PREVIEW_SIZE).map((d) => d.record),
    };
  }
  return result;
}
