import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { formatDateTime, formatDay } from '../../i18n/format';
import { PageHeading, problemText, useAnnounce } from '../../ui/ui';
import { AvailabilityForm } from '../staff/AvailabilityForm';
import { LateRequests } from '../staff/LateRequests';
import { downloadFile } from '../../api/download';
import { useAddTeacher, useAdminEvening, useClose, useDeleteDraft, usePublish, useRemoveTeacher, useTeacherAvailability } from './api';

type Evening = Schemas['EveningDetailView'];

/** One evening for the office: its set-up, each teacher's hours, the preview (the grid), publish, close or delete. */
export function EveningAdminPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const evening = useAdminEvening(id);
  if (evening.isPending) return <p>{t('app.loading')}</p>;
  if (evening.isError) return <p>{problemText(t, evening.error)}</p>;
  return <EveningAdminView evening={evening.data} />;
}

function EveningAdminView({ evening }: { evening: Evening }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const publish = usePublish(evening.id);
  const close = useClose(evening.id);
  const remove = useDeleteDraft(evening.id);
  const availability = useTeacherAvailability(evening.id);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const when = (iso: string) => formatDateTime(iso, i18n.language, evening.timezone);
  const problem = publish.error ?? close.error ?? remove.error;
  const slots = evening.teachers.reduce((n, teacher) => n + teacher.slots, 0);

  return (
    <>
      <PageHeading>{evening.name}</PageHeading>
      <p>
        <strong>{t(`status.${evening.status}`)}</strong> · {t('manage.window', { opens: when(evening.opensAt), closes: when(evening.closesAt), zone: evening.timezone })}
      </p>
      {problem ? <p className="notice notice-problem">{problemText(t, problem)}</p> : null}
      <dl className="details">
        <dt>{t('manage.sessions')}</dt>
        <dd>
          <ul className="plain">
            {evening.sessions.map((s) => (
              <li key={s.startsAt}>
                {formatDay(s.startsAt, i18n.language, evening.timezone)}, {s.start}–{s.end}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('manage.slots')}</dt>
        <dd>{t('manage.slotsValue', { minutes: evening.slotMinutes, gap: evening.gapMinutes, slots })}</dd>
        <dt>{t('manage.years')}</dt>
        <dd>{evening.yearLabels?.length ? evening.yearLabels.join(', ') : t('manage.allYears')}</dd>
        {evening.openingStages?.length ? (
          <>
            <dt>{t('wizard.stages')}</dt>
            <dd>{t('manage.stagesSummary', { stages: evening.openingStages.map((stage) => `${stage.yearLabels.join(', ')} ${when(stage.opensAt)}`).join('; ') })}</dd>
          </>
        ) : null}
        {evening.online ? (
          <>
            <dt>{t('manage.meetings')}</dt>
            <dd>{t('hours.meetsByVideo')}</dd>
          </>
        ) : null}
        {evening.location ? (
          <>
            <dt>{t('wizard.location')}</dt>
            <dd>{evening.location}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <Link to={`/admin/evenings/${evening.id}/grid`}>{evening.status === 'draft' ? t('manage.preview') : t('admin.grid')}</Link>
      </p>
      <div className="actions">
        {evening.status === 'draft' ? (
          <Link to={`/admin/evenings/${evening.id}/edit`} className="button secondary-link">
            {t('manage.edit')}
          </Link>
        ) : null}
        {evening.status === 'published' ? (
          <Link to={`/admin/evenings/${evening.id}/details`} className="button secondary-link">
            {t('manage.changeDetails')}
          </Link>
        ) : null}
        {evening.status === 'draft' ? (
          <button type="button" disabled={publish.isPending} onClick={() => publish.mutate(undefined, { onSuccess: () => announce(t('manage.published')) })}>
            {t('manage.publish')}
          </button>
        ) : null}
        {evening.status === 'published' ? (
          <button type="button" className="secondary" disabled={close.isPending} onClick={() => close.mutate(undefined, { onSuccess: () => announce(t('manage.closed')) })}>
            {t('manage.close')}
          </button>
        ) : null}
        {evening.status === 'draft' ? (
          confirmDelete ? (
            <span role="group" aria-label={t('manage.deleteConfirm')}>
              {t('manage.deleteConfirm')}{' '}
              <button type="button" className="warning" disabled={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => navigate('/') })}>
                {t('manage.deleteYes')}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                {t('evening.keep')}
              </button>
            </span>
          ) : (
            <button type="button" className="secondary" onClick={() => setConfirmDelete(true)}>
              {t('manage.delete')}
            </button>
          )
        ) : null}
      </div>

      <Downloads evening={evening} />
      <LateRequests eveningId={evening.id} zone={evening.timezone} who="office" />

      <h2>{t('manage.teachers')}</h2>
      <ul className="plain teacher-hours">
        {evening.teachers.map((teacher) => {
          const name = teacher.name ?? t('admin.teacherRemoved');
          return (
            <li key={teacher.teacherId}>
              <h3>{name}</h3>
              <p>
                {t('manage.teacherSlots', { slots: teacher.slots })} ·{' '}
                {teacher.arriveAt || teacher.leaveAt ? t('teacher.hoursSet', { from: teacher.arriveAt ?? '—', to: teacher.leaveAt ?? '—' }) : t('teacher.hoursWhole')}
                {teacher.breaks?.length ? ` · ${t('manage.breaks', { breaks: teacher.breaks.map((b) => `${b.start}–${b.end}`).join(', ') })}` : ''}
                {teacher.location ? ` · ${teacher.location}` : ''}
              </p>
              <p>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('downloads.teacherLabel', { teacher: name })}
                  onClick={() => void downloadFile('/api/v1/admin/events/{id}/teachers/{teacherId}/schedule.csv', { id: evening.id, teacherId: teacher.teacherId }, `schedule-${fileSafe(name)}.csv`)}
                >
                  {t('downloads.teacher')}
                </button>
              </p>
              {editing === teacher.teacherId ? (
                <AvailabilityForm
                  idPrefix={`t-${teacher.teacherId}`}
                  current={teacher}
                  eveningOnline={evening.online}
                  saving={availability.isPending}
                  onSave={async (change, cancelAffected) => {
                    const updated = await availability.mutateAsync({ teacherId: teacher.teacherId, availability: change, cancelAffected });
                    return { slots: updated.teachers.find((x) => x.teacherId === teacher.teacherId)?.slots ?? 0 };
                  }}
                />
              ) : (
                <button type="button" className="secondary" aria-label={t('manage.changeHoursLabel', { teacher: name })} onClick={() => setEditing(teacher.teacherId)}>
                  {t('manage.changeHours')}
                </button>
              )}
              {evening.status === 'closed' ? null : <RemoveTeacher eveningId={evening.id} teacherId={teacher.teacherId} name={name} />}
            </li>
          );
        })}
      </ul>
      {evening.status === 'closed' ? null : <AddTeacher evening={evening} />}
    </>
  );
}

/** A teacher leaves the evening; their booked appointments go only once the office confirms it, each family told. */
function RemoveTeacher({ eveningId, teacherId, name }: { eveningId: string; teacherId: string; name: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const remove = useRemoveTeacher(eveningId);
  const [conflict, setConflict] = useState<number | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const run = (cancelAffected: boolean) =>
    remove.mutate(
      { teacherId, cancelAffected },
      {
        onSuccess: () => announce(t('manage.teacherRemovedNotice', { teacher: name })),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'EVENING.TEACHER_HAS_APPOINTMENTS') setConflict(Number((error.body?.details as { appointments?: number } | undefined)?.appointments ?? 1));
          else setProblem(error);
        },
      },
    );
  return (
    <>
      {problem ? <p className="notice notice-problem">{problemText(t, problem)}</p> : null}
      {conflict ? (
        <div className="notice notice-problem" role="alert">
          <p>{t('manage.removeConflict', { teacher: name, count: conflict })}</p>
          <button type="button" className="warning" disabled={remove.isPending} onClick={() => run(true)}>
            {t('manage.removeAndCancel', { count: conflict })}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConflict(null)}>
            {t('evening.keep')}
          </button>
        </div>
      ) : (
        <button type="button" className="secondary" disabled={remove.isPending} aria-label={t('manage.removeTeacherLabel', { teacher: name })} onClick={() => run(false)}>
          {t('manage.removeTeacher')}
        </button>
      )}
    </>
  );
}

