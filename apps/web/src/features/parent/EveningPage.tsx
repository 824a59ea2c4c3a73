import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, type Schemas } from '../../api/client';
import { formatDay, formatTime, zoneDiffers } from '../../i18n/format';
import { PageHeading, problemText, useAnnounce } from '../../ui/ui';
import { parentPage } from '../../i18n/i18n';
import { CalendarSubscription } from './CalendarSubscription';
import { downloadCalendar, useBook, useCancel, useEvening, useLateRequests, useMove, useWaitingPlaces } from './api';
import { meetingsToBook } from './meetings';

// Loaded when a parent asks for it: the evening page's first load stays small.
const SchedulePlanner = lazy(() => parentPage(import('./SchedulePlanner')));
const LateRequestActions = lazy(() => parentPage(import('./LateRequestActions')).then((m) => ({ default: m.LateRequestActions })));
const WaitingListActions = lazy(() => parentPage(import('./WaitingListActions')).then((m) => ({ default: m.WaitingListActions })));

type Evening = Schemas['ParentEveningView'];
type Appointment = Schemas['ParentAppointmentView'];
type Notice = { kind: 'success' | 'problem'; text: string };

const toggled = (set: Set<string>, key: string) => {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
};

export function EveningPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const evening = useEvening(id);
  if (evening.isPending) return <p>{t('app.loading')}</p>;
  if (evening.isError) return <p>{problemText(t, evening.error)}</p>;
  return <EveningView evening={evening.data} language={i18n.language} />;
}

