import { Injectable } from '@nestjs/common';
import { csvDocument, Invalid, RequestContext, UsageRecorder, type CsvColumn } from '@ptc/platform';
import { ParticipantDataService } from '@ptc/bookings';
import { DirectorySyncService, PeopleService, type PersonKind } from '@ptc/directory';
import { UsersService } from '@ptc/tenancy';
import { exposureOf, outsideSchools, type Reach } from './breach-catalogue.js';
import { BreachQueries } from './breach.queries.js';

export const BREACH_WINDOW_MAX_DAYS = 92;

export interface AffectedPerson {
  kind: PersonKind;
  id: string;
  sisId: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  /** The data categories of theirs that were reachable or changed. */
  categories: string[];
  /** How: `read` through routes, `changed` by bookings or the sync. */
  how: string[];
}

export interface BreachReport {
  from: string;
  to: string;
  routes: { method: string; route: string; requests: number; users: number; categories: string[]; reach: Reach | 'unclassified' }[];
  changes: { bookingChanges: number; syncRuns: number; syncCounts: Record<string, { add: number; update: number; delete: number }>; erasures: Record<string, number> };
  counts: Record<PersonKind, number>;
  categories: Record<string, number>;
  people: AffectedPerson[];
}

const KINDS: PersonKind[] = ['student', 'contact', 'teacher'];

const AFFECTED_COLUMNS: CsvColumn<AffectedPerson & { categoryList: string; howList: string }>[] = [
  { key: 'kind', header: 'kind' },
  { key: 'lastName', header: 'last_name' },
  { key: 'firstName', header: 'first_name' },
  { key: 'email', header: 'email' },
  { key: 'phone', header: 'phone' },
  { key: 'sisId', header: 'sis_id' },
  { key: 'categoryList', header: 'data_categories' },
  { key: 'howList', header: 'how' },
];

/** Why a window is refused; null when it is one. */
export function windowProblem(from: Date, to: Date): string | null {
  if (!(from.getTime() < to.getTime())) return 'from must be before to';
  if (to.getTime() - from.getTime() > BREACH_WINDOW_MAX_DAYS * 86_400_000) return `a window of at most ${BREACH_WINDOW_MAX_DAYS} days`;
  return null;
}

/**
 * Which of a school's people's data was read or changed in a time window, as the school needs it to
 * tell them: from the usage records (which logins used which routes, and how far each route reaches
 * — see the breach catalogue), the bookings' history and the directory syncs; erased people are
 * counted. Runs in the school's scope.
 */
@Injectable()
export class BreachReportService {
  constructor(
    private readonly queries: BreachQueries,
    private readonly usage: UsageRecorder,
    private readonly people: PeopleService,
    private readonly users: UsersService,
    private readonly participants: ParticipantDataService,
    private readonly syncs: DirectorySyncService,
  ) {}

