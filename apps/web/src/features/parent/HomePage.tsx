import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { formatDateTime } from '../../i18n/format';
import { staffPage } from '../../i18n/i18n';
import type { Schemas } from '../../api/client';
import { PageHeading, problemText } from '../../ui/ui';
import { useEvenings, useOwnContact, useUpcomingAppointments } from './api';

const AdminHome = lazy(() => staffPage(import('../admin/AdminHome')).then((m) => ({ default: m.AdminHome })));
const OperatorHome = lazy(() => staffPage(import('../operator/OperatorHome')).then((m) => ({ default: m.OperatorHome })));
const TeacherHome = lazy(() => staffPage(import('../teacher/TeacherHome')).then((m) => ({ default: m.TeacherHome })));

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (me?.role === 'teacher' || me?.role === 'school_admin' || me?.role === 'operator') {
    return <Suspense fallback={<p>{t('app.loading')}</p>}>{me.role === 'teacher' ? <TeacherHome /> : me.role === 'operator' ? <OperatorHome /> : <AdminHome />}</Suspense>;
  }
  if (me?.role !== 'parent') {
    return (
      <>
        <PageHeading>{t('app.home')}</PageHeading>
        <p>{t('home.staff')}</p>
      </>
    );
  }
  return <ParentHome />;
}

function ParentHome() {
  const { t, i18n } = useTranslation();
  const contact = useOwnContact();
  const evenings = useEvenings();
  const now = Date.now();
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <section aria-labelledby="children">
        <h2 id="children">{t('home.children')}</h2>
        {contact.isPending ? <p>{t('app.loading')}</p> : contact.isError ? <p>{problemText(t, contact.error)}</p> : (
          <ul className="plain">
            {contact.data.students.map(({ student }) => (
              <li key={student.id}>
                {student.firstName} {student.lastName}
                {student.yearLabel ? <span className="muted"> · {student.yearLabel}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Appointments evenings={evenings.data?.items ?? []} />
      <section aria-labelledby="evenings">
        <h2 id="evenings">{t('home.evenings')}</h2>
        {evenings.isPending ? <p>{t('app.loading')}</p> : evenings.isError ? <p>{problemText(t, evenings.error)}</p> : evenings.data.items.length === 0 ? <p>{t('home.noEvenings')}</p> : (
          <ul className="cards">
            {evenings.data.items.map((evening) => {
              const stages = evening.openingStages ?? [];
              const opens = Math.min(Date.parse(evening.opensAt), ...stages.map((stage) => Date.parse(stage.opensAt)));
              const closes = Date.parse(evening.closesAt);
              const when = (iso: string) => formatDateTime(iso, i18n.language, evening.timezone);
              return (
                <li key={evening.id} className="card">
                  <h3>{evening.name}</h3>
                  {now < Date.parse(evening.opensAt) && stages.length ? (
                    <ul className="plain">
                      {stages.map((stage) => (
                        <li key={stage.opensAt + stage.yearLabels.join()}>{t('home.opensFor', { years: stage.yearLabels.join(', '), when: when(stage.opensAt) })}</li>
                      ))}
                      <li>{t('home.opensForEveryone', { when: when(evening.opensAt) })}</li>
                    </ul>
                  ) : now < opens ? <p>{t('home.opens', { when: when(evening.opensAt) })}</p> : now < closes ? <p>{t('home.closes', { when: when(evening.closesAt) })}</p> : <p>{t('home.closed')}</p>}
                  {now >= opens ? (
                    <p>
                      <Link className="button" to={`/evenings/${evening.id}`}>
                        {t('home.open')}
                        <span className="visually-hidden">: {evening.name}</span>
                      </Link>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

/** The family's appointments across every evening, in time order. */
function Appointments({ evenings }: { evenings: Schemas['EveningView'][] }) {
  const { t, i18n } = useTranslation();
  const open = evenings.filter((e) => Date.parse(e.opensAt) <= Date.now());
  const upcoming = useUpcomingAppointments();
  const rows = (upcoming.data ?? []).map((a) => ({ id: a.id, startsAt: a.startsAt, zone: a.timezone, evening: a.eveningName, eveningId: a.eventId, teacher: a.teacherName ?? '', child: a.studentFirstName ?? '', meetingLink: a.meetingLink }));
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="appointments">
      <h2 id="appointments">{t('home.appointments')}</h2>
      {upcoming.isPending ? (
        <p>{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('home.noAppointments')}</p>
      ) : (
        <ol className="plain">
          {rows.map((row) => (
            <li key={row.id}>
              <strong>{formatDateTime(row.startsAt, i18n.language, row.zone)}</strong> · {row.teacher} · {row.child} · <Link to={`/evenings/${row.eveningId}`}>{row.evening}</Link>
              {row.meetingLink ? (
                <>
                  {' · '}
                  <a href={row.meetingLink} target="_blank" rel="noreferrer" aria-label={t('evening.joinLabel', { teacher: row.teacher, time: formatDateTime(row.startsAt, i18n.language, row.zone) })}>
                    {t('evening.join')}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