/** A teacher of the school who is not in the evening joins it, with times made from its sessions. */
function AddTeacher({ evening }: { evening: Evening }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const add = useAddTeacher(evening.id);
  const [chosen, setChosen] = useState('');
  const teachers = useQuery({ queryKey: ['admin', 'teachers', 'all'], queryFn: () => unwrap(api.GET('/api/v1/admin/teachers', { params: { query: { limit: 500 } } })) });
  const taking = new Set(evening.teachers.map((teacher) => teacher.teacherId));
  const others = (teachers.data?.items ?? []).filter((teacher) => !taking.has(teacher.id));
  if (others.length === 0) return null;
  const nameOf = (teacher: (typeof others)[number]) => [teacher.title, teacher.firstName, teacher.lastName].filter(Boolean).join(' ');
  return (
    <form
      className="field-row"
      onSubmit={(e) => {
        e.preventDefault();
        const teacher = others.find((x) => x.id === chosen);
        if (teacher) add.mutate(teacher.id, { onSuccess: () => { setChosen(''); announce(t('manage.teacherAdded', { teacher: nameOf(teacher) })); } });
      }}
    >
      <div className="field">
        <label htmlFor="add-teacher">{t('manage.addTeacher')}</label>
        <select id="add-teacher" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('manage.chooseTeacher')}</option>
          {others.map((teacher) => (
            <option key={teacher.id} value={teacher.id}>
              {nameOf(teacher)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="secondary" disabled={!chosen || add.isPending}>
        {t('manage.addTeacherButton')}
      </button>
      {add.error ? <p className="notice notice-problem">{problemText(t, add.error)}</p> : null}
    </form>
  );
}

/** A teacher's name as part of a file name: letters of any alphabet and digits, the rest as dashes. */
const fileSafe = (name: string) => name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLocaleLowerCase() || 'teacher';

/** The evening's files for the office: every booking, and the school's parent list. */
function Downloads({ evening }: { evening: Evening }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<unknown>(null);
  const get = (run: () => Promise<void>) => () => {
    setProblem(null);
    run().catch(setProblem);
  };
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">{t('downloads.title')}</h2>
      {problem ? <p className="notice notice-problem">{problemText(t, problem)}</p> : null}
      <ul className="plain links">
        <li>
          <button type="button" className="secondary" onClick={get(() => downloadFile('/api/v1/admin/events/{id}/bookings.csv', { id: evening.id }, 'bookings.csv'))}>
            {t('downloads.bookings')}
          </button>
        </li>
        <li>
          <button type="button" className="secondary" onClick={get(() => downloadFile('/api/v1/admin/exports/contacts.csv', {}, 'parents.csv'))}>
            {t('downloads.parents')}
          </button>
        </li>
      </ul>
      <p className="hint">{t('downloads.hint')}</p>
    </section>
  );
}