  async report(from: Date, to: Date): Promise<BreachReport> {
    const problem = windowProblem(from, to);
    if (problem) throw Invalid('INCIDENT.WINDOW', problem);
    const uses = (await this.usage.routeUsesBetween(RequestContext.schoolId()!, from, to)).filter((u) => !outsideSchools(u.route));
    const callers = await this.users.rolesOfUsers([...new Set(uses.map((u) => u.userId))]);
    const affected = new Map<string, { kind: PersonKind; categories: Set<string>; how: Set<string> }>();
    const touch = (kind: PersonKind, id: string, categories: string[], how: string) => {
      const entry = affected.get(`${kind}:${id}`) ?? { kind, categories: new Set<string>(), how: new Set<string>() };
      categories.forEach((c) => entry.categories.add(c));
      entry.how.add(how);
      affected.set(`${kind}:${id}`, entry);
    };
    // Each directory question once per report, however many routes and requests lead to it.
    const asked = new Map<string, Promise<string[]>>();
    const once = (key: string, load: () => Promise<string[]>) => asked.get(key) ?? asked.set(key, load()).get(key)!;
    const everyoneOf = (kind: PersonKind) => once(`everyone:${kind}`, async () => (await this.people.everyone(kind)).map((p) => p.id));
    const childrenOf = (contactId: string) => once(`family:${contactId}`, () => this.people.studentIdsOfContact(contactId));
    const studentsOf = (teacherId: string) => once(`teacher:${teacherId}`, async () => (await this.people.studentsOfTeacher(teacherId)).map((link) => link.student.id));

    const routes = new Map<string, BreachReport['routes'][number] & { userIds: Set<string> }>();
    for (const use of uses) {
      const exposure = exposureOf(use.route);
      const caller = callers.get(use.userId);
      // The office and third parties reach the whole school wherever a parent or teacher reaches their own.
      // A caller that is no login (a third party's credential) or no longer one counts as the office: the wider reach.
      const staffWide = !caller || caller.role === 'school_admin' || caller.role === 'third_party';
      const reach: Reach | 'unclassified' = !exposure ? 'unclassified' : exposure.reach !== 'self' && staffWide ? 'school' : exposure.reach;
      const key = `${use.method} ${use.route}`;
      const row = routes.get(key) ?? { method: use.method, route: use.route, requests: 0, users: 0, categories: exposure?.categories ?? [], reach, userIds: new Set<string>() };
      row.requests += use.requests;
      row.userIds.add(use.userId);
      if (reach === 'school' && row.reach !== 'unclassified') row.reach = 'school';
      routes.set(key, row);
      if (!exposure) continue;
      const how = `read: ${use.method} ${use.route}`;
      if (reach === 'school') {
        for (const kind of exposure.kinds) for (const id of await everyoneOf(kind)) touch(kind, id, exposure.categories, how);
      } else if (caller?.personId) {
        const self: PersonKind = caller.role === 'teacher' ? 'teacher' : 'contact';
        if (exposure.kinds.includes(self)) touch(self, caller.personId, exposure.categories, how);
        if ((reach === 'family' || reach === 'teacher') && exposure.kinds.includes('student')) {
          for (const id of await (reach === 'family' ? childrenOf : studentsOf)(caller.personId)) touch('student', id, exposure.categories, how);
        }
      }
    }

    const booked = await this.participants.changedBetween(from, to);
    for (const id of booked.studentIds) touch('student', id, ['appointments'], 'changed: bookings');
    for (const id of booked.contactIds) touch('contact', id, ['appointments'], 'changed: bookings');
    for (const id of booked.teacherIds) touch('teacher', id, ['appointments'], 'changed: bookings');
    const synced = await this.syncs.appliedBetween(from, to);
    const erasures = await this.queries.erasuresBetween(from, to);

    const people = await this.describe(affected);
    const categories: Record<string, number> = {};
    for (const person of people) for (const c of person.categories) categories[c] = (categories[c] ?? 0) + 1;
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      routes: [...routes.values()].map(({ userIds, ...row }) => ({ ...row, users: userIds.size })),
      changes: { bookingChanges: booked.changes, syncRuns: synced.runs, syncCounts: synced.counts, erasures },
      counts: Object.fromEntries(KINDS.map((kind) => [kind, people.filter((p) => p.kind === kind).length])) as Record<PersonKind, number>,
      categories,
      people,
    };
  }

  /** The affected people as the school would write to them, one row each (spreadsheet-safe). */
  async csv(from: Date, to: Date): Promise<string> {
    const { people } = await this.report(from, to);
    return csvDocument(AFFECTED_COLUMNS, people.map((p) => ({ ...p, categoryList: p.categories.join('; '), howList: p.how.join('; ') })));
  }

  private async describe(affected: Map<string, { kind: PersonKind; categories: Set<string>; how: Set<string> }>): Promise<AffectedPerson[]> {
    const idsOf = (kind: PersonKind) => [...affected.entries()].filter(([, a]) => a.kind === kind).map(([key]) => key.split(':')[1]);
    const [students, contacts, teachers] = await Promise.all([
      this.people.studentsByIds(idsOf('student')),
      this.people.adultsByIds('contact', idsOf('contact')),
      this.people.adultsByIds('teacher', idsOf('teacher')),
    ]);
    const people: AffectedPerson[] = [];
    for (const [key, a] of affected) {
      const id = key.split(':')[1];
      const found = a.kind === 'student' ? students.get(id) : a.kind === 'contact' ? contacts.get(id) : teachers.get(id);
      if (!found) continue; // erased or removed since: counted in changes, nobody left to write to
      const adult = 'email' in found ? found : null;
      people.push({
        kind: a.kind,
        id,
        sisId: found.sisId,
        firstName: found.firstName,
        lastName: found.lastName,
        email: adult?.email ?? null,
        phone: adult?.phone ?? null,
        categories: [...a.categories].sort(),
        how: [...a.how].sort(),
      });
    }
    const order = { student: 0, contact: 1, teacher: 2 };
    return people.sort((x, y) => order[x.kind] - order[y.kind] || x.lastName.localeCompare(y.lastName) || x.firstName.localeCompare(y.firstName) || x.id.localeCompare(y.id));
  }
}
