import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Schemas } from '../../api/client';
import { ErrorSummary, Field, problemText, type FieldProblem } from '../../ui/ui';

type Availability = Schemas['AvailabilityDto'];
type Current = Schemas['EveningTeacherView'];

/**
 * A teacher's hours for one evening: arrival, departure, one break and room. When the change would
 * drop booked times, the school's answer says how many and the form asks before cancelling them.
 */
export function AvailabilityForm({
  idPrefix,
  current,
  eveningOnline,
  saving,
  onSave,
}: {
  idPrefix: string;
  current: Current;
  eveningOnline: boolean;
  saving: boolean;
  onSave: (availability: Availability, cancelAffected: boolean) => Promise<{ slots: number }>;
}) {
  const { t } = useTranslation();
  const [meets, setMeets] = useState(current.onlineChoice === null ? 'evening' : current.onlineChoice ? 'video' : 'person');
  const [form, setForm] = useState({ arriveAt: current.arriveAt ?? '', leaveAt: current.leaveAt ?? '', location: current.location ?? '' });
  const [breaks, setBreaks] = useState<{ start: string; end: string }[]>(current.breaks?.length ? current.breaks.map((b) => ({ start: b.start, end: b.end })) : [{ start: '', end: '' }]);
  const setBreak = (i: number, change: Partial<{ start: string; end: string }>) => setBreaks(breaks.map((b, k) => (k === i ? { ...b, ...change } : b)));
  const [conflict, setConflict] = useState<number | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });

  async function submit(cancelAffected: boolean) {
    setSaved(null);
    setProblems([]);
    const chosen = breaks.filter((b) => b.start && b.end);
    try {
      const result = await onSave({ arriveAt: form.arriveAt || null, leaveAt: form.leaveAt || null, breaks: chosen.length ? chosen : null, location: form.location.trim() || null, online: meets === 'evening' ? null : meets === 'video' }, cancelAffected);
      setConflict(null);
      setSaved(result.slots);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'EVENING.AVAILABILITY_CONFLICT') {
        setConflict(Number((error.body as { details?: { appointments?: number } } | null)?.details?.appointments ?? 1) || 1);
      } else {
        setProblems([{ message: problemText(t, error) }]);
      }
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(false);
      }}
    >
      <ErrorSummary problems={problems} />
      {saved !== null ? (
        <p className="notice" role="status">
          {t('hours.saved', { slots: saved })}
        </p>
      ) : null}
      <div className="field-row">
        <Field id={`${idPrefix}-arrive`} label={t('hours.arrive')} type="time" {...field('arriveAt')} />
        <Field id={`${idPrefix}-leave`} label={t('hours.leave')} type="time" {...field('leaveAt')} />
      </div>
      {breaks.map((b, i) => (
        <div key={i} className="field-row session-row" role="group" aria-label={t('hours.break', { n: i + 1 })}>
          <Field id={`${idPrefix}-break-${i}-start`} label={t('hours.breakStart')} type="time" value={b.start} onChange={(e) => setBreak(i, { start: e.target.value })} />
          <Field id={`${idPrefix}-break-${i}-end`} label={t('hours.breakEnd')} type="time" value={b.end} onChange={(e) => setBreak(i, { end: e.target.value })} />
          {breaks.length > 1 ? (
            <button type="button" className="secondary" aria-label={t('hours.removeBreakLabel', { n: i + 1 })} onClick={() => setBreaks(breaks.filter((_, k) => k !== i))}>
              {t('hours.removeBreak')}
            </button>
          ) : null}
        </div>
      ))}
      <p>
        <button type="button" className="secondary" onClick={() => setBreaks([...breaks, { start: '', end: '' }])}>
          {t('hours.addBreak')}
        </button>
      </p>
      <Field id={`${idPrefix}-room`} label={t('hours.room')} {...field('location')} />
      <div className="field">
        <label htmlFor={`${idPrefix}-meets`}>{t('hours.meets')}</label>
        <select id={`${idPrefix}-meets`} value={meets} onChange={(e) => setMeets(e.target.value)}>
          <option value="evening">{t('hours.meetsAsEvening', { how: eveningOnline ? t('hours.byVideo') : t('hours.inPerson') })}</option>
          <option value="video">{t('hours.meetsByVideo')}</option>
          <option value="person">{t('hours.meetsInPerson')}</option>
        </select>
      </div>
      {conflict ? (
        <div className="notice notice-problem" role="alert">
          <p>{t('hours.conflict', { count: conflict })}</p>
          <button type="button" className="warning" disabled={saving} onClick={() => void submit(true)}>
            {t('hours.cancelAffected', { count: conflict })}
          </button>
        </div>
      ) : null}
      <button type="submit" disabled={saving}>
        {t('hours.save')}
      </button>
    </form>
  );
}
