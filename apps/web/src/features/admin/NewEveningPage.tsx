import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { instantToZoned, zonedToInstant } from '../../i18n/zoned-time';
import { ErrorSummary, Field, PageHeading, problemsOf, problemText, type FieldProblem } from '../../ui/ui';
import { useAdminEvening, useCreateEvening, useUpdateDetails, useUpdateDraft } from './api';
import { OpeningStages, stageProblems, stageRows, stagesOf, type StageRow } from './OpeningStages';

type SessionRow = { date: string; start: string; end: string };

const SLOT_LENGTHS = [5, 10, 15, 20, 30];
const GAPS = [0, 5, 10];

interface EveningFormValues {
  name: string;
  location: string;
  online: boolean;
  sessions: SessionRow[];
  slotMinutes: number;
  gapMinutes: number;
  opens: { date: string; time: string };
  closes: { date: string; time: string };
  cap: string;
  yearLabels: string[];
  stages: StageRow[];
  choose: boolean;
  teacherIds: string[];
}

const BLANK: EveningFormValues = {
  name: '',
  location: '',
  online: false,
  sessions: [{ date: '', start: '16:00', end: '19:00' }],
  slotMinutes: 10,
  gapMinutes: 0,
  opens: { date: '', time: '09:00' },
  closes: { date: '', time: '12:00' },
  cap: '',
  yearLabels: [],
  stages: [],
  choose: false,
  teacherIds: [],
};

/** The office sets up a parents' evening: it is created as a draft, to check and adjust before publishing. */
export function NewEveningPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvening();
  return (
    <EveningForm
      title={t('wizard.title')}
      submitLabel={t('wizard.create')}
      initial={BLANK}
      pending={create.isPending}
      send={(body, onError) => create.mutate(body, { onSuccess: (evening) => navigate(`/admin/evenings/${evening.id}`), onError })}
    />
  );
}

/** A draft's whole set-up, changed: its sessions and times are made again; teachers who stay keep their hours. */
export function EditEveningPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const evening = useAdminEvening(id);
  const update = useUpdateDraft(id);
  if (evening.isPending) return <p>{t('app.loading')}</p>;
  if (evening.isError) return <p>{problemText(t, evening.error)}</p>;
  const initial = formValuesOf(evening.data);
  const e = evening.data;
  return (
    <EveningForm
      title={t('wizard.editTitle', { evening: e.name })}
      submitLabel={t('wizard.save')}
      initial={initial}
      pending={update.isPending}
      send={(body, onError) => update.mutate(body, { onSuccess: () => navigate(`/admin/evenings/${id}`), onError })}
    />
  );
}

/** An evening as the form edits it, its times in the school's zone. */
function formValuesOf(e: Schemas['EveningDetailView']): EveningFormValues {
  return {
    name: e.name,
    location: e.location ?? '',
    online: e.online,
    sessions: e.sessions.map((s) => ({ date: s.date, start: s.start, end: s.end })),
    slotMinutes: e.slotMinutes,
    gapMinutes: e.gapMinutes,
    opens: instantToZoned(e.opensAt, e.timezone),
    closes: instantToZoned(e.closesAt, e.timezone),
    cap: e.capPerStudent ? String(e.capPerStudent) : '',
    yearLabels: e.yearLabels ?? [],
    stages: stageRows(e.openingStages, e.timezone),
    choose: true,
    teacherIds: e.teachers.map((teacher) => teacher.teacherId),
  };
}

/** The evening's form; `fixed`: families can see the evening, so its sessions, appointment length, video and teachers stay as they are (teachers change on the set-up page). */
/** What may change once families can see the evening: its name, place, booking window, cap, year groups and staged opening. */
export function EveningDetailsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const evening = useAdminEvening(id);
  const update = useUpdateDetails(id);
  const [conflict, setConflict] = useState<number | null>(null);
  const last = useRef<{ body: Schemas['EveningDetailsDto']; onError: (error: unknown) => void } | null>(null);
  if (evening.isPending) return <p>{t('app.loading')}</p>;
  if (evening.isError) return <p>{problemText(t, evening.error)}</p>;
  const e = evening.data;
  const save = (body: Schemas['EveningDetailsDto'], onError: (error: unknown) => void, cancelAffected: boolean) => {
    last.current = { body, onError };
    update.mutate(
      { body, cancelAffected },
      {
        onSuccess: () => navigate(`/admin/evenings/${id}`),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'EVENING.YEARS_HAVE_BOOKINGS') setConflict(Number((error.body?.details as { appointments?: number } | undefined)?.appointments ?? 1));
          else onError(error);
        },
      },
    );
  };
  return (
    <EveningForm
      title={t('details.title', { evening: e.name })}
      submitLabel={t('wizard.save')}
      initial={{ ...formValuesOf(e), choose: false }}
      pending={update.isPending}
      fixed
      send={(body, onError) =>
        save(
          {
            name: body.name,
            location: body.location ?? null,
            opensAt: body.opensAt,
            closesAt: body.closesAt,
            capPerStudent: body.capPerStudent ?? null,
            yearLabels: body.yearLabels ?? null,
            openingStages: body.openingStages ?? null,
          },
          onError,
          false,
        )
      }
    >
      <p className="hint">{t('details.hint')}</p>
      {conflict ? (
        <div className="notice notice-problem" role="alert">
          <p>{t('details.yearsConflict', { count: conflict })}</p>
          <button type="button" className="warning" disabled={update.isPending} onClick={() => last.current && save(last.current.body, last.current.onError, true)}>
            {t('details.cancelAffected', { count: conflict })}
          </button>
        </div>
      ) : null}
    </EveningForm>
  );
}

