import request from 'supertest';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createOperator, createPersonLogin, demoSchool, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every operation of the OpenAPI document, every role, two schools (issue 19). The operations come
 * from the document the service serves, so a new route is in the matrix the day it is added; its
 * expected access must be written below or this test fails. For each operation: without a token
 * 401 (unless it is public), with a role it does not allow 403 AUTH.FORBIDDEN_ROLE, and with school
 * A's tokens on real ids of school B (students, contacts, teachers, evenings, slots, appointments,
 * requests, exports, users, ...) 404; no answer to school A names anything of school B, and no
 * answer is a 5xx.
 */
type Role = 'operator' | 'school_admin' | 'teacher' | 'parent' | 'third_party';
type Access = 'public' | Role[];

const OPERATOR: Role[] = ['operator'];
const ADMIN: Role[] = ['school_admin'];
const TEACHER: Role[] = ['teacher'];
const PARENT: Role[] = ['parent'];
const SIGNED_IN: Role[] = ['operator', 'school_admin', 'teacher', 'parent'];
const SCHOOL_PEOPLE: Role[] = ['school_admin', 'teacher', 'parent'];
/** Read routes a school may open to a third party's API credential (this one holds every scope). */
const ADMIN_OR_THIRD_PARTY: Role[] = ['school_admin', 'third_party'];