function EveningView({ evening, language }: { evening: Evening; language: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const book = useBook(evening.id);
  const cancel = useCancel(evening.id);
  const move = useMove(evening.id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [planning, setPlanning] = useState(false);
  // Joint meetings chosen: "studentId:teacherId" of the child whose section books them.
  const [together, setTogether] = useState<Set<string>>(new Set());
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const time = (iso: string) => formatTime(iso, language, evening.timezone);
  const teacherName = new Map(evening.students.flatMap((s) => s.teachers.map((teacher) => [teacher.teacherId, teacher.name] as const)));
  const nameOf = (a: Appointment) => teacherName.get(a.teacherId) ?? '';
  /** The child's brothers and sisters who also see this teacher and have no meeting with them yet (for a joint meeting, when the school holds them). */
  const siblingsOf = (studentId: string, teacherId: string) =>
    evening.jointMeetings
      ? evening.students
          .filter((s) => s.student.id !== studentId && s.teachers.some((x) => x.teacherId === teacherId) && !s.appointments.some((a) => a.status === 'active' && a.teacherId === teacherId))
          .map((s) => s.student)
      : [];

  function tell(next: Notice) {
    setNotice(next);
    announce(next.text);
    // After the list changes under it, focus goes to the message, not to the top of the page.
    setTimeout(() => noticeRef.current?.focus(), 0);
  }

  function onBook(studentId: string, teacherId: string, slot: { id: string; startsAt: string }, jointStudentIds?: string[]) {
    const teacher = teacherName.get(teacherId) ?? '';
    book.mutate(
      { studentId, teacherId, slotId: slot.id, ...(jointStudentIds?.length ? { jointStudentIds } : {}) },
      {
        onSuccess: () => tell({ kind: 'success', text: t('evening.booked', { teacher, time: time(slot.startsAt) }) }),
        onError: (error) => tell({ kind: 'problem', text: problemText(t, error) }),
      },
    );
  }

  function onMove(appointment: Appointment, slot: { id: string; startsAt: string }) {
    move.mutate(
      { appointmentId: appointment.id, slotId: slot.id },
      {
        onSuccess: () => tell({ kind: 'success', text: t('evening.moved', { teacher: nameOf(appointment), time: time(slot.startsAt) }) }),
        onError: (error) => tell({ kind: 'problem', text: problemText(t, error) }),
        onSettled: () => setMoving(null),
      },
    );
  }

  function onCancel(appointment: Appointment) {
    cancel.mutate(appointment.id, {
      onSuccess: () => tell({ kind: 'success', text: t('evening.cancelled', { teacher: nameOf(appointment), time: time(appointment.startsAt) }) }),
      onError: (error) => tell({ kind: 'problem', text: error instanceof ApiError ? problemText(t, error) : t('errors.generic') }),
      onSettled: () => setConfirming(null),
    });
  }

  // A joint meeting is listed under each of its children: once in the itinerary, naming them all.
  const active = evening.students
    .flatMap((s) => s.appointments.filter((a) => a.status === 'active' && a.studentId === s.student.id).map((a) => ({ appointment: a, student: s.student })))
    .map(({ appointment, student }) => ({
      appointment,
      student,
      children: [student.firstName, ...appointment.jointStudentIds.map((id) => evening.students.find((s) => s.student.id === id)?.student.firstName ?? '')].filter(Boolean).join(' & '),
    }));
  const itinerary = active.sort((a, b) => a.appointment.startsAt.localeCompare(b.appointment.startsAt));
  const busy = book.isPending || cancel.isPending || move.isPending;
  const unbooked = meetingsToBook(evening);
  // Only a family with a teacher who has no free time for a child asks for its waiting-list places.
  const places = useWaitingPlaces(evening.id, unbooked.some(({ teacher }) => teacher.freeSlots.length === 0));
  const placeOf = (studentId: string, teacherId: string) => places.data?.find((p) => p.studentId === studentId && p.teacherId === teacherId);
  // After booking closed, a family asks teachers instead of booking.
  const bookingClosed = Date.now() >= Date.parse(evening.closesAt);
  const lateRequests = useLateRequests(evening.id, bookingClosed && evening.status === 'published');
  const requestOf = (studentId: string, teacherId: string) => lateRequests.data?.filter((r) => r.studentId === studentId && r.teacherId === teacherId).at(-1);

  return (
    <>
      <PageHeading>{evening.name}</PageHeading>
      {zoneDiffers(evening.timezone) ? <p className="muted">{t('evening.timezone', { zone: evening.timezone })}</p> : null}
      {evening.location ? <p>{t('evening.location', { location: evening.location })}</p> : null}
      {bookingClosed && evening.status === 'published' ? <p>{t('evening.closedForBooking')}</p> : null}
      {notice ? (
        <p ref={noticeRef} tabIndex={-1} className={notice.kind === 'success' ? 'notice' : 'notice notice-problem'}>
          {notice.text}
        </p>
      ) : null}

      <section aria-labelledby="itinerary" className="itinerary">
        <h2 id="itinerary">{t('evening.itinerary')}</h2>
        {itinerary.length === 0 ? (
          <p>{t('evening.nothingBooked')}</p>
        ) : (
          <ol className="plain">
            {itinerary.map(({ appointment, children }) => (
              <li key={appointment.id}>
                <strong>{time(appointment.startsAt)}</strong> {formatDay(appointment.startsAt, language, evening.timezone)} · {nameOf(appointment)} · {children}
                {appointment.meetingLink ? (
                  <>
                    {' · '}
                    <a href={appointment.meetingLink} target="_blank" rel="noreferrer" aria-label={t('evening.joinLabel', { teacher: nameOf(appointment), time: time(appointment.startsAt) })}>
                      {t('evening.join')}
                    </a>
                  </>
                ) : null}
                {confirming === appointment.id ? (
                  <span className="confirm" role="group" aria-label={t('evening.confirmCancel', { teacher: nameOf(appointment), time: time(appointment.startsAt) })}>
                    {' '}
                    {t('evening.confirmCancel', { teacher: nameOf(appointment), time: time(appointment.startsAt) })}{' '}
                    <button type="button" className="warning" disabled={busy} onClick={() => onCancel(appointment)}>
                      {t('evening.yesCancel')}
                    </button>{' '}
                    <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                      {t('evening.keep')}
                    </button>
                  </span>
                ) : (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="secondary no-print"
                      aria-label={t('evening.calendarLabel', { teacher: nameOf(appointment), time: time(appointment.startsAt) })}
                      onClick={() => downloadCalendar(appointment.id).catch((error) => tell({ kind: 'problem', text: problemText(t, error) }))}
                    >
                      {t('evening.calendar')}
                    </button>{' '}
                    {new Date(appointment.cancellableUntil) > new Date() ? (
                      <button type="button" className="secondary no-print" aria-label={t('evening.cancelLabel', { teacher: nameOf(appointment), time: time(appointment.startsAt) })} onClick={() => setConfirming(appointment.id)}>
                        {t('evening.cancel')}
                      </button>
                    ) : (
                      <span className="muted no-print">{t('evening.cancelClosed')}</span>
                    )}
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
        <button type="button" className="secondary no-print" onClick={() => window.print()}>
          {t('evening.print')}
        </button>
        <CalendarSubscription />
      </section>

      {unbooked.length >= 2 && !planning && !bookingClosed ? (
        <p className="no-print">
          <button type="button" onClick={() => setPlanning(true)}>
            {t('evening.planMine')}
          </button>
        </p>
      ) : null}
      {planning ? (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <SchedulePlanner
            evening={evening}
            onDone={(count) => {
              setPlanning(false);
              tell({ kind: 'success', text: t('evening.bookedAll', { count }) });
            }}
          />
        </Suspense>
      ) : null}

      {evening.students.map(({ student, teachers, appointments, bookingOpensAt }) => {
        const child = student.firstName;
        const notYet = Date.parse(bookingOpensAt) > Date.now();
        const bookedWith = new Map(appointments.filter((a) => a.status === 'active').map((a) => [a.teacherId, a]));
        return (
          <section key={student.id} aria-labelledby={`child-${student.id}`} className="child no-print">
            <h2 id={`child-${student.id}`}>{t('evening.child', { name: `${student.firstName} ${student.lastName}` })}</h2>
            {teachers.length === 0 ? <p>{t('evening.noTeachers')}</p> : null}
            {notYet ? <p>{t('evening.opensForChild', { name: child, when: `${formatDay(bookingOpensAt, language, evening.timezone)} ${time(bookingOpensAt)}` })}</p> : null}
            {teachers.map((teacher) => {
              const booked = bookedWith.get(teacher.teacherId);
              const siblings = siblingsOf(student.id, teacher.teacherId);
              const jointKey = `${student.id}:${teacher.teacherId}`;
              const headingId = `t-${student.id}-${teacher.teacherId}`;
              return (
                <div key={teacher.teacherId} className="teacher">
                  <h3 id={headingId}>
                    {teacher.name}
                    {teacher.online || teacher.location ? <span className="muted"> · {teacher.online ? t('evening.byVideo') : teacher.location}</span> : null}
                  </h3>
                  {booked ? (
                    <>
                      <p className="booked">
                        {t('evening.bookedWith', { time: time(booked.startsAt) })}{' '}
                        {moving !== booked.id && teacher.freeSlots.length > 0 ? (
                          <button type="button" className="secondary" aria-label={t('evening.changeLabel', { teacher: teacher.name, child })} onClick={() => setMoving(booked.id)}>
                            {t('evening.change')}
                          </button>
                        ) : null}
                      </p>
                      {moving === booked.id ? (
                        <ul className="slots" aria-label={t('evening.moveTo', { teacher: teacher.name })}>
                          {teacher.freeSlots.map((slot) => (
                            <li key={slot.id}>
                              <button type="button" disabled={busy} aria-label={t('evening.moveLabel', { time: time(slot.startsAt), teacher: teacher.name, child })} onClick={() => onMove(booked, slot)}>
                                {time(slot.startsAt)}
                              </button>
                            </li>
                          ))}
                          <li>
                            <button type="button" className="secondary" onClick={() => setMoving(null)}>
                              {t('evening.keep')}
                            </button>
                          </li>
                        </ul>
                      ) : null}
                    </>
                  ) : notYet ? null : bookingClosed ? (
                    evening.status === 'published' ? (
                      <Suspense fallback={null}>
                        <LateRequestActions
                          eveningId={evening.id}
                          studentId={student.id}
                          teacherId={teacher.teacherId}
                          teacher={teacher.name}
                          child={child}
                          request={requestOf(student.id, teacher.teacherId)}
                          when={(iso) => `${formatDay(iso, language, evening.timezone)} ${time(iso)}`}
                          tell={tell}
                        />
                      </Suspense>
                    ) : null
                  ) : teacher.freeSlots.length === 0 ? (
                    <Suspense fallback={<p>{t('evening.noSlots')}</p>}>
                    <WaitingListActions
                      eveningId={evening.id}
                      studentId={student.id}
                      teacherId={teacher.teacherId}
                      teacher={teacher.name}
                      child={child}
                      place={placeOf(student.id, teacher.teacherId)}
                      busy={busy}
                      time={time}
                      onTake={(slot) => onBook(student.id, teacher.teacherId, slot)}
                      tell={tell}
                    />
                    </Suspense>
                  ) : (
                    <>
                    {siblings.length ? (
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={together.has(jointKey)}
                          onChange={() => setTogether(toggled(together, jointKey))}
                        />{' '}
                        {t('evening.together', { children: siblings.map((s) => s.firstName).join(' & ') })}
                      </label>
                    ) : null}
                    <ul className="slots" aria-labelledby={headingId}>
                      {teacher.freeSlots.map((slot) => (
                        <li key={slot.id}>
                          <button
                            type="button"
                            disabled={busy}
                            aria-label={t('evening.bookLabel', { time: time(slot.startsAt), teacher: teacher.name, child })}
                            onClick={() => onBook(student.id, teacher.teacherId, slot, together.has(jointKey) ? siblings.map((s) => s.id) : undefined)}
                          >
                            {time(slot.startsAt)}
                          </button>
                        </li>
                      ))}
                    </ul>
                    </>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
