import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorSummary, Field, problemsOf, useAnnounce, type FieldProblem } from '../../ui/ui';

type Rules = Schemas['BookingSettingsView'];

/** The school's booking rules for all its evenings: cancelling, teachers' own hours, the not-booked reminder, the video meeting address. */
export function BookingRules() {
  const { t } = useTranslation();
  const rules = useQuery({ queryKey: ['admin', 'booking-settings'], queryFn: () => unwrap(api.GET('/api/v1/admin/booking-settings')) });
  if (!rules.data) return null;
  return (
    <section aria-labelledby="booking-rules">
      <h2 id="booking-rules">{t('rules.title')}</h2>
      <RulesForm rules={rules.data} />
    </section>
  );
}

function RulesForm({ rules }: { rules: Rules }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const client = useQueryClient();
  const [cutoff, setCutoff] = useState(rules.parentCancelCutoffHours === null ? '' : String(rules.parentCancelCutoffHours));
  const [teachers, setTeachers] = useState(rules.teachersSetAvailability);
  const [reminder, setReminder] = useState(String(rules.notBookedReminderDays));
  const [video, setVideo] = useState(rules.videoLinkTemplate ?? '');
  const [hold, setHold] = useState(String(rules.waitingOfferMinutes));
  const [joint, setJoint] = useState(rules.jointSiblingMeetings);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const save = useMutation({
    mutationFn: (body: Schemas['BookingSettingsDto']) => unwrap(api.PUT('/api/v1/admin/booking-settings', { body })),
    onSuccess: (saved) => client.setQueryData(['admin', 'booking-settings'], saved),
  });
  const whole = (value: string, max: number) => /^\d+$/.test(value.trim()) && Number(value) <= max;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (cutoff.trim() && !whole(cutoff, 720)) found.push({ field: 'rules-cutoff', message: t('rules.cutoffInvalid') });
    if (!whole(reminder, 14)) found.push({ field: 'rules-reminder', message: t('rules.reminderInvalid') });
    if (!whole(hold, 1440) || Number(hold) < 5) found.push({ field: 'rules-hold', message: t('rules.holdInvalid') });
    if (video.trim() && !(/^https:\/\/\S+$/.test(video.trim()) && video.includes('{room}'))) found.push({ field: 'rules-video', message: t('rules.videoInvalid') });
    setProblems(found);
    if (found.length) return;
    save.mutate(
      { parentCancelCutoffHours: cutoff.trim() ? Number(cutoff) : null, teachersSetAvailability: teachers, notBookedReminderDays: Number(reminder), waitingOfferMinutes: Number(hold), jointSiblingMeetings: joint, videoLinkTemplate: video.trim() || null },
      { onSuccess: () => announce(t('rules.saved')), onError: (error) => setProblems(problemsOf(t, error)) },
    );
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary problems={problems} />
      <Field id="rules-cutoff" label={t('rules.cutoff')} hint={t('rules.cutoffHint')} inputMode="numeric" value={cutoff} onChange={(e) => setCutoff(e.target.value)} />
      <Field id="rules-reminder" label={t('rules.reminder')} hint={t('rules.reminderHint')} inputMode="numeric" value={reminder} onChange={(e) => setReminder(e.target.value)} />
      <Field id="rules-hold" label={t('rules.hold')} hint={t('rules.holdHint')} inputMode="numeric" value={hold} onChange={(e) => setHold(e.target.value)} />
      <Field id="rules-video" label={t('rules.video')} hint={t('rules.videoHint')} inputMode="url" value={video} onChange={(e) => setVideo(e.target.value)} maxLength={400} />
      <label className="checkbox">
        <input type="checkbox" checked={teachers} onChange={(e) => setTeachers(e.target.checked)} /> {t('rules.teachers')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={joint} onChange={(e) => setJoint(e.target.checked)} /> {t('rules.joint')}
      </label>
      <button type="submit" disabled={save.isPending}>
        {t('rules.save')}
      </button>
    </form>
  );
}
