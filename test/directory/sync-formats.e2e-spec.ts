import { strToU8, zipSync } from 'fflate';
import request from 'supertest';
import { clone, generateDirectory, withSisPrefix } from '../support/directory-factory.js';
import { asOneRosterSees, districtBundle, ONE_ROSTER_ENROLLMENTS, ONE_ROSTER_USERS, table, toCsvBundle, toOneRoster, zip } from '../support/import-files.js';
import { createOperator, createSchool, startTestApp, type SchoolFixture, type TestApp } from '../support/test-app.js';

let t: TestApp;
let operatorToken: string;
const directory = generateDirectory(30, 5, 3);

beforeAll(async () => {
  t = await startTestApp();
  operatorToken = (await createOperator(t)).token;
});
afterAll(async () => {
  await t?.close();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

function upload(school: SchoolFixture, format: 'csv' | 'oneroster', files: Record<string, string | Buffer>, query = '') {
  let req = request(t.http).post(`/api/v1/admin/sync/${format}${query}`).set(bearer(school.adminToken));
  for (const [name, content] of Object.entries(files)) {
    req = req.attach(name.replace(/\.(csv|zip)$/, ''), Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);
  }
  return req;
}

/** The whole directory of a school by SIS ids, sorted: equal for equal content, whatever the ids. */
async function directoryOf(school: SchoolFixture) {
  const q = async (sql: string) => (await t.db.query(sql, [school.id])).rows;
  return {
    students: await q('select sis_id, first_name, last_name, year_label from student where school_id = $1 order by sis_id'),
    contacts: await q('select sis_id, title, first_name, last_name, email, phone from contact where school_id = $1 order by sis_id'),
    teachers: await q('select sis_id, title, first_name, last_name, email, phone from teacher where school_id = $1 order by sis_id'),
    contactLinks: await q(`select c.sis_id as contact, s.sis_id as student, l.relationship from contact_link l
      join contact c on c.id = l.contact_id join student s on s.id = l.student_id where l.school_id = $1 order by 1, 2`),
    teacherLinks: await q(`select te.sis_id as teacher, s.sis_id as student, l.label from teacher_link l
      join teacher te on te.id = l.teacher_id join student s on s.id = l.student_id where l.school_id = $1 order by 1, 2`),
  };
}

describe('every input format round-trips into the same directory', () => {
  it('CSV bundle (separate files, some with a BOM) equals the JSON snapshot', async () => {
    const viaJson = await createSchool(t, operatorToken, 'via-json');
    const viaCsv = await createSchool(t, operatorToken, 'via-csv');
    await request(t.http).post('/api/v1/admin/sync/json').set(bearer(viaJson.adminToken)).send(directory).expect(201);
    const res = await upload(viaCsv, 'csv', toCsvBundle(directory)).expect(201);
    expect(res.body.outcome).toBe('applied');
    const expected = await directoryOf(viaJson);
    expect(expected.students).toHaveLength(30);
    expect(await directoryOf(viaCsv)).toEqual(expected);
    // The same files again: nothing to do.
    expect((await upload(viaCsv, 'csv', toCsvBundle(directory)).expect(201)).body.totalChanges).toBe(0);
  });

  it('CSV bundle as one zip equals the separate files', async () => {
    const viaZip = await createSchool(t, operatorToken, 'via-csv-zip');
    await upload(viaZip, 'csv', { 'bundle.zip': zip(toCsvBundle(directory)) }).expect(201);
    const viaJson = await createSchool(t, operatorToken, 'via-json-2');
    await request(t.http).post('/api/v1/admin/sync/json').set(bearer(viaJson.adminToken)).send(directory).expect(201);
    expect(await directoryOf(viaZip)).toEqual(await directoryOf(viaJson));
  });

  it('OneRoster 1.1 (zip with users, classes, enrollments) equals the JSON snapshot of what OneRoster can say', async () => {
    const viaJson = await createSchool(t, operatorToken, 'roster-json');
    const viaRoster = await createSchool(t, operatorToken, 'roster-csv');
    await request(t.http).post('/api/v1/admin/sync/json').set(bearer(viaJson.adminToken)).send(asOneRosterSees(directory)).expect(201);
    const res = await upload(viaRoster, 'oneroster', { 'oneroster.zip': zip(toOneRoster(directory)) }).expect(201);
    expect(res.body.counts.teacherLinks.add).toBe(directory.teacherLinks.length);
    expect(await directoryOf(viaRoster)).toEqual(await directoryOf(viaJson));
  });

  it('OneRoster drops tobedeleted users and their links, and ignores roles PTC does not hold', async () => {
    const school = await createSchool(t, operatorToken, 'roster-delete');
    await upload(school, 'oneroster', toOneRoster(directory)).expect(201);
    const files = toOneRoster(directory, [
      ['A1', 'active', '', 'true', 'org1', 'administrator', 'a1', '', 'Office', 'Admin', '', '', 'office@school.example', '', '', '', '', ''],
    ]);
    files['users.csv'] = files['users.csv'].replace(/^S0,active,/m, 'S0,tobedeleted,');
    const res = await upload(school, 'oneroster', files).expect(201);
    expect(res.body.counts.students).toEqual({ add: 0, update: 0, delete: 1 });
    expect(res.body.counts.contacts).toEqual({ add: 0, update: 0, delete: 0 });
    expect(res.body.counts.contactLinks.delete).toBe(2);
    const state = await directoryOf(school);
    expect(state.students.map((s) => s.sis_id)).not.toContain('S0');
    expect(state.teachers.map((s) => s.sis_id)).not.toContain('A1');
  });

  it('OneRoster keeps a middle name after the given name, and leaves out users who are not enabled', async () => {
    const school = await createSchool(t, operatorToken, 'roster-names');
    const files = toOneRoster(directory);
    const contact = directory.contacts[0];
    files['users.csv'] = files['users.csv']
      .replace(new RegExp(`^(${contact.sisId},active,[^,]*,true,org1,[^,]*,[^,]*,,${contact.firstName},${contact.lastName}),,`, 'm'), '$1,Máire,')
      .replace(/^(T0,active,[^,]*,)true,/m, '$1false,');
    await upload(school, 'oneroster', files).expect(201);
    const state = await directoryOf(school);
    expect(state.contacts.find((c) => c.sis_id === contact.sisId)?.first_name).toBe(`${contact.firstName} Máire`);
    expect(state.teachers.map((c) => c.sis_id)).not.toContain('T0');
  });
});

describe('OneRoster bundles of a district, and delta bundles', () => {
  const other = withSisPrefix(generateDirectory(8, 2, 1), 'B-');
  const district = districtBundle(toOneRoster(directory, [], { id: 'org1', name: 'North School' }), toOneRoster(other, [], { id: 'org2', name: 'South School' }));

  it('refuses a district bundle until the school’s org is set, then imports only that school’s people and counts the others', async () => {
    const north = await createSchool(t, operatorToken, 'district-north');
    const unmapped = await upload(north, 'oneroster', district).expect(422);
    expect(unmapped.body).toMatchObject({ code: 'SYNC.ORG_NOT_MAPPED', details: { orgs: [{ sourcedId: 'org1', name: 'North School' }, { sourcedId: 'org2', name: 'South School' }] } });
    expect((await request(t.http).get('/api/v1/admin/sync/settings').set(bearer(north.adminToken)).expect(200)).body).toEqual({ oneRosterOrgIds: [] });
    await request(t.http).put('/api/v1/admin/sync/settings').set(bearer(north.adminToken)).send({ oneRosterOrgIds: ['org1\nx'] }).expect(400);
    await request(t.http).put('/api/v1/admin/sync/settings').set(bearer(north.adminToken)).send({ oneRosterOrgIds: ['org1'] }).expect(200);

    const res = await upload(north, 'oneroster', district).expect(201);
    const otherClasses = new Set(other.teacherLinks.map((l) => `${l.teacherSisId}-${l.label}`)).size;
    expect(res.body.outsideSchool).toEqual({ users: other.students.length + other.teachers.length + other.contacts.length, classes: otherClasses, enrollments: otherClasses + other.teacherLinks.length });
    const alone = await createSchool(t, operatorToken, 'district-north-alone');
    await upload(alone, 'oneroster', toOneRoster(directory)).expect(201);
    expect(await directoryOf(north)).toEqual(await directoryOf(alone));
    const runs = await request(t.http).get('/api/v1/admin/sync/runs').set(bearer(north.adminToken)).expect(200);
    expect(runs.body.items[0]).toMatchObject({ outcome: 'applied', outsideSchool: res.body.outsideSchool });

    // The operator sets the other school up when the district signs up; a school admin cannot use that route.
    const south = await createSchool(t, operatorToken, 'district-south');
    await request(t.http).put(`/api/v1/operator/schools/${south.id}/sync-settings`).set(bearer(north.adminToken)).send({ oneRosterOrgIds: ['org2'] }).expect(403);
    await request(t.http).put(`/api/v1/operator/schools/${south.id}/sync-settings`).set(bearer(operatorToken)).send({ oneRosterOrgIds: ['org2'] }).expect(200);
    expect((await request(t.http).get('/api/v1/admin/sync/settings').set(bearer(south.adminToken)).expect(200)).body).toEqual({ oneRosterOrgIds: ['org2'] });
    await upload(south, 'oneroster', district).expect(201);
    expect((await directoryOf(south)).students.map((st) => st.sis_id)).toEqual(other.students.map((st) => st.sisId).sort());
  });

  it('applies a delta bundle as changes: what it leaves out stays, tobedeleted deletes', async () => {
    const school = await createSchool(t, operatorToken, 'roster-delta');
    await upload(school, 'oneroster', toOneRoster(directory)).expect(201);
    const before = await directoryOf(school);
    const user = (id: string, status: string, role: string, given: string, family: string, agents: string, grades: string) =>
      [id, status, '2026-11-29T00:00:00Z', 'true', 'org1', role, id.toLowerCase(), '', given, family, '', '', '', '', '', agents, grades, ''];
    const delta = {
      'manifest.csv': table(['propertyName', 'value'], [['manifest.version', '1.0'], ['oneroster.version', '1.1'], ['file.users', 'delta'], ['file.classes', 'absent'], ['file.enrollments', 'delta'], ['file.orgs', 'absent']]),
      'users.csv': table(ONE_ROSTER_USERS, [
        user('S1', 'active', 'student', directory.students[1].firstName, 'Renamed', 'C1-0,C1-1', 'Year 8'),
        user('SNEW', 'active', 'student', 'Nova', 'Newcomer', 'C0-0', 'Year 7'),
        user('S2', 'tobedeleted', 'student', directory.students[2].firstName, directory.students[2].lastName, '', ''),
      ]),
      'enrollments.csv': table(ONE_ROSTER_ENROLLMENTS, [
        ['E-new', 'active', '', 'K-T0-Subject 1', 'org1', 'SNEW', 'student', 'false', '', ''],
        ['E-K-T1-Subject 1-S3', 'tobedeleted', '', 'K-T1-Subject 1', 'org1', 'S3', 'student', 'false', '', ''],
      ]),
    };
    const res = await upload(school, 'oneroster', delta).expect(201);
    expect(res.body.counts.students).toEqual({ add: 1, update: 1, delete: 1 });
    expect(res.body.counts.contacts).toEqual({ add: 0, update: 0, delete: 0 });
    expect(res.body.counts.teacherLinks.add).toBe(1);
    const after = await directoryOf(school);
    expect(after.students.map((st) => st.sis_id).sort()).toEqual([...before.students.map((st) => st.sis_id).filter((id) => id !== 'S2'), 'SNEW'].sort());
    expect(after.students.find((st) => st.sis_id === 'S1')?.last_name).toBe('Renamed');
    expect(after.contacts).toEqual(before.contacts);
    expect(after.contactLinks).toContainEqual({ contact: 'C0-0', student: 'SNEW', relationship: 'guardian' });
    expect(after.teacherLinks).toContainEqual({ teacher: 'T0', student: 'SNEW', label: 'Subject 1' });
    expect(after.teacherLinks.find((l) => l.teacher === 'T1' && l.student === 'S3')).toBeUndefined();
    // Everything else is as it was: the same links less S2's and S3's dropped class, plus the newcomer's.
    const kept = (links: { student: string; teacher?: string }[]) => links.filter((l) => !['S2', 'SNEW'].includes(l.student) && !(l.teacher === 'T1' && l.student === 'S3'));
    expect(kept(after.teacherLinks)).toEqual(kept(before.teacherLinks));
    expect(after.contactLinks.filter((l) => l.student !== 'SNEW')).toEqual(before.contactLinks.filter((l) => l.student !== 'S2'));

    // A delta naming a class member that is not in PTC is a row problem, and nothing changes.
    const bad = { ...delta, 'users.csv': table(ONE_ROSTER_USERS, [user('SX', 'active', 'student', 'Xavi', 'Unknown', 'C-NOBODY', 'Year 7')]), 'enrollments.csv': table(ONE_ROSTER_ENROLLMENTS, []) };
    const refused = await upload(school, 'oneroster', bad).expect(422);
    expect(refused.body.details.problems).toEqual([{ file: 'users.csv', line: 2, field: 'contactSisId', reason: 'no contact with this SIS id in the snapshot' }]);
    expect(await directoryOf(school)).toEqual(after);
  });

  it('refuses a delta of classes when no bulk OneRoster sync left any', async () => {
    const school = await createSchool(t, operatorToken, 'roster-delta-first');
    await request(t.http).post('/api/v1/admin/sync/json').set(bearer(school.adminToken)).send(asOneRosterSees(directory)).expect(201);
    const delta = {
      'manifest.csv': table(['propertyName', 'value'], [['file.users', 'absent'], ['file.classes', 'absent'], ['file.enrollments', 'delta']]),
      'enrollments.csv': table(ONE_ROSTER_ENROLLMENTS, [['E-x', 'active', '', 'K-T0-Subject 1', 'org1', 'S5', 'student', 'false', '', '']]),
    };
    expect((await upload(school, 'oneroster', delta).expect(422)).body.code).toBe('SYNC.DELTA_NEEDS_BULK');
  });
});

describe('invalid uploads', () => {
  let school: SchoolFixture;
  beforeAll(async () => {
    school = await createSchool(t, operatorToken, 'bad-uploads');
  });

  it('reports CSV problems with the real file line numbers and writes nothing', async () => {
    const bad = clone(directory);
    bad.contacts[3].email = 'nope';
    bad.contactLinks[10].studentSisId = 'S-missing';
    const files = toCsvBundle(bad);
    const res = await upload(school, 'csv', files).expect(422);
    expect(res.body.details.problems).toEqual([
      { file: 'contacts.csv', line: 5, field: 'email', reason: 'not a valid email address' },
      { file: 'contact_links.csv', line: 12, field: 'studentSisId', reason: 'no student with this SIS id in the snapshot' },
    ]);
    expect((await directoryOf(school)).students).toEqual([]);
  });

  it('reports a missing file, a missing column and a broken row together', async () => {
    const files = toCsvBundle(directory);
    delete files['teacher_links.csv'];
    files['students.csv'] = files['students.csv'].replace('last_name', 'surname');
    files['contacts.csv'] += '"unterminated,x\r\n';
    const res = await upload(school, 'csv', files).expect(422);
    expect(res.body.details.problems).toEqual(
      expect.arrayContaining([
        { file: 'teacher_links.csv', line: 0, field: '(file)', reason: 'missing from the upload' },
        { file: 'students.csv', line: 1, field: 'last_name', reason: 'missing column' },
        { file: 'contacts.csv', line: 62, field: '(row)', reason: 'a quoted field is not closed' },
      ]),
    );
  });

  it('reads what Excel writes in European locales (semicolons, Windows-1252) and says what it detected', async () => {
    const school1252 = await createSchool(t, operatorToken, 'excel-europe');
    const windows = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1'); // the Windows-1252 bytes of these names
    const files = {
      'students.csv': windows('sis_id;first_name;last_name;year_label\nS1;Zoë;Müller;Year 7\n'),
      'contacts.csv': windows('sis_id;title;first_name;last_name;email;phone\nC1;Mme;Hélène;Müller;helene@example.org;\n'),
      'teachers.csv': 'sis_id,first_name,last_name\nT1,Anne,Smith\n',
      'contact_links.csv': windows('contact_sis_id;student_sis_id;relationship\nC1;S1;mother\n'),
      'teacher_links.csv': 'teacher_sis_id,student_sis_id,label\nT1,S1,"Maths, set 2"\n',
    };
    const res = await upload(school1252, 'csv', files).expect(201);
    expect(res.body.files).toEqual([
      { file: 'contact_links.csv', encoding: 'UTF-8', delimiter: ';' }, // plain ASCII is valid UTF-8
      { file: 'contacts.csv', encoding: 'Windows-1252', delimiter: ';' },
      { file: 'students.csv', encoding: 'Windows-1252', delimiter: ';' },
      { file: 'teacher_links.csv', encoding: 'UTF-8', delimiter: ',' },
      { file: 'teachers.csv', encoding: 'UTF-8', delimiter: ',' },
    ]);
    const state = await directoryOf(school1252);
    expect(state.students.map((s) => [s.first_name, s.last_name])).toEqual([['Zoë', 'Müller']]);
    expect(state.contacts.map((c) => c.first_name)).toEqual(['Hélène']);
  });

  it('refuses a request with no files', async () => {
    const none = await request(t.http).post('/api/v1/admin/sync/csv').set(bearer(school.adminToken)).expect(400);
    expect(none.body.code).toBe('SYNC.UNREADABLE');
  });

  it('refuses a zip that would expand past its limits with 413, before expanding it', async () => {
    const bomb = Buffer.from(zipSync({ 'students.csv': new Uint8Array(101 * 1024 * 1024) }, { level: 1 }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(school, 'csv', { 'bundle.zip': bomb }).expect(413);
    expect(res.body.code).toBe('SYNC.ZIP_TOO_LARGE');
    const many = Buffer.from(zipSync(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}.csv`, strToU8('x')]))));
    expect((await upload(school, 'csv', { 'many.zip': many }).expect(413)).body.code).toBe('SYNC.ZIP_TOO_LARGE');
  });

  it('a dry run of a valid upload writes nothing', async () => {
    const res = await upload(school, 'oneroster', toOneRoster(directory), '?dryRun=true').expect(201);
    expect(res.body).toMatchObject({ outcome: 'dry_run', counts: { students: { add: 30 } } });
    expect((await directoryOf(school)).students).toEqual([]);
  });
});