const EXPECTED: Record<string, Access> = {
  checkLiveness: 'public',
  checkReadiness: 'public',
  getOperatorHealth: OPERATOR,
  listJobRuns: OPERATOR,
  logIn: 'public',
  getMe: SIGNED_IN,
  chooseLanguage: SIGNED_IN,
  changePassword: SIGNED_IN,
  inspectPasswordResetLink: 'public',
  confirmPasswordReset: 'public',
  listUsers: ADMIN,
  createUser: ADMIN,
  getUser: ADMIN,
  disableUser: ADMIN,
  enableUser: ADMIN,
  getSchool: SCHOOL_PEOPLE,
  createSchool: OPERATOR,
  listSchools: OPERATOR,
  getSchoolContacts: ADMIN,
  updateSchoolContacts: ADMIN,
  getSchoolContactsForOperator: OPERATOR,
  updateSchoolContactsForOperator: OPERATOR,
  getSchoolSettings: ADMIN,
  updateSchoolSettings: ADMIN,
  listSupportCasesForOperator: OPERATOR,
  openSupportCase: OPERATOR,
  logSupportEntry: OPERATOR,
  setSupportCaseStatus: OPERATOR,
  downloadSupportAttachmentForOperator: OPERATOR,
  listSupportCases: ADMIN,
  downloadSupportAttachment: ADMIN,
  listStudents: ADMIN_OR_THIRD_PARTY,
  createStudent: ADMIN,
  listYearLabels: ADMIN_OR_THIRD_PARTY,
  getStudent: ADMIN_OR_THIRD_PARTY,
  updateStudent: ADMIN,
  deleteStudent: ADMIN,
  listContacts: ADMIN_OR_THIRD_PARTY,
  createContact: ADMIN,
  getContact: ADMIN_OR_THIRD_PARTY,
  updateContact: ADMIN,
  deleteContact: ADMIN,
  linkContactToStudent: ADMIN,
  unlinkContactFromStudent: ADMIN,
  listTeachers: ADMIN_OR_THIRD_PARTY,
  createTeacher: ADMIN,
  getTeacher: ADMIN_OR_THIRD_PARTY,
  updateTeacher: ADMIN,
  deleteTeacher: ADMIN,
  linkTeacherToStudent: ADMIN,
  unlinkTeacherFromStudent: ADMIN,
  listOwnStudents: TEACHER,
  getOwnContact: PARENT,
  syncDirectoryJson: ADMIN,
  syncDirectoryCsv: ADMIN,
  syncDirectoryOneRoster: ADMIN,
  getSyncSettings: ADMIN,
  updateSyncSettings: ADMIN,
  listSyncRuns: ADMIN,
  updateSchoolSyncSettings: OPERATOR,
  invitePeople: ADMIN,
  previewInvitation: 'public',
  acceptInvitation: 'public',
  exportContactsCsv: ADMIN_OR_THIRD_PARTY,
  exportContacts: ADMIN_OR_THIRD_PARTY,
  requestPasswordReset: 'public',
  sendPasswordResetToUser: ADMIN,
  sendPasswordResetForSchool: OPERATOR,
  createEvening: ADMIN,
  listEvenings: ADMIN_OR_THIRD_PARTY,
  getEvening: ADMIN_OR_THIRD_PARTY,
  updateDraftEvening: ADMIN,
  deleteDraftEvening: ADMIN,
  updateEveningDetails: ADMIN,
  addEveningTeacher: ADMIN,
  removeEveningTeacher: ADMIN,
  publishEvening: ADMIN,
  closeEvening: ADMIN,
  setTeacherAvailability: ADMIN,
  getEveningGrid: ADMIN_OR_THIRD_PARTY,
  listEveningSlots: ADMIN_OR_THIRD_PARTY,
  listOwnEvenings: TEACHER,
  getOwnEvening: TEACHER,
  setOwnAvailability: TEACHER,
  listOwnSlots: TEACHER,
  blockSlot: ADMIN,
  unblockSlot: ADMIN,
  blockOwnSlot: TEACHER,
  unblockOwnSlot: TEACHER,
  listParentEvenings: PARENT,
  getParentEvening: PARENT,
  listParentAppointments: PARENT,
  bookAppointment: ['school_admin', 'parent'],
  getAppointment: SCHOOL_PEOPLE,
  getAppointmentCalendar: SCHOOL_PEOPLE,
  cancelAppointment: SCHOOL_PEOPLE,
  moveAppointment: ['school_admin', 'parent'],
  viewLinkedAppointment: 'public',
  cancelLinkedAppointment: 'public',
  exportEveningBookingsCsv: ADMIN_OR_THIRD_PARTY,
  exportTeacherScheduleCsv: ADMIN_OR_THIRD_PARTY,
  exportEveningBookings: ADMIN_OR_THIRD_PARTY,
  getOwnSchedule: TEACHER,
  getOwnScheduleCsv: TEACHER,
  getOwnScheduleCalendar: TEACHER,
  getOwnScheduleFeed: TEACHER,
  rotateOwnScheduleFeed: TEACHER,
  getFamilyCalendarFeedCalendar: 'public',
  getScheduleFeedCalendar: 'public',
  getFamilyCalendarFeed: PARENT,
  createFamilyCalendarFeed: PARENT,
  revokeFamilyCalendarFeed: PARENT,
  getBookingSettings: ADMIN,
  updateBookingSettings: ADMIN,
  proposeSchedule: PARENT,
  bookScheduleProposal: PARENT,
  listWaitingPlaces: PARENT,
  joinWaitingList: PARENT,
  leaveWaitingList: PARENT,
  listOwnLateRequests: PARENT,
  askLate: PARENT,
  listLateRequests: ADMIN,
  listOwnLateRequestsForTeacher: TEACHER,
  acceptLateRequest: ['school_admin', 'teacher'],
  declineLateRequest: ['school_admin', 'teacher'],
  getProcessingRecords: OPERATOR,
  listDeletionCertificates: OPERATOR,
  filePrivacyRequest: ['teacher', 'parent'],
  fileSchoolPrivacyRequest: OPERATOR,
  listPrivacyRequests: ADMIN,
  getPrivacyRequest: ADMIN,
  acknowledgePrivacyRequest: ADMIN,
  extendPrivacyRequest: ADMIN,
  fulfilPrivacyRequest: ADMIN,
  rejectPrivacyRequest: ADMIN,
  closePrivacyRequest: ADMIN,
  listSubProcessors: 'public',
  publishSubProcessors: OPERATOR,
  releaseUsageRecords: ADMIN,
  listUsageReleases: ADMIN,
  grantSupportAccess: ADMIN,
  listSupportAccess: ADMIN,
  revokeSupportAccess: ADMIN,
  getSupportUsageRecords: OPERATOR,
  erasePerson: ADMIN,
  listErasures: ADMIN,
  getStatistics: OPERATOR,
  exportPerson: ADMIN,
  exportPersonZip: ADMIN,
  getPersonExportSchema: 'public',
  requestSchoolExport: ADMIN,
  listSchoolExports: ADMIN,
  getSchoolExport: ADMIN,
  downloadSchoolExport: ADMIN,
  getOwnLicence: SCHOOL_PEOPLE,
  createApiCredential: ADMIN,
  listApiCredentials: ADMIN,
  revokeApiCredential: ADMIN,
  getSignInProvider: ADMIN,
  setSignInProvider: ADMIN,
  removeSignInProvider: ADMIN,
  describeSchoolSignIn: 'public',
  startSingleSignOn: 'public',
  finishSingleSignOn: 'public',
  listThirdParties: SCHOOL_PEOPLE,
  openIncident: OPERATOR,
  listIncidents: OPERATOR,
  notifyIncidentSchools: OPERATOR,
  exportIncidentAffectedPeople: OPERATOR,
  getBreachReport: ADMIN,
  exportBreachReport: ADMIN,
  listSchoolIncidents: ADMIN,
  acknowledgeIncident: ADMIN,
  exportSchoolIncidentAffectedPeople: ADMIN,
  listLicences: OPERATOR,
  recordPayment: OPERATOR,
  listLicenceNotices: OPERATOR,
  extendTrial: OPERATOR,
  receivePayment: 'public',
};

