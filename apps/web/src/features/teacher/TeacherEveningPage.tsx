import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDay, formatTime, zoneDiffers } from '../../i18n/format';
import { ErrorSummary, PageHeading, problemText, useAnnounce, type FieldProblem } from '../../ui/ui';
import { AvailabilityForm } from '../staff/AvailabilityForm';
import { LateRequests } from '../staff/LateRequests';
import { startingIn } from '../staff/sessions';
import { useCancelWithReason, useFeed, useOwnSlots, useRotateFeed, useSchedule, useSetAvailability, useSetBlocked, useTeacherEvening, type ScheduleRow, type TeacherEvening } from './api';

export function TeacherEveningPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const evening = useTeacherEvening(id);
  if (evening.isPending) return <p>{t('app.loading')}</p>;
  if (evening.isError) return <p>{problemText(t, evening.error)}</p>;
  return <TeacherEveningView evening={evening.data} />;
}

function TeacherEveningView({ evening }: { evening: TeacherEvening }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{evening.name}</PageHeading>
      <p className="no-print">
        {t(`status.${evening.status}`)} · {t('teacher.counts', { booked: evening.booked, slots: evening.slots, blocked: evening.blocked })}
      </p>
      {zoneDiffers(evening.timezone) ? <p className="muted no-print">{t('evening.timezone', { zone: evening.timezone })}</p> : null}
      <Schedule evening={evening} />
      <LateRequests eveningId={evening.id} zone={evening.timezone} who="teacher" />
      <Slots evening={evening} />
      <Hours evening={evening} />
      <Feed eveningId={evening.id} />
    </>
  );
}

const contactName = (row: ScheduleRow) => [row.contactTitle, row.contactFirstName, row.contactLastName].filter(Boolean).join(' ');

