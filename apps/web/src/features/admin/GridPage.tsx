import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDay, formatTime } from '../../i18n/format';
import { startingIn } from '../staff/sessions';
import { PageHeading, problemText, useAnnounce } from '../../ui/ui';
import {
  useAdminEvening,
  useBookForFamily,
  useCancelAppointment,
  useGrid,
  useMoveAppointment,
  useSlotOffered,
  useStudentContacts,
  useTeacherStudents,
  type Grid,
  type GridSlot,
} from './api';

type Session = { startsAt: string; endsAt: string };

/** The office's live view of an evening: teachers × times, free, booked (with the student) or not offered. */
export function GridPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const evening = useAdminEvening(id);
  const grid = useGrid(id);
  if (evening.isPending || grid.isPending) return <p>{t('app.loading')}</p>;
  if (evening.isError) return <p>{problemText(t, evening.error)}</p>;
  if (grid.isError) return <p>{problemText(t, grid.error)}</p>;
  return <GridView name={evening.data.name} sessions={evening.data.sessions} grid={grid.data} updatedAt={grid.dataUpdatedAt} />;
}

function GridView({ name, sessions, grid, updatedAt }: { name: string; sessions: Session[]; grid: Grid; updatedAt: number }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState('');
  const [onlyFree, setOnlyFree] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const time = (iso: string) => formatTime(iso, i18n.language, grid.timezone);

  const byTeacher = useMemo(() => {
    const cells = new Map<string, Map<string, GridSlot>>();
    for (const slot of grid.slots) {
      const row = cells.get(slot.teacherId) ?? new Map<string, GridSlot>();
      row.set(slot.startsAt, slot);
      cells.set(slot.teacherId, row);
    }
    return cells;
  }, [grid.slots]);
  const nameOf = new Map(grid.teachers.map((teacher) => [teacher.teacherId, teacher.name ?? t('admin.teacherRemoved')]));
  const term = filter.trim().toLocaleLowerCase(i18n.language);
  const teachers = grid.teachers.filter(
    (teacher) =>
      (!term || (teacher.name ?? '').toLocaleLowerCase(i18n.language).includes(term)) &&
      (!onlyFree || [...(byTeacher.get(teacher.teacherId)?.values() ?? [])].some((slot) => slot.state === 'free')),
  );
  const slot = selected ? grid.slots.find((s) => s.id === selected) ?? null : null;

  function open(id: string) {
    setSelected(id);
    setTimeout(() => panelHeading.current?.focus(), 0);
  }

  return (
    <>
      <PageHeading>{t('admin.gridTitle', { evening: name })}</PageHeading>
      <p className="no-print">
        <Link to="/">{t('app.back')}</Link>
      </p>
      <dl className="counts" aria-label={t('admin.counts')}>
        <div>
          <dt>{t('admin.booked')}</dt>
          <dd>{grid.counts.booked}</dd>
        </div>
        <div>
          <dt>{t('admin.free')}</dt>
          <dd>{grid.counts.free}</dd>
        </div>
        <div>
          <dt>{t('admin.notOffered')}</dt>
          <dd>{grid.counts.blocked}</dd>
        </div>
        <div>
          <dt>{t('admin.familiesNotBooked')}</dt>
          <dd>{grid.counts.familiesNotBooked}</dd>
        </div>
      </dl>
      <p className="muted">{t('admin.updated', { time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(updatedAt) })}</p>

      <ul className="legend" aria-label={t('admin.legend')}>
        <li>
          <span className="cell cell-free" aria-hidden="true" /> {t('admin.legendFree')}
        </li>
        <li>
          <span className="cell cell-booked" aria-hidden="true">
            {t('admin.legendName')}
          </span>{' '}
          {t('admin.legendBooked')}
        </li>
        <li>
          <span className="cell cell-blocked" aria-hidden="true">
            —
          </span>{' '}
          {t('admin.legendBlocked')}
        </li>
      </ul>

      {slot ? <CellPanel key={slot.id} slot={slot} grid={grid} teacherName={nameOf.get(slot.teacherId) ?? ''} headingRef={panelHeading} onDone={() => setSelected(null)} /> : null}

      <div className="grid-filters">
        <div className="field">
          <label htmlFor="teacher-filter">{t('admin.filterTeachers')}</label>
          <input id="teacher-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={onlyFree} onChange={(e) => setOnlyFree(e.target.checked)} /> {t('admin.onlyFree')}
        </label>
      </div>

      {sessions.map((session) => {
        const times = [...new Set(startingIn(grid.slots, session).map((s) => s.startsAt))].sort();
        const caption = `${formatDay(session.startsAt, i18n.language, grid.timezone)}, ${time(session.startsAt)}–${time(session.endsAt)}`;
        return (
          <div key={session.startsAt} className="grid-scroll" role="region" aria-label={caption} tabIndex={0}>
            <table className="grid">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.teacher')}</th>
                  {times.map((at) => (
                    <th scope="col" key={at}>
                      {time(at)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {teachers.map((teacher) => {
                  const row = byTeacher.get(teacher.teacherId);
                  const name = nameOf.get(teacher.teacherId) ?? '';
                  return (
                    <tr key={teacher.teacherId}>
                      <th scope="row">{name}</th>
                      {times.map((at) => {
                        const cell = row?.get(at);
                        if (!cell) return <td key={at} />;
                        const what = cell.state === 'booked' ? cell.studentName ?? t('admin.studentRemoved') : t(`admin.state.${cell.state}`);
                        return (
                          <td key={at}>
                            <button
                              type="button"
                              className={`cell cell-${cell.state}`}
                              aria-pressed={selected === cell.id}
                              aria-label={t('admin.cellLabel', { teacher: name, time: time(at), what })}
                              onClick={() => open(cell.id)}
                            >
                              {cell.state === 'booked' ? (cell.studentName ?? '?').split(' ')[0] : cell.state === 'blocked' ? '—' : ''}
                            </button>
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}

/** What the office can do with one cell: book a free time for a family, move or cancel a booking, offer or not. */
function CellPanel({ slot, grid, teacherName, headingRef, onDone }: { slot: GridSlot; grid: Grid; teacherName: string; headingRef: React.RefObject<HTMLHeadingElement | null>; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const eveningId = grid.eveningId;
  const [notice, setNotice] = useState<{ problem: boolean; text: string } | null>(null);
  const time = (iso: string) => formatTime(iso, i18n.language, grid.timezone);
  const when = `${time(slot.startsAt)}, ${formatDay(slot.startsAt, i18n.language, grid.timezone)}`;
  const done = (text: string) => {
    announce(text);
    setNotice({ problem: false, text });
  };
  const failed = (error: unknown) => setNotice({ problem: true, text: problemText(t, error) });

  return (
    <section className="cell-panel" aria-labelledby="cell-title">
      <h2 id="cell-title" ref={headingRef} tabIndex={-1}>
        {teacherName}, {when}
      </h2>
      {notice ? <p className={notice.problem ? 'notice notice-problem' : 'notice'}>{notice.text}</p> : null}
      {slot.state === 'booked' ? (
        <Booked slot={slot} grid={grid} when={when} onDone={done} onFailed={failed} />
      ) : slot.state === 'free' ? (
        <Free slot={slot} eveningId={eveningId} teacherName={teacherName} when={when} onDone={done} onFailed={failed} />
      ) : (
        <Offer slot={slot} eveningId={eveningId} when={when} onDone={done} onFailed={failed} />
      )}
      <p>
        <button type="button" className="link-button" onClick={onDone}>
          {t('admin.close')}
        </button>
      </p>
    </section>
  );
}

interface ActionProps {
  slot: GridSlot;
  when: string;
  onDone: (text: string) => void;
  onFailed: (error: unknown) => void;
}

function Booked({ slot, grid, when, onDone, onFailed }: ActionProps & { grid: Grid }) {
  const { t, i18n } = useTranslation();
  const move = useMoveAppointment(grid.eveningId);
  const cancel = useCancelAppointment(grid.eveningId);
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const free = grid.slots.filter((s) => s.teacherId === slot.teacherId && s.state === 'free');
  const student = slot.studentName ?? t('admin.studentRemoved');
  const label = (s: GridSlot) => `${formatTime(s.startsAt, i18n.language, grid.timezone)}, ${formatDay(s.startsAt, i18n.language, grid.timezone)}`;

  function onMove(event: FormEvent) {
    event.preventDefault();
    const to = free.find((s) => s.id === target);
    if (!to) return;
    move.mutate({ appointmentId: slot.appointmentId!, slotId: to.id }, { onSuccess: () => onDone(t('admin.moved', { student, when: label(to) })), onError: onFailed });
  }
  function onCancel(event: FormEvent) {
    event.preventDefault();
    cancel.mutate({ appointmentId: slot.appointmentId!, reason: reason.trim() }, { onSuccess: () => onDone(t('admin.cancelled', { student, when })), onError: onFailed });
  }

  return (
    <>
      <p>{t('admin.bookedBy', { student })}</p>
      <form onSubmit={onMove} className="inline-form">
        <div className="field">
          <label htmlFor="move-to">{t('admin.moveTo')}</label>
          <select id="move-to" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{free.length ? t('admin.chooseTime') : t('admin.noFreeTime')}</option>
            {free.map((s) => (
              <option key={s.id} value={s.id}>
                {label(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!target || move.isPending}>
          {t('admin.move')}
        </button>
      </form>
      <form onSubmit={onCancel}>
        <div className="field">
          <label htmlFor="cancel-reason">{t('admin.cancelReason')}</label>
          <div className="hint" id="cancel-reason-hint">
            {t('admin.cancelReasonHint')}
          </div>
          <textarea id="cancel-reason" rows={2} maxLength={500} aria-describedby="cancel-reason-hint" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" className="warning" disabled={cancel.isPending}>
          {t('admin.cancel')}
        </button>
      </form>
    </>
  );
}

function Free({ slot, eveningId, teacherName, when, onDone, onFailed }: ActionProps & { eveningId: string; teacherName: string }) {
  const { t } = useTranslation();
  const teacher = useTeacherStudents(slot.teacherId);
  const [studentId, setStudentId] = useState('');
  const [contactId, setContactId] = useState('');
  const student = useStudentContacts(studentId || null);
  const book = useBookForFamily(eveningId);
  const offer = useSlotOffered(eveningId);
  const studentName = teacher.data?.students.find((s) => s.student.id === studentId)?.student;

  function onBook(event: FormEvent) {
    event.preventDefault();
    if (!studentId || !contactId) return;
    book.mutate(
      { studentId, contactId, teacherId: slot.teacherId, slotId: slot.id },
      { onSuccess: () => onDone(t('admin.bookedFor', { student: `${studentName?.firstName ?? ''} ${studentName?.lastName ?? ''}`.trim(), teacher: teacherName, when })), onError: onFailed },
    );
  }

  return (
    <>
      <form onSubmit={onBook}>
        <h3>{t('admin.bookForFamily')}</h3>
        <div className="field">
          <label htmlFor="book-student">{t('admin.student')}</label>
          <select id="book-student" value={studentId} onChange={(e) => { setStudentId(e.target.value); setContactId(''); }}>
            <option value="">{t('admin.chooseStudent')}</option>
            {(teacher.data?.students ?? []).map(({ student, label }) => (
              <option key={student.id} value={student.id}>
                {student.firstName} {student.lastName}
                {label ? ` (${label})` : ''}
              </option>
            ))}
          </select>
        </div>
        {studentId ? (
          <div className="field">
            <label htmlFor="book-contact">{t('admin.contact')}</label>
            <select id="book-contact" value={contactId} onChange={(e) => setContactId(e.target.value)}>
              <option value="">{t('admin.chooseContact')}</option>
              {(student.data?.contacts ?? []).map(({ contact, relationship }) => (
                <option key={contact.id} value={contact.id}>
                  {[contact.title, contact.firstName, contact.lastName].filter(Boolean).join(' ')} ({t(`relationship.${relationship}`, { defaultValue: relationship })})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" disabled={!studentId || !contactId || book.isPending}>
          {t('admin.book')}
        </button>
      </form>
      <p>
        <button type="button" className="secondary" disabled={offer.isPending} onClick={() => offer.mutate({ slotId: slot.id, offered: false }, { onSuccess: () => onDone(t('admin.notOfferedNow', { when })), onError: onFailed })}>
          {t('admin.doNotOffer')}
        </button>
      </p>
    </>
  );
}

function Offer({ slot, eveningId, when, onDone, onFailed }: ActionProps & { eveningId: string }) {
  const { t } = useTranslation();
  const offer = useSlotOffered(eveningId);
  return (
    <>
      <p>{t('admin.notOfferedExplained')}</p>
      <button type="button" disabled={offer.isPending} onClick={() => offer.mutate({ slotId: slot.id, offered: true }, { onSuccess: () => onDone(t('admin.offeredNow', { when })), onError: onFailed })}>
        {t('admin.offerAgain')}
      </button>
    </>
  );
}