const ROLES: Role[] = ['school_admin', 'teacher', 'parent', 'third_party', 'operator'];
const SCHOOL_ROLES = new Set<Role>(['school_admin', 'teacher', 'parent', 'third_party']);
const NOT_A_TOKEN = 'not-a-signed-token';

let t: TestApp;
let document: OpenAPIObject;
const tokens = {} as Record<Role, string>;
/** A real id of school B for each kind of path parameter, keyed `<segment>/{<name>}`. */
const bIds: Record<string, string> = {};
/** Every id school B holds, to look for in school A's answers. */
let everythingOfB: string[] = [];

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const credentialBody = () => ({
  name: 'Timetable Co.',
  purpose: 'Builds the teachers’ timetables',
  scopes: ['bookings:read', 'directory:read', 'schedules:read'],
  expiresAt: new Date(t.clock.now().getTime() + 90 * 86_400_000).toISOString(),
});

beforeAll(async () => {
  t = await startTestApp();
  document = (await request(t.http).get('/api/docs/openapi.json').expect(200)).body;
  const operator = (await createOperator(t)).token;
  const a = await demoSchool(t, 'matrix-a', operator);
  const b = await demoSchool(t, 'matrix-b', operator);
  tokens.operator = operator;
  tokens.school_admin = a.school.adminToken;
  tokens.teacher = await createPersonLogin(t, a.school, 'teacher', a.ids.T1, 'teacher.a');
  tokens.parent = await createPersonLogin(t, a.school, 'parent', a.ids.C1, 'parent.a');
  tokens.third_party = (await request(t.http).post('/api/v1/admin/api-credentials').set(bearer(a.school.adminToken)).send(credentialBody()).expect(201)).body.secret;

  // School B with something of every kind.
  const bAdmin = bearer(b.school.adminToken);
  const bParent = bearer(await createPersonLogin(t, b.school, 'parent', b.ids.C1, 'parent.b'));
  const day = new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const evening = await request(t.http)
    .post('/api/v1/admin/events')
    .set(bAdmin)
    .send({ name: 'B evening', sessions: [{ date: day, start: '16:00', end: '18:00' }], slotMinutes: 10, opensAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(), closesAt: `${day}T12:00:00Z` })
    .expect(201);
  await request(t.http).post(`/api/v1/admin/events/${evening.body.id}/publish`).set(bAdmin).expect(200);
  const slots = (await request(t.http).get(`/api/v1/admin/events/${evening.body.id}/slots?teacherId=${b.ids.T1}`).set(bAdmin).expect(200)).body.items;
  const appointment = await request(t.http)
    .post('/api/v1/bookings')
    .set(bAdmin)
    .send({ eventId: evening.body.id, studentId: b.ids.S1, teacherId: b.ids.T1, slotId: slots[0].id, contactId: b.ids.C1 })
    .expect(201);
  const proposal = await request(t.http).post(`/api/v1/parent/events/${evening.body.id}/schedule-proposals`).set(bParent).send({ meetings: [{ studentId: b.ids.S1, teacherId: b.ids.T2 }] }).expect(201);
  await request(t.http).post('/api/v1/privacy/requests').set(bParent).send({ kind: 'access', details: 'Everything you hold, please' }).expect(202);
  const privacyRequest = (await request(t.http).get('/api/v1/admin/privacy/requests').set(bAdmin).expect(200)).body.items[0];
  const schoolExport = await request(t.http).post('/api/v1/admin/privacy/school-exports').set(bAdmin).expect(202);
  const grant = await request(t.http).post('/api/v1/admin/privacy/support-access').set(bAdmin).send({ reason: 'Ticket 1: a parent cannot sign in', hours: 2 }).expect(201);
  const credential = await request(t.http).post('/api/v1/admin/api-credentials').set(bAdmin).send(credentialBody()).expect(201);
  const now = t.clock.now().getTime();
  const incident = await request(t.http)
    .post('/api/v1/operator/incidents')
    .set(bearer(operator))
    .send({ title: 'B only', description: 'Concerns school B', detectedAt: new Date(now - 3_600_000).toISOString(), from: new Date(now - 86_400_000).toISOString(), to: new Date(now).toISOString(), schoolIds: [b.school.id] })
    .expect(201);
  await request(t.http).post(`/api/v1/operator/incidents/${incident.body.id}/notify`).set(bearer(operator)).expect(200);
  const supportCase = await request(t.http).post(`/api/v1/operator/schools/${b.school.id}/support-cases`).set(bearer(operator)).send({ subject: 'B invoice' }).expect(201);
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const logged = await request(t.http)
    .post(`/api/v1/operator/schools/${b.school.id}/support-cases/${supportCase.body.id}/entries`)
    .set(bearer(operator))
    .send({ at: t.clock.now().toISOString(), direction: 'in', channel: 'email', counterpart: 'bursar@b.example', summary: 'Invoice', message: 'Attached', attachments: [{ filename: 'b.pdf', contentType: 'application/pdf', contentBase64: pdf.toString('base64') }] })
    .expect(201);
  // A waiting place and a late request need a full teacher and a closed evening: written as rows.
  const waiting = await t.db.query(
    `insert into waiting_entry (id, school_id, evening_id, teacher_id, student_id, contact_id, joined_at, updated_at)
     values (gen_random_uuid(), $1, $2, $3, $4, $5, now(), now()) returning id`,
    [b.school.id, evening.body.id, b.ids.T2, b.ids.S1, b.ids.C1],
  );
  const late = await t.db.query(
    `insert into late_request (id, school_id, evening_id, teacher_id, student_id, contact_id, created_at)
     values (gen_random_uuid(), $1, $2, $3, $4, $5, now()) returning id`,
    [b.school.id, evening.body.id, b.ids.T2, b.ids.S1, b.ids.C1],
  );

  Object.assign(bIds, {
    'users/{id}': b.school.adminId,
    'users/{userId}': b.school.adminId,
    'schools/{id}': b.school.id,
    'schools/{schoolId}': b.school.id,
    'students/{id}': b.ids.S1,
    'links/{studentId}': b.ids.S1,
    'contacts/{id}': b.ids.C1,
    'teachers/{id}': b.ids.T1,
    'teachers/{teacherId}': b.ids.T1,
    'people/{kind}': 'student',
    '{kind}/{id}': b.ids.S1,
    'events/{id}': evening.body.id,
    'slots/{slotId}': slots[1].id,
    'bookings/{id}': appointment.body.id,
    'schedule-proposals/{proposalId}': proposal.body.id,
    'waiting-list/{placeId}': waiting.rows[0].id,
    'late-requests/{requestId}': late.rows[0].id,
    'requests/{id}': privacyRequest.id,
    'school-exports/{id}': schoolExport.body.id,
    'support-access/{id}': grant.body.id,
    'support-cases/{caseId}': supportCase.body.id,
    'attachments/{attachmentId}': logged.body.entries[0].attachments[0].id,
    'api-credentials/{id}': credential.body.id,
    'incidents/{id}': incident.body.id,
    'sso/{school}': b.school.slug,
    'link/{token}': NOT_A_TOKEN,
    'invitations/{token}': NOT_A_TOKEN,
    'password-reset/{token}': NOT_A_TOKEN,
    'family/{token}': NOT_A_TOKEN,
    'teacher/{token}': NOT_A_TOKEN,
  });

  const tables = await t.db.query(
    `select c.table_name from information_schema.columns c
      join information_schema.columns i on i.table_name = c.table_name and i.table_schema = c.table_schema and i.column_name = 'id'
     where c.column_name = 'school_id' and c.table_schema = 'public' and i.data_type = 'uuid'`,
  );
  everythingOfB = [b.school.id];
  for (const { table_name } of tables.rows) {
    everythingOfB.push(...(await t.db.query(`select id::text as id from "${table_name}" where school_id = $1`, [b.school.id])).rows.map((r) => r.id));
  }
}, 60_000);
afterAll(async () => {
  await t?.close();
});

