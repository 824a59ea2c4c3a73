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
export function AvailabilityForm({ idPrefix, current, saving, onSave }: { idPrefix: string; current: Current; saving: boolean; onSave: (availability: Availability, cancelAffected: boolean) => Promise<{ slots: number }> }) {
  const { t } = useTranslation();
  const firstBreak = current.breaks?.[0];
  const [form, setForm] = useState({ arriveAt: current.arriveAt ?? '', leaveAt: current.leaveAt ?? '', breakStart: firstBreak?.start ?? '', breakEnd: firstBreak?.end ?? '', location: current.location ?? '' });
  const [conflict, setConflict] = useState<number | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });

  async function submit(cancelAffected: boolean) {
    setSaved(null);
    setProblems([]);
    const breaks = form.breakStart && form.breakEnd ? [{ start: form.breakStart, end: form.breakEnd }] : null;
    try {
      const result = await onSave({ arriveAt: form.arriveAt || null, leaveAt: form.leaveAt || null, breaks, location: form.location.trim() || null }, cancelAffected);
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
      <div className="field-row">
        <Field id={`${idPrefix}-break-start`} label={t('hours.breakStart')} type="time" {...field('breakStart')} />
        <Field id={`${idPrefix}-break-end`} label={t('hours.breakEnd')} type="time" {...field('breakEnd')} />
      </div>
      <Field id={`${idPrefix}-room`} label={t('hours.room')} {...field('location')} />
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
