import { Injectable } from '@nestjs/common';
import { strToU8, zipSync } from 'fflate';
import { Clock, collect, columnsOf, csvDocument, RequestContext, RETENTION_RULES, UsageRecorder } from '@ptc/platform';
import { ParticipantDataService } from '@ptc/bookings';
import { PeopleService, type PersonKind } from '@ptc/directory';
import { SchoolsService, UsersService } from '@ptc/tenancy';
import { ProcessingRecordsService } from '../records/processing-records.service.js';
import { SubjectRequestsService } from '../requests/subject-requests.service.js';
import { SubProcessorsService } from '../sub-processors/sub-processors.service.js';

export type PersonExport = Awaited<ReturnType<PersonExportService['export']>>;

/**
 * Everything PTC holds about one contact, teacher or student of the admin's school, gathered from
 * each module through its services: the directory record and links, logins, appointments
 * (cancelled ones too) with their history, invitations, privacy requests and the usage records
 * of their logins with IP addresses, plus what the school needs to answer the person (purposes,
 * retention, sub-processors, source). JSON per /privacy/schemas/person-export.json, or CSV files in a zip.
 */
@Injectable()
export class PersonExportService {
  constructor(
    private readonly people: PeopleService,
    private readonly users: UsersService,
    private readonly schools: SchoolsService,
    private readonly participants: ParticipantDataService,
    private readonly requests: SubjectRequestsService,
    private readonly subProcessors: SubProcessorsService,
    private readonly records: ProcessingRecordsService,
    private readonly usage: UsageRecorder,
    private readonly clock: Clock,
  ) {}

  async export(kind: PersonKind, personId: string) {
    const schoolId = RequestContext.schoolId()!;
    const person = kind === 'student' ? await this.people.getStudent(personId) : await this.people.getAdult(kind, personId);
    const [school, accounts, appointments, invitations, subProcessors] = await Promise.all([
      this.schools.describe(schoolId),
      this.users.accountsOfPeople([personId]),
      this.participants.appointmentsOf(kind, personId),
      this.people.invitationsOf(personId),
      this.subProcessors.publicView(),
    ]);
    const userIds = accounts.map((a) => a.id);
    const usageRecords = (await Promise.all(userIds.map((userId) => collect(this.usage.recordsOf(schoolId, userId))))).flat().map((r) => ({
      occurredAt: r.occurredAt.toISOString(),
      userId: r.userId,
      method: r.method,
      route: r.route,
      status: r.status,
      ip: r.ip,
      userAgent: r.userAgent,
    }));
    const privacyRequests = await this.requests.requestsAbout(personId, userIds);
    return {
      format: 'ptc-person-export/1' as const,
      generatedAt: this.clock.now().toISOString(),
      school: { id: schoolId, name: school?.name ?? '' },
      metadata: {
        controller: `${school?.name ?? 'The school'} (the controller: it decides why and how this data is used)`,
        processor: 'PTC, processing on behalf of the school',
        source: "The school's information system or its administrators (directory); the person and the school's staff (bookings, requests); PTC (usage records, history)",
        purposes: this.records.purposes(),
        retention: { ...RETENTION_RULES },
        subProcessors: subProcessors.subProcessors,
      },
      person: { kind, ...person },
      accounts,
      appointments,
      invitations,
      privacyRequests,
      usageRecords,
    };
  }

  /** The same content as CSV files (UTF-8 with BOM, formula-safe), one per section, and the metadata as JSON, in a zip. */
  async exportZip(kind: PersonKind, personId: string): Promise<Uint8Array> {
    const data = await this.export(kind, personId);
    const { students, contacts, teachers, ...record } = data.person as Record<string, unknown>;
    const links = [...((students as object[]) ?? []), ...((contacts as object[]) ?? []), ...((teachers as object[]) ?? [])];
    const files: Record<string, Uint8Array> = {
      'person.csv': csvFile([record]),
      'links.csv': csvFile(links),
      'accounts.csv': csvFile(data.accounts),
      'appointments.csv': csvFile(data.appointments),
      'invitations.csv': csvFile(data.invitations),
      'privacy-requests.csv': csvFile(data.privacyRequests),
      'usage-records.csv': csvFile(data.usageRecords),
      'metadata.json': strToU8(JSON.stringify({ format: data.format, generatedAt: data.generatedAt, school: data.school, ...data.metadata }, null, 2)),
    };
    return zipSync(files, { level: 6 });
  }
}

/** Rows of one section as CSV: a column per key, a header even when empty. */
function csvFile(rows: object[]): Uint8Array {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return strToU8(csvDocument(columnsOf<Record<string, unknown>>(keys), rows as Record<string, unknown>[]));
}