interface Operation {
  id: string;
  method: string;
  path: string;
}

function operations(): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, { operationId: string }>).map(([method, op]) => ({ id: op.operationId, method, path })),
  );
}

/** The path with school B's id of each parameter's kind; throws for a kind the matrix does not know. */
function pathWithIdsOfB(path: string): string {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (!name) return segment;
      const key = `${segments[i - 1]}/{${name}}`;
      const value = bIds[key];
      if (value === undefined) throw new Error(`the route matrix has no id of school B for ${key} in ${path}: add one`);
      return value;
    })
    .join('/');
}

/**
 * Well-formed bodies (naming school B's records too) for the writes whose validation would
 * otherwise answer 400 before the path's record is looked up; every other write gets `{}`.
 */
const BODIES: Record<string, () => object> = {
  linkContactToStudent: () => ({ studentId: bIds['students/{id}'], relationship: 'mother' }),
  linkTeacherToStudent: () => ({ studentId: bIds['students/{id}'] }),
  updateDraftEvening: () => ({ name: 'Taken over', sessions: [{ date: '2027-01-10', start: '16:00', end: '17:00' }], slotMinutes: 10, opensAt: '2027-01-01T00:00:00Z', closesAt: '2027-01-10T12:00:00Z' }),
  addEveningTeacher: () => ({ teacherId: bIds['teachers/{id}'] }),
  cancelAppointment: () => ({ reason: 'Called away' }),
  moveAppointment: () => ({ slotId: bIds['slots/{slotId}'] }),
  proposeSchedule: () => ({ meetings: [{ studentId: bIds['students/{id}'], teacherId: bIds['teachers/{id}'] }] }),
  joinWaitingList: () => ({ studentId: bIds['students/{id}'], teacherId: bIds['teachers/{id}'] }),
  askLate: () => ({ studentId: bIds['students/{id}'], teacherId: bIds['teachers/{id}'], note: 'Please' }),
  acceptLateRequest: () => ({ slotId: bIds['slots/{slotId}'] }),
  declineLateRequest: () => ({ reason: 'Full' }),
  extendPrivacyRequest: () => ({ months: 1, reason: 'Complex' }),
  fulfilPrivacyRequest: () => ({ action: 'other', note: 'Done' }),
  rejectPrivacyRequest: () => ({ reason: 'Unfounded' }),
  closePrivacyRequest: () => ({ reason: 'Withdrawn' }),
};