function EveningForm({
  title,
  submitLabel,
  initial,
  pending,
  send,
  fixed = false,
  children,
}: {
  title: string;
  submitLabel: string;
  initial: EveningFormValues;
  pending: boolean;
  send: (body: Schemas['CreateEveningDto'], onError: (error: unknown) => void) => void;
  fixed?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const school = useQuery({ queryKey: ['school'], queryFn: () => unwrap(api.GET('/api/v1/school')) });
  const years = useQuery({ queryKey: ['admin', 'year-labels'], queryFn: () => unwrap(api.GET('/api/v1/admin/students/year-labels')) });
  const [name, setName] = useState(initial.name);
  const [location, setLocation] = useState(initial.location);
  const [online, setOnline] = useState(initial.online);
  const rules = useQuery({ queryKey: ['admin', 'booking-settings'], queryFn: () => unwrap(api.GET('/api/v1/admin/booking-settings')) });
  const videoAddress = Boolean(rules.data?.videoLinkTemplate);
  const [sessions, setSessions] = useState<SessionRow[]>(initial.sessions);
  const [slotMinutes, setSlotMinutes] = useState(initial.slotMinutes);
  const [gapMinutes, setGapMinutes] = useState(initial.gapMinutes);
  const [opens, setOpens] = useState(initial.opens);
  const [closes, setCloses] = useState(initial.closes);
  const [cap, setCap] = useState(initial.cap);
  const [yearLabels, setYearLabels] = useState<string[]>(initial.yearLabels);
  const [stages, setStages] = useState<StageRow[]>(initial.stages);
  const [choose, setChoose] = useState(initial.choose);
  const [teacherIds, setTeacherIds] = useState<string[]>(initial.teacherIds);
  const [picked, setPicked] = useState(new Map<string, Schemas['AdultWithAccessView'] | Schemas['AdultView']>());
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
    return [...found, ...stageProblems(stages, t)];
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = problemsOfForm();
    setProblems(found);
    if (found.length) return;
    send(
      {
        name: name.trim(),
        sessions,
        slotMinutes,
        gapMinutes,
        opensAt: zonedToInstant(opens.date, opens.time, zone),
        closesAt: zonedToInstant(closes.date, closes.time, zone),
        ...(location.trim() ? { location: location.trim() } : {}),
        online,
        ...(cap ? { capPerStudent: Number(cap) } : {}),
        ...(yearLabels.length ? { yearLabels } : {}),
        ...(stages.length ? { openingStages: stagesOf(stages, zone) } : {}),
        ...(choose ? { teacherIds } : {}),
      },
      (error) => setProblems(problemsOf(t, error)),
    );
  }

  /** Every teacher of a year group's students joins the chosen ones (shown, so the office can still untick some). */
  async function addYear(label: string) {
    const ofYear = await unwrap(api.GET('/api/v1/admin/teachers', { params: { query: { yearLabel: label, limit: 500 } } }));
    setTeacherIds((chosen) => [...new Set([...chosen, ...ofYear.items.map((teacher) => teacher.id)])]);
    setPicked((known) => new Map([...known, ...ofYear.items.map((teacher) => [teacher.id, teacher] as const)]));
  }
  const setSession = (i: number, change: Partial<SessionRow>) => setSessions(sessions.map((s, k) => (k === i ? { ...s, ...change } : s)));
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{t('wizard.intro', { zone })}</p>
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={onSubmit}>
        <Field id="evening-name" label={t('wizard.name')} value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        <Field id="evening-location" label={t('wizard.location')} hint={t('wizard.locationHint')} value={location} onChange={(e) => setLocation(e.target.value)} maxLength={300} />
        {fixed ? null : (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={online} disabled={!videoAddress && !online} aria-describedby={videoAddress ? undefined : 'evening-online-hint'} onChange={(e) => setOnline(e.target.checked)} /> {t('wizard.online')}
          </label>
          {videoAddress ? null : (
            <div className="hint" id="evening-online-hint">
              {t('wizard.onlineNeedsAddress')}
            </div>
          )}
        </div>
        )}

        {fixed ? null : (
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
        )}

        <div className="field-row">
          {fixed ? null : (
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
          )}
          {fixed ? null : (
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
          )}
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

        <OpeningStages rows={stages} onChange={setStages} years={yearLabels.length ? yearLabels : (years.data ?? [])} zone={zone} />

        {fixed ? null : (
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
              {(years.data ?? []).length ? (
                <p className="links">
                  {(years.data ?? []).map((label) => (
                    <button key={label} type="button" className="secondary" onClick={() => void addYear(label)}>
                      {t('wizard.addYear', { year: label })}
                    </button>
                  ))}
                </p>
              ) : null}
              <p className="muted" role="status">
                {t('wizard.chosen', { count: teacherIds.length })}
              </p>
              {[...(teachers.data?.items ?? []), ...[...picked.values()].filter((p) => teacherIds.includes(p.id) && !(teachers.data?.items ?? []).some((x) => x.id === p.id))].map((teacher) => (
                <label key={teacher.id} className="checkbox">
                  <input type="checkbox" checked={teacherIds.includes(teacher.id)} onChange={() => setTeacherIds(toggle(teacherIds, teacher.id))} />{' '}
                  {[teacher.title, teacher.firstName, teacher.lastName].filter(Boolean).join(' ')}
                </label>
              ))}
            </div>
          ) : null}
        </fieldset>
        )}

        {children}
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </form>
    </>
  );
}
