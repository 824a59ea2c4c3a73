import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ErrorSummary, Field, PageHeading, problemText, useAnnounce, type FieldProblem } from '../../ui/ui';
import { useContact, useLinkContact, useStudent, useTeacher, useUnlink, useUpdatePerson, type Kind } from './api';

const RELATIONSHIPS = ['mother', 'father', 'guardian', 'carer', 'other'] as const;

/** One person of the directory: their record to correct, and their links. */
export function PersonPage() {
  const { t } = useTranslation();
  const { kind = 'contacts', id = '' } = useParams() as { kind: Kind; id: string };
  const student = useStudent(id, kind === 'students');
  const contact = useContact(id, kind === 'contacts');
  const teacher = useTeacher(id, kind === 'teachers');
  const query = kind === 'students' ? student : kind === 'contacts' ? contact : teacher;
  if (query.isPending) return <p>{t('app.loading')}</p>;
  if (query.isError) return <p>{problemText(t, query.error)}</p>;
  const person = query.data;
  const name = [('title' in person ? person.title : null), person.firstName, person.lastName].filter(Boolean).join(' ');
  return (
    <>
      <PageHeading>{name}</PageHeading>
      <p>
        <Link to={`/admin/directory?kind=${kind}`}>{t('directory.back')}</Link>
      </p>
      <EditForm key={id} kind={kind} id={id} person={person} />
      <h2>{t('directory.links')}</h2>
      {student.data ? (
        <>
          <h3>{t('directory.contacts')}</h3>
          <ul className="plain">
            {student.data.contacts.map(({ contact: c, relationship }) => (
              <li key={c.id}>
                <Link to={`/admin/directory/contacts/${c.id}`}>{[c.title, c.firstName, c.lastName].filter(Boolean).join(' ')}</Link> ({t(`relationship.${relationship}`, { defaultValue: relationship })})
              </li>
            ))}
          </ul>
          <h3>{t('directory.teachers')}</h3>
          <ul className="plain">
            {student.data.teachers.map(({ teacher: x, label }) => (
              <li key={x.id}>
                <Link to={`/admin/directory/teachers/${x.id}`}>{[x.title, x.firstName, x.lastName].filter(Boolean).join(' ')}</Link>
                {label ? ` (${label})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {contact.data ? <AdultLinks kind="contacts" id={id} links={contact.data.students.map((l) => ({ student: l.student, note: t(`relationship.${l.relationship}`, { defaultValue: l.relationship }) }))} /> : null}
      {teacher.data ? <AdultLinks kind="teachers" id={id} links={teacher.data.students.map((l) => ({ student: l.student, note: l.label ?? '' }))} /> : null}
      {contact.data ? <LinkStudent id={id} /> : null}
      <Erase kind={kind} id={id} name={name} />
    </>
  );
}

const PERSON_KIND = { students: 'student', contacts: 'contact', teachers: 'teacher' } as const;

/** Erasure of everything held about the person, its effect said before the office confirms. */
function Erase({ kind, id, name }: { kind: Kind; id: string; name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [sure, setSure] = useState(false);
  const erase = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/admin/privacy/erasures', { body: { personKind: PERSON_KIND[kind], personId: id } })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['directory'] });
      navigate(`/admin/directory?kind=${kind}&erased=1`);
    },
  });
  return (
    <section aria-labelledby="erase" className="danger-zone">
      <h2 id="erase">{t('directory.erase')}</h2>
      <p>{t('directory.eraseEffect', { name })}</p>
      {erase.error ? <p className="notice notice-problem">{problemText(t, erase.error)}</p> : null}
      <label className="checkbox">
        <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} /> {t('directory.eraseConfirm', { name })}
      </label>
      <button type="button" className="warning" disabled={!sure || erase.isPending} onClick={() => erase.mutate()}>
        {t('directory.eraseButton', { name })}
      </button>
    </section>
  );
}

type Person = { firstName: string; lastName: string; title?: string | null; email?: string | null; phone?: string | null; yearLabel?: string | null };

function EditForm({ kind, id, person }: { kind: Kind; id: string; person: Person }) {
  const { t } = useTranslation();
  const update = useUpdatePerson(kind, id);
  const announce = useAnnounce();
  const [form, setForm] = useState({ title: person.title ?? '', firstName: person.firstName, lastName: person.lastName, email: person.email ?? '', phone: person.phone ?? '', yearLabel: person.yearLabel ?? '' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(form.firstName.trim() ? [] : [{ field: 'person-first', message: t('directory.needFirst') }]),
      ...(form.lastName.trim() ? [] : [{ field: 'person-last', message: t('directory.needLast') }]),
    ];
    setProblems(missing);
    if (missing.length) return;
    const body =
      kind === 'students'
        ? { firstName: form.firstName.trim(), lastName: form.lastName.trim(), yearLabel: form.yearLabel.trim() || undefined }
        : { title: form.title.trim() || undefined, firstName: form.firstName.trim(), lastName: form.lastName.trim(), email: form.email.trim() || undefined, phone: form.phone.trim() || undefined };
    update.mutate(body, { onSuccess: () => announce(t('directory.saved')), onError: (error) => setProblems([{ message: problemText(t, error) }]) });
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      <h2>{t('directory.record')}</h2>
      <p className="hint">{t('directory.recordHint')}</p>
      <ErrorSummary problems={problems} />
      {update.isSuccess ? <p className="notice">{t('directory.saved')}</p> : null}
      {kind !== 'students' ? <Field id="person-title" label={t('directory.titleField')} {...field('title')} /> : null}
      <Field id="person-first" label={t('directory.firstName')} {...field('firstName')} />
      <Field id="person-last" label={t('directory.lastName')} {...field('lastName')} />
      {kind === 'students' ? <Field id="person-year" label={t('directory.year')} {...field('yearLabel')} /> : null}
      {kind !== 'students' ? (
        <>
          <Field id="person-email" label={t('directory.email')} type="email" {...field('email')} />
          <Field id="person-phone" label={t('directory.phone')} type="tel" {...field('phone')} />
        </>
      ) : null}
      <button type="submit" disabled={update.isPending}>
        {t('directory.save')}
      </button>
    </form>
  );
}

function AdultLinks({ kind, id, links }: { kind: 'contacts' | 'teachers'; id: string; links: { student: { id: string; firstName: string; lastName: string }; note: string }[] }) {
  const { t } = useTranslation();
  const unlink = useUnlink(kind, id);
  const announce = useAnnounce();
  return (
    <>
      {unlink.error ? <p className="notice notice-problem">{problemText(t, unlink.error)}</p> : null}
      {links.length === 0 ? <p>{t('directory.noLinks')}</p> : null}
      <ul className="plain slot-states">
        {links.map(({ student, note }) => {
          const name = `${student.firstName} ${student.lastName}`;
          return (
            <li key={student.id}>
              <Link to={`/admin/directory/students/${student.id}`}>{name}</Link>
              {note ? <span className="muted">({note})</span> : null}
              <button type="button" className="secondary" disabled={unlink.isPending} aria-label={t('directory.unlinkLabel', { name })} onClick={() => unlink.mutate(student.id, { onSuccess: () => announce(t('directory.unlinked', { name })) })}>
                {t('directory.unlink')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** A parent or carer linked to one more student (found by name), with the relationship. */
function LinkStudent({ id }: { id: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [studentId, setStudentId] = useState('');
  const [relationship, setRelationship] = useState<(typeof RELATIONSHIPS)[number]>('mother');
  const found = useQuery({ queryKey: ['directory', 'students', 'find', q], queryFn: () => unwrap(api.GET('/api/v1/admin/students', { params: { query: { limit: 20, q: q.trim() } } })), enabled: q.trim().length >= 2 });
  const link = useLinkContact(id);
  const announce = useAnnounce();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (studentId) link.mutate({ studentId, relationship }, { onSuccess: () => { announce(t('directory.linked')); setStudentId(''); setQ(''); } });
      }}
    >
      <h3>{t('directory.linkStudent')}</h3>
      {link.error ? <p className="notice notice-problem">{problemText(t, link.error)}</p> : null}
      <Field id="link-find" label={t('directory.findStudent')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <div className="field">
        <label htmlFor="link-student">{t('directory.student')}</label>
        <select id="link-student" value={studentId} onChange={(e) => setStudentId(e.target.value)}>
          <option value="">{t('directory.chooseStudent')}</option>
          {(found.data?.items ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.firstName} {s.lastName}
              {s.yearLabel ? ` (${s.yearLabel})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="link-relationship">{t('directory.relationship')}</label>
        <select id="link-relationship" value={relationship} onChange={(e) => setRelationship(e.target.value as (typeof RELATIONSHIPS)[number])}>
          {RELATIONSHIPS.map((r) => (
            <option key={r} value={r}>
              {t(`relationship.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={!studentId || link.isPending}>
        {t('directory.link')}
      </button>
    </form>
  );
}