function call(op: Operation, token?: string): request.Test {
  const url = pathWithIdsOfB(op.path);
  const req = (request(t.http) as unknown as Record<string, (u: string) => request.Test>)[op.method](url);
  if (token) req.set(bearer(token));
  return ['post', 'put', 'patch'].includes(op.method) ? req.send(BODIES[op.id]?.() ?? {}) : req;
}

it('lists the expected access of every operation the service documents, and no operation it does not', () => {
  const documented = operations().map((op) => op.id);
  expect(documented.filter((id) => !(id in EXPECTED))).toEqual([]);
  expect(Object.keys(EXPECTED).filter((id) => !documented.includes(id))).toEqual([]);
});

it('answers every operation with 401 without a token, 403 to a role it does not allow, 404 to school A on school B’s ids, and never with a 5xx', async () => {
  const problems: string[] = [];
  const observed: Record<string, string> = {};
  for (const op of operations()) {
    const expected = EXPECTED[op.id];
    const name = `${op.method.toUpperCase()} ${op.path} (${op.id})`;
    const anonymous = await call(op);
    if (anonymous.status >= 500) problems.push(`${name} without a token → ${anonymous.status}`);
    const isPublic = anonymous.status !== 401;
    if (expected === 'public' ? !isPublic : isPublic || anonymous.body.code !== 'AUTH.UNAUTHENTICATED') {
      problems.push(`${name} without a token → ${anonymous.status} ${anonymous.body.code ?? ''}`);
    }
    const allowed: Role[] = [];
    for (const role of ROLES) {
      const res = await call(op, tokens[role]);
      const text = res.text ?? '';
      if (res.status >= 500) problems.push(`${name} as ${role} → ${res.status}`);
      const roleRefused = res.status === 403 && res.body.code === 'AUTH.FORBIDDEN_ROLE';
      if (!roleRefused) allowed.push(role);
      const mayUse = expected === 'public' || (expected ?? []).includes(role);
      if (mayUse === roleRefused && expected !== 'public') problems.push(`${name} as ${role} → ${res.status} ${res.body.code ?? ''}`);
      if (!SCHOOL_ROLES.has(role) || roleRefused) continue;
      const leaked = everythingOfB.filter((id) => text.includes(id));
      if (leaked.length) problems.push(`${name} as ${role} of school A shows ids of school B: ${leaked.slice(0, 3).join(', ')}`);
      if (/\{[^}]*(id|Id)\}/.test(op.path) && res.status !== 404) problems.push(`${name} as ${role} of school A on school B's ids → ${res.status} ${res.body.code ?? ''}`);
    }
    observed[op.id] = isPublic ? "'public'" : `[${allowed.map((r) => `'${r}'`).join(', ')}]`;
  }
  if (problems.length) console.log(Object.entries(observed).map(([id, access]) => `  ${id}: ${access},`).join('\n'));
  expect(problems).toEqual([]);
}, 120_000);
