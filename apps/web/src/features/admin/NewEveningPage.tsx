import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { zonedToInstant } from '../../i18n/zoned-time';
import { ErrorSummary, Field, PageHeading, problemText, type FieldProblem } from '../../ui/ui';
import { useCreateEvening } from './api';

type SessionRow = { date: string; start: string; end: string };

/** The API's per-field problems (a 400's details), as the summary lists them. */
function fieldDetails(error: unknown): FieldProblem[] | null {
  const details = error instanceof ApiError ? (error.body?.details as { field: string; problems: string[] }[] | undefined) : undefined;
  return Array.isArray(details) && details.length ? details.flatMap((d) => d.problems.map((problem) => ({ message: `${d.field}: ${problem}` }))) : null;
}

const SLOT_LENGTHS = [5, 10, 15, 20, 30];
const GAPS = [0, 5, 10];

/** The office sets up a parents' evening: it is created as a draft, to check and adjust before publishing. */
export function NewEveningPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const school = useQuery({ queryKey: ['school'], queryFn: () => unwrap(api.GET('/api/v1/school')) });
  const years = useQuery({ queryKey: ['admin', 'year-labels'], queryFn: () => unwrap(api.GET('/api/v1/admin/students/year-labels')) });
  const create = useCreateEvening();
  const [name, setName] = useState('');
  const [location, setLocation] = useState('');
  const [sessions, setSessions] = useState<SessionRow[]>([{ date: '', start: '16:00', end: '19:00' }]);
  const [slotMinutes, setSlotMinutes] = useState(10);
  const [gapMinutes, setGapMinutes] = useState(0);
  const [opens, setOpens] = useState({ date: '', time: '09:00' });
  const [closes, setCloses] = useState({ date: '', time: '12:00' });
  const [cap, setCap] = useState('');
  const [yearLabels, setYearLabels] = useState<string[]>([]);
  const [choose, setChoose] = useState(false);
  const [teacherIds, setTeacherIds] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const teachers = useQuery({
    queryKey: ['admin', 'teachers', search],
    queryFn: () => unwrap(api.GET('/api/v1/admin/teachers', { params: { query: { limit: 100, ...(search.trim() ? { q: search.trim() } : {}) } } })),
    enabled: choose,
  });
  const zone = school.data?.timezone ?? 'UTC';

  function problemsOfForm(): FieldProblem[] {
    const found: FieldProblem[] = [];
    if (!name.trim()) found.push({ field: 'evening-name', message: t('wizard.needName') });
    sessions.forEach((s, i) => {
      if (!s.date || !s.start || !s.end) found.push({ field: `session-${i}-date`, message: t('wizard.needSession', { n: i + 1 }) });
      else if (s.end <= s.start) found.push({ field: `session-${i}-end`, message: t('wizard.sessionEnds', { n: i + 1 }) });
    });
    if (!opens.date || !opens.time) found.push({ field: 'opens-date', message: t('wizard.needOpens') });
    if (!closes.date || !closes.time) found.push({ field: 'closes-date', message: t('wizard.needCloses') });
    if (choose && teacherIds.length === 0) found.push({ field: 'teacher-search', message: t('wizard.needTeachers') });
    return found;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = problemsOfForm();
    setProblems(found);
    if (found.length) return;
    create.mutate(
      {
        name: name.trim(),
        sessions,
        slotMinutes,
        gapMinutes,
        opensAt: zonedToInstant(opens.date, opens.time, zone),
        closesAt: zonedToInstant(closes.date, closes.time, zone),
        ...(location.trim() ? { location: location.trim() } : {}),
        ...(cap ? { capPerStudent: Number(cap) } : {}),
        ...(yearLabels.length ? { yearLabels } : {}),
        ...(choose ? { teacherIds } : {}),
      },
      {
        onSuccess: (evening) => navigate(`/admin/evenings/${evening.id}`),
        onError: (error) =>
          setProblems(fieldDetails(error) ?? [{ message: problemText(t, error) }]),
      },
    );
  }

  const setSession = (i: number, change: Partial<SessionRow>) => setSessions(sessions.map((s, k) => (k === i ? { ...s, ...change } : s)));
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <>
      <PageHeading>{t('wizard.title')}</PageHeading>
      <p>{t('wizard.intro', { zone })}</p>
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={onSubmit}>
        <Field id="evening-name" label={t('wizard.name')} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        <Field id="evening-location" label={t('wizard.location')} hint={t('wizard.locationHint')} value={location} onChange={(e) => setLocation(e.target.value)} maxLength={300} />

        <fieldset className="field">
          <legend>{t('wizard.sessions', { zone })}</legend>
          {sessions.map((s, i) => (
            <div key={i} className="field-row session-row" role="group" aria-label={t('wizard.session', { n: i + 1 })}>
              <Field id={`session-${i}-date`} label={t('wizard.date')} type="date" value={s.date} onChange={(e) => setSession(i, { date: e.target.value })} />
              <Field id={`session-${i}-start`} label={t('wizard.start')} type="time" value={s.start} onChange={(e) => setSession(i, { start: e.target.value })} />
              <Field id={`session-${i}-end`} label={t('wizard.end')} type="time" value={s.end} onChange={(e) => setSession(i, { end: e.target.value })} />
              {sessions.length > 1 ? (
                <button type="button" className="secondary" aria-label={t('wizard.removeSessionLabel', { n: i + 1 })} onClick={() => setSessions(sessions.filter((_, k) => k !== i))}>
                  {t('wizard.removeSession')}
                </button>
              ) : null}
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => setSessions([...sessions, { date: '', start: sessions.at(-1)?.start ?? '16:00', end: sessions.at(-1)?.end ?? '19:00' }])}>
            {t('wizard.addSession')}
          </button>
        </fieldset>

        <div className="field-row">
          <div className="field">
            <label htmlFor="slot-minutes">{t('wizard.slotMinutes')}</label>
            <select id="slot-minutes" value={slotMinutes} onChange={(e) => setSlotMinutes(Number(e.target.value))}>
              {SLOT_LENGTHS.map((n) => (
                <option key={n} value={n}>
                  {t('wizard.minutes', { n })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="gap-minutes">{t('wizard.gap')}</label>
            <select id="gap-minutes" value={gapMinutes} onChange={(e) => setGapMinutes(Number(e.target.value))}>
              {GAPS.map((n) => (
                <option key={n} value={n}>
                  {t('wizard.minutes', { n })}
                </option>
              ))}
            </select>
          </div>
          <Field id="cap" label={t('wizard.cap')} hint={t('wizard.capHint')} type="number" min={1} max={50} inputMode="numeric" value={cap} onChange={(e) => setCap(e.target.value)} />
        </div>

        <fieldset className="field">
          <legend>{t('wizard.window', { zone })}</legend>
          <div className="field-row">
            <Field id="opens-date" label={t('wizard.opensDate')} type="date" value={opens.date} onChange={(e) => setOpens({ ...opens, date: e.target.value })} />
            <Field id="opens-time" label={t('wizard.opensTime')} type="time" value={opens.time} onChange={(e) => setOpens({ ...opens, time: e.target.value })} />
          </div>
          <div className="field-row">
            <Field id="closes-date" label={t('wizard.closesDate')} type="date" value={closes.date} onChange={(e) => setCloses({ ...closes, date: e.target.value })} />
            <Field id="closes-time" label={t('wizard.closesTime')} type="time" value={closes.time} onChange={(e) => setCloses({ ...closes, time: e.target.value })} />
          </div>
        </fieldset>

        <fieldset className="field">
          <legend>{t('wizard.years')}</legend>
          <div className="hint">{t('wizard.yearsHint')}</div>
          {(years.data ?? []).map((label) => (
            <label key={label} className="checkbox">
              <input type="checkbox" checked={yearLabels.includes(label)} onChange={() => setYearLabels(toggle(yearLabels, label))} /> {label}
            </label>
          ))}
        </fieldset>

        <fieldset className="field">
          <legend>{t('wizard.teachers')}</legend>
          <label className="radio">
            <input type="radio" name="teachers" checked={!choose} onChange={() => setChoose(false)} /> {t('wizard.allTeachers')}
          </label>
          <label className="radio">
            <input type="radio" name="teachers" checked={choose} onChange={() => setChoose(true)} /> {t('wizard.someTeachers')}
          </label>
          {choose ? (
            <div className="teacher-picker">
              <Field id="teacher-search" label={t('wizard.searchTeachers')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
              <p className="muted">{t('wizard.chosen', { count: teacherIds.length })}</p>
              {(teachers.data?.items ?? []).map((teacher) => (
                <label key={teacher.id} className="checkbox">
                  <input type="checkbox" checked={teacherIds.includes(teacher.id)} onChange={() => setTeacherIds(toggle(teacherIds, teacher.id))} />{' '}
                  {[teacher.title, teacher.firstName, teacher.lastName].filter(Boolean).join(' ')}
                </label>
              ))}
            </div>
          ) : null}
        </fieldset>

        <button type="submit" disabled={create.isPending}>
          {t('wizard.create')}
        </button>
      </form>
    </>
  );
}