/** The appointments in time order, one table per session: printed, each session is one A4 page. */
function Schedule({ evening }: { evening: TeacherEvening }) {
  const { t, i18n } = useTranslation();
  const schedule = useSchedule(evening.id);
  const announce = useAnnounce();
  const cancel = useCancelWithReason(evening.id);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FieldProblem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const time = (iso: string) => formatTime(iso, i18n.language, evening.timezone);

  function onCancel(event: FormEvent, row: ScheduleRow) {
    event.preventDefault();
    if (!reason.trim()) return setProblem([{ field: 'cancel-reason', message: t('teacher.reasonNeeded') }]);
    cancel.mutate(
      { appointmentId: row.appointmentId, reason: reason.trim() },
      {
        onSuccess: () => {
          const text = t('teacher.cancelled', { student: `${row.studentFirstName} ${row.studentLastName}`, time: time(row.startsAt) });
          setNotice(text);
          announce(text);
          setCancelling(null);
          setReason('');
          setProblem([]);
        },
        onError: (error) => setProblem([{ message: problemText(t, error) }]),
      },
    );
  }

  if (schedule.isPending) return <p>{t('app.loading')}</p>;
  if (schedule.isError) return <p>{problemText(t, schedule.error)}</p>;
  return (
    <section aria-labelledby="schedule">
      <h2 id="schedule" className="no-print">
        {t('teacher.schedule')}
      </h2>
      {notice ? <p className="notice">{notice}</p> : null}
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('teacher.print')}
        </button>
      </p>
      {evening.sessions.map((session) => {
        const rows = startingIn(schedule.data, session);
        const title = `${formatDay(session.startsAt, i18n.language, evening.timezone)}, ${time(session.startsAt)}–${time(session.endsAt)}`;
        return (
          <section key={session.startsAt} className="print-page" aria-label={title}>
            <h3>
              <span className="print-only">{evening.name} · </span>
              {title}
            </h3>
            {rows.length === 0 ? (
              <p>{t('teacher.noAppointments')}</p>
            ) : (
              <div className="table-scroll">
                <table className="stack-narrow">
                  <thead>
                    <tr>
                      <th scope="col">{t('teacher.time')}</th>
                      <th scope="col">{t('teacher.student')}</th>
                      <th scope="col">{t('teacher.parent')}</th>
                      <th scope="col">{t('teacher.relationship')}</th>
                      <th scope="col" className="no-print">
                        <span className="visually-hidden">{t('teacher.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.appointmentId}>
                        <td data-label={t('teacher.time')}>
                          {time(row.startsAt)}–{time(row.endsAt)}
                        </td>
                        <td data-label={t('teacher.student')}>
                          {row.studentFirstName} {row.studentLastName}
                          {row.meetingLink ? (
                            <>
                              {' '}
                              <a className="no-print" href={row.meetingLink} target="_blank" rel="noreferrer" aria-label={t('hours.joinLabel', { student: row.studentFirstName, time: time(row.startsAt) })}>
                                {t('hours.join')}
                              </a>
                            </>
                          ) : null}
                        </td>
                        <td data-label={t('teacher.parent')}>{contactName(row)}</td>
                        <td data-label={t('teacher.relationship')}>{row.relationship ? t(`relationship.${row.relationship}`, { defaultValue: row.relationship }) : ''}</td>
                        <td className="no-print">
                          {cancelling === row.appointmentId ? (
                            <form onSubmit={(event) => onCancel(event, row)} noValidate>
                              <ErrorSummary problems={problem} />
                              <div className="field">
                                <label htmlFor="cancel-reason">{t('teacher.reason')}</label>
                                <div className="hint" id="cancel-reason-hint">
                                  {t('teacher.reasonHint')}
                                </div>
                                <textarea id="cancel-reason" rows={2} maxLength={500} aria-describedby="cancel-reason-hint" value={reason} onChange={(e) => setReason(e.target.value)} />
                              </div>
                              <button type="submit" className="warning" disabled={cancel.isPending}>
                                {t('teacher.confirmCancel')}
                              </button>{' '}
                              <button type="button" className="secondary" onClick={() => { setCancelling(null); setProblem([]); }}>
                                {t('evening.keep')}
                              </button>
                            </form>
                          ) : (
                            <button
                              type="button"
                              className="secondary"
                              aria-label={t('teacher.cancelLabel', { student: `${row.studentFirstName} ${row.studentLastName}`, time: time(row.startsAt) })}
                              onClick={() => { setCancelling(row.appointmentId); setReason(''); setProblem([]); }}
                            >
                              {t('evening.cancel')}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </section>
  );
}

/** Every own slot with its state; a free one can be taken out of booking and offered again. */
function Slots({ evening }: { evening: TeacherEvening }) {
  const { t, i18n } = useTranslation();
  const slots = useOwnSlots(evening.id);
  const setBlocked = useSetBlocked(evening.id);
  const announce = useAnnounce();
  const time = (iso: string) => formatTime(iso, i18n.language, evening.timezone);
  if (slots.isPending || slots.isError) return null;
  return (
    <section aria-labelledby="slots" className="no-print">
      <h2 id="slots">{t('teacher.slots')}</h2>
      <p className="hint">{t('teacher.slotsHint')}</p>
      {setBlocked.error ? <p className="notice notice-problem">{problemText(t, setBlocked.error)}</p> : null}
      {evening.sessions.map((session) => {
        const inSession = startingIn(slots.data.items, session);
        return (
          <div key={session.startsAt}>
            {evening.sessions.length > 1 ? <h3>{formatDay(session.startsAt, i18n.language, evening.timezone)}</h3> : null}
            <ul className="plain slot-states">
              {inSession.map((slot) => (
                <li key={slot.id}>
                  <strong>{time(slot.startsAt)}</strong>{' '}
                  {slot.appointmentId ? (
                    <span>{t('teacher.slotBooked')}</span>
                  ) : (
                    <>
                      <span>{slot.blocked ? t('teacher.slotBlocked') : t('teacher.slotFree')}</span>{' '}
                      <button
                        type="button"
                        className="secondary"
                        disabled={setBlocked.isPending}
                        aria-label={t(slot.blocked ? 'teacher.unblockLabel' : 'teacher.blockLabel', { time: `${time(slot.startsAt)}, ${formatDay(slot.startsAt, i18n.language, evening.timezone)}` })}
                        onClick={() =>
                          setBlocked.mutate(
                            { slotId: slot.id, blocked: !slot.blocked },
                            { onSuccess: () => announce(t(slot.blocked ? 'teacher.unblocked' : 'teacher.blocked', { time: time(slot.startsAt) })) },
                          )
                        }
                      >
                        {slot.blocked ? t('teacher.unblock') : t('teacher.block')}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** The teacher's own hours: a form when the school lets teachers set them, otherwise what the office set. */
function Hours({ evening }: { evening: TeacherEvening }) {
  const { t } = useTranslation();
  const own = evening.availability;
  const save = useSetAvailability(evening.id);
  if (!evening.mayEditAvailability) {
    return (
      <section aria-labelledby="hours" className="no-print">
        <h2 id="hours">{t('teacher.hours')}</h2>
        <p>{t('teacher.hoursByOffice')}</p>
        <p>{own.arriveAt || own.leaveAt ? t('teacher.hoursSet', { from: own.arriveAt ?? '—', to: own.leaveAt ?? '—' }) : t('teacher.hoursWhole')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="hours" className="no-print">
      <h2 id="hours">{t('teacher.hours')}</h2>
      <p className="hint">{t('teacher.hoursHint')}</p>
      <AvailabilityForm idPrefix="own" current={own} eveningOnline={evening.online} saving={save.isPending} onSave={(availability, cancelAffected) => save.mutateAsync({ availability, cancelAffected })} />
    </section>
  );
}

/** The private calendar address; replacing it stops the old one at once (a leaked link is harmless). */
function Feed({ eveningId }: { eveningId: string }) {
  const { t } = useTranslation();
  const feed = useFeed(eveningId);
  const rotate = useRotateFeed(eveningId);
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="feed" className="no-print">
      <h2 id="feed">{t('teacher.feed')}</h2>
      <p>{t('teacher.feedIntro')}</p>
      {feed.data ? (
        <div className="field">
          <label htmlFor="feed-link">{t('calendarFeed.link')}</label>
          <input id="feed-link" readOnly value={feed.data.url} onFocus={(e) => e.target.select()} />
        </div>
      ) : feed.isError ? (
        <p>{problemText(t, feed.error)}</p>
      ) : null}
      {rotate.error ? <p className="notice notice-problem">{problemText(t, rotate.error)}</p> : null}
      {confirming ? (
        <p role="group" aria-label={t('teacher.rotateConfirm')}>
          {t('teacher.rotateConfirm')}{' '}
          <button
            type="button"
            className="warning"
            disabled={rotate.isPending}
            onClick={() =>
              rotate.mutate(undefined, {
                onSuccess: () => announce(t('teacher.rotated')),
                onSettled: () => setConfirming(false),
              })
            }
          >
            {t('teacher.rotateYes')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('evening.keep')}
          </button>
        </p>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {t('teacher.rotate')}
        </button>
      )}
    </section>
  );
}
