import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { formatTime } from '../../i18n/format';
import { instantToZoned, zonedToInstant } from '../../i18n/zoned-time';
import { problemText, useAnnounce } from '../../ui/ui';
import { meetingsToBook } from './meetings';

type Evening = Schemas['ParentEveningView'];
type Proposal = Schemas['ScheduleProposalView'];
type Meeting = { studentId: string; teacherId: string };

const key = (m: Meeting) => `${m.studentId}:${m.teacherId}`;

/**
 * "Plan my evening for me": the parent ticks the teachers to see, PTC proposes the most compact
 * times (nothing is held), and "Book all" books every one of them or none. Loaded only when asked for.
 */
export default function SchedulePlanner({ evening, onDone }: { evening: Evening; onDone: (booked: number) => void }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const client = useQueryClient();
  const open = meetingsToBook(evening).map(({ student, teacher }) => ({ studentId: student.id, teacherId: teacher.teacherId, teacherName: teacher.name, label: `${teacher.name} · ${student.firstName}` }));
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(open.map(key)));
  const [earliest, setEarliest] = useState('');
  const [latest, setLatest] = useState('');
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const time = (iso: string) => formatTime(iso, i18n.language, evening.timezone);
  // The evening's day, from its first free time: "not before 17:00" is on that day, in the school's zone.
  const firstFree = evening.students.flatMap((s) => s.teachers.flatMap((teacher) => teacher.freeSlots.map((slot) => slot.startsAt))).sort()[0];
  const onDay = (hhmm: string) => (hhmm && firstFree ? zonedToInstant(instantToZoned(firstFree, evening.timezone).date, hhmm, evening.timezone) : undefined);

  const propose = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/parent/events/{id}/schedule-proposals', {
          params: { path: { id: evening.id } },
          body: { meetings: open.filter((m) => chosen.has(key(m))).map(({ studentId, teacherId }) => ({ studentId, teacherId })), earliest: onDay(earliest), latest: onDay(latest) },
        }),
      ),
  });
  const bookAll = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/parent/events/{id}/schedule-proposals/{proposalId}/book', { params: { path: { id: evening.id, proposalId: id } } })),
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['parent', 'evening', evening.id] }), client.invalidateQueries({ queryKey: ['parent', 'appointments'] })]),
  });

  function explain(error: unknown): string {
    if (error instanceof ApiError && error.code === 'SCHEDULE.NO_FIT') {
      const without = (error.body?.details as { teachersWithoutTime?: string[] } | undefined)?.teachersWithoutTime ?? [];
      const names = open.filter((m) => without.includes(m.teacherId)).map((m) => m.teacherName);
      return names.length ? t('planner.noTimeWith', { teachers: [...new Set(names)].join(', ') }) : t('planner.noFit');
    }
    return problemText(t, error);
  }

  function onPropose(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setProposal(null);
    if (chosen.size === 0) return setProblem(t('planner.chooseSome'));
    propose.mutate(undefined, {
      onSuccess: (found) => {
        setProposal(found);
        announce(t('planner.proposed', { count: found.appointments.length, minutes: found.minutes }));
      },
      onError: (error) => {
        const text = explain(error);
        setProblem(text);
        announce(text);
      },
    });
  }

  function onBookAll(id: string) {
    setProblem(null);
    bookAll.mutate(id, {
      onSuccess: (booked) => onDone(booked.appointments.length),
      onError: (error) => {
        const fresh = error instanceof ApiError && error.code === 'SCHEDULE.TAKEN_MEANWHILE' ? ((error.body?.details as { proposal?: Proposal | null } | undefined)?.proposal ?? null) : null;
        setProposal(fresh);
        const text = error instanceof ApiError && error.code === 'SCHEDULE.TAKEN_MEANWHILE' ? t(fresh ? 'planner.takenNewProposal' : 'planner.takenNoFit') : problemText(t, error);
        setProblem(text);
        announce(text);
      },
    });
  }

  return (
    <section aria-labelledby="planner" className="planner no-print">
      <h2 id="planner">{t('planner.title')}</h2>
      <form onSubmit={onPropose}>
        <fieldset>
          <legend>{t('planner.whom')}</legend>
          {open.map((m) => (
            <label key={key(m)} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(key(m))}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(key(m));
                  else next.delete(key(m));
                  setChosen(next);
                }}
              />{' '}
              {m.label}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="planner-earliest">{t('planner.earliest')}</label>
          <input id="planner-earliest" type="time" value={earliest} onChange={(e) => setEarliest(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="planner-latest">{t('planner.latest')}</label>
          <input id="planner-latest" type="time" value={latest} onChange={(e) => setLatest(e.target.value)} />
        </div>
        <button type="submit" disabled={propose.isPending}>
          {t('planner.propose')}
        </button>
      </form>
      {problem ? <p className="notice notice-problem">{problem}</p> : null}
      {proposal ? (
        <div aria-labelledby="planner-proposal">
          <h3 id="planner-proposal">{t('planner.proposal', { from: time(proposal.startsAt), to: time(proposal.endsAt) })}</h3>
          <ol className="plain">
            {proposal.appointments.map((a) => (
              <li key={a.slotId}>
                <strong>{time(a.startsAt)}</strong> · {a.teacher} · {a.student}
              </li>
            ))}
          </ol>
          <button type="button" disabled={bookAll.isPending} onClick={() => onBookAll(proposal.id)}>
            {t('planner.bookAll', { count: proposal.appointments.length })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
