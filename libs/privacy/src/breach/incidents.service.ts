import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { acrossSchools, Clock, Invalid, NotFound, runForSchool, UsageRecorder, type Principal } from '@ptc/platform';
import { SchoolsService } from '@ptc/tenancy';
import { SchoolAdminMail } from '../mail/school-admin-mail.service.js';
import { BreachReportService, windowProblem } from './breach-report.service.js';
import { Incident, IncidentSchool } from './incident.entities.js';
import type { IncidentView, OpenIncidentDto, SchoolIncidentView } from './incident.dto.js';

/** The GDPR's deadline for telling the controller (each school), from when the vendor became aware. */
export const NOTIFY_WITHIN_HOURS = 72;

export const notifyBy = (detectedAt: Date) => new Date(detectedAt.getTime() + NOTIFY_WITHIN_HOURS * 3_600_000);

/** Told after the deadline, or not told and the deadline has passed. */
export function toldLate(detectedAt: Date, notifiedAt: Date | null, now: Date): boolean {
  const deadline = notifyBy(detectedAt).getTime();
  return (notifiedAt ?? now).getTime() > deadline;
}

const incidentNotFound = () => NotFound('INCIDENT.NOT_FOUND', 'No such incident');

/**
 * The operator's incident records: which schools an incident may touch and how many of their
 * people (from each school's breach report), the 72-hour clock, the emails to each school's
 * administration (through the outbox) and each school's acknowledgement.
 */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly em: EntityManager,
    private readonly reports: BreachReportService,
    private readonly usage: UsageRecorder,
    private readonly schools: SchoolsService,
    private readonly adminMail: SchoolAdminMail,
    private readonly clock: Clock,
  ) {}

  async open(dto: OpenIncidentDto): Promise<IncidentView> {
    const [from, to, detectedAt] = [new Date(dto.from), new Date(dto.to), new Date(dto.detectedAt)];
    const problem = windowProblem(from, to);
    if (problem) throw Invalid('INCIDENT.WINDOW', problem);
    if (detectedAt.getTime() > this.clock.now().getTime()) throw Invalid('INCIDENT.DETECTED_AT', 'detectedAt cannot be in the future');
    const schoolIds = dto.schoolIds?.length ? [...new Set(dto.schoolIds)] : await this.usage.schoolsActiveBetween(from, to);
    const names = await this.schoolNames();
    const unknown = schoolIds.find((id) => !names.has(id));
    if (unknown) throw Invalid('INCIDENT.SCHOOL', `No such school: ${unknown}`);
    const incident = this.em.create(Incident, { title: dto.title.trim(), description: dto.description.trim(), detectedAt, windowFrom: from, windowTo: to, openedAt: this.clock.now() });
    const rows: IncidentSchool[] = [];
    for (const schoolId of schoolIds) {
      const affected = await runForSchool(schoolId, async () => (await this.reports.report(from, to)).counts);
      rows.push(runForSchool(schoolId, () => this.em.create(IncidentSchool, { schoolId, incidentId: incident.id, affected })));
    }
    await this.em.persist([incident, ...rows]).flush();
    return this.view(incident, rows, names);
  }

  async list(): Promise<IncidentView[]> {
    const incidents = await this.em.find(Incident, {}, { orderBy: { detectedAt: 'desc', id: 'asc' } });
    const rows = await this.rowsOf(incidents.map((i) => i.id));
    const names = await this.schoolNames();
    return incidents.map((i) => this.view(i, rows.filter((r) => r.incidentId === i.id), names));
  }

  private rowsOf(incidentIds: string[]): Promise<IncidentSchool[]> {
    return this.em.find(IncidentSchool, { incidentId: { $in: incidentIds } }, { filters: acrossSchools('the operator’s incidents over the schools they concern') });
  }

  private async schoolNames(): Promise<Map<string, string>> {
    return new Map((await this.schools.list()).map((school) => [school.id, school.name]));
  }

  /**
   * Emails every school of the incident not told yet: its administration learns what happened, the
   * window and how many of its people, and where to get the list; the count is made again and the
   * school marked told in the same transaction as the email (the outbox), so each is told once.
   */
  async notify(id: string): Promise<IncidentView> {
    const incident = await this.em.findOne(Incident, { id });
    if (!incident) throw incidentNotFound();
    for (const row of (await this.rowsOf([id])).filter((r) => !r.notifiedAt)) {
      await runForSchool(row.schoolId, () =>
        this.em.fork().transactional(async (em) => {
          const fresh = await em.findOne(IncidentSchool, { id: row.id, notifiedAt: null });
          if (!fresh) return;
          const report = await this.reports.report(incident.windowFrom, incident.windowTo);
          fresh.affected = report.counts;
          fresh.notifiedAt = this.clock.now();
          await this.adminMail.send(row.schoolId, `Security incident: ${incident.title}`, noticeText(incident, report.counts));
        }),
      );
    }
    // The rows as the notifying transactions left them, not as this context's identity map holds them.
    return this.view(incident, await this.em.fork().find(IncidentSchool, { incidentId: id }, { filters: acrossSchools('the operator’s incidents over the schools they concern') }), await this.schoolNames());
  }

  /** The current school's incident notices (admins). */
  async ofSchool(): Promise<SchoolIncidentView[]> {
    const rows = await this.em.find(IncidentSchool, { notifiedAt: { $ne: null } });
    const incidents = new Map((await this.em.find(Incident, { id: { $in: rows.map((r) => r.incidentId) } })).map((i) => [i.id, i]));
    return rows
      .map((row) => ({ row, incident: incidents.get(row.incidentId)! }))
      .sort((a, b) => b.incident.detectedAt.getTime() - a.incident.detectedAt.getTime())
      .map(({ row, incident }) => schoolNotice(incident, row));
  }

  async acknowledge(principal: Principal, incidentId: string): Promise<SchoolIncidentView> {
    const row = await this.em.findOne(IncidentSchool, { incidentId, notifiedAt: { $ne: null } });
    if (!row) throw incidentNotFound();
    if (!row.acknowledgedAt) {
      row.acknowledgedAt = this.clock.now();
      row.acknowledgedBy = principal.userId;
      await this.em.flush();
    }
    return schoolNotice(await this.em.findOneOrFail(Incident, { id: incidentId }), row);
  }

  /** The incident's window for one of its schools (the operator's list of that school's affected people). */
  async windowFor(incidentId: string, schoolId: string): Promise<{ from: Date; to: Date }> {
    const incident = await this.em.findOne(Incident, { id: incidentId });
    if (!incident || !(await this.rowsOf([incidentId])).some((r) => r.schoolId === schoolId)) throw incidentNotFound();
    return { from: incident.windowFrom, to: incident.windowTo };
  }

  /** Of one of the school's incidents (admins). */
  async windowOfOwn(incidentId: string): Promise<{ from: Date; to: Date }> {
    const row = await this.em.findOne(IncidentSchool, { incidentId, notifiedAt: { $ne: null } });
    const incident = row && (await this.em.findOne(Incident, { id: incidentId }));
    if (!incident) throw incidentNotFound();
    return { from: incident.windowFrom, to: incident.windowTo };
  }

  private view(incident: Incident, rows: IncidentSchool[], names: Map<string, string>): IncidentView {
    const now = this.clock.now();
    return {
      id: incident.id,
      title: incident.title,
      description: incident.description,
      detectedAt: incident.detectedAt.toISOString(),
      notifyBy: notifyBy(incident.detectedAt).toISOString(),
      from: incident.windowFrom.toISOString(),
      to: incident.windowTo.toISOString(),
      schools: rows.map((r) => ({
        schoolId: r.schoolId,
        school: names.get(r.schoolId) ?? r.schoolId,
        affected: r.affected,
        notifiedAt: r.notifiedAt?.toISOString() ?? null,
        acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
        late: toldLate(incident.detectedAt, r.notifiedAt, now),
      })),
    };
  }
}

function schoolNotice(incident: Incident, row: IncidentSchool): SchoolIncidentView {
  return {
    id: incident.id,
    title: incident.title,
    description: incident.description,
    detectedAt: incident.detectedAt.toISOString(),
    from: incident.windowFrom.toISOString(),
    to: incident.windowTo.toISOString(),
    affected: row.affected,
    notifiedAt: row.notifiedAt?.toISOString() ?? null,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
  };
}

function noticeText(incident: Incident, counts: Record<string, number>): string {
  return [
    `PTC is telling you, as the controller of your school's data, of a security incident at PTC (your processor).`,
    '',
    incident.title,
    incident.description,
    '',
    `We became aware of it on ${incident.detectedAt.toISOString()}. It concerns the activity in PTC from ${incident.windowFrom.toISOString()} to ${incident.windowTo.toISOString()}.`,
    `In that time, data of ${counts.student ?? 0} student(s), ${counts.contact ?? 0} parent(s) or carer(s) and ${counts.teacher ?? 0} teacher(s) of your school was reachable or changed.`,
    '',
    'Sign in to PTC as an administrator to read the incident, download the list of the people concerned (to decide whom to tell, and how), and acknowledge this notice.',
  ].join('\n');
}
