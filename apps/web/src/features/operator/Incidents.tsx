import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { downloadFile } from '../../api/download';
import { formatMoment } from '../../i18n/format';
import { emptyFields, ErrorSummary, Field, problemsOf, problemText, useAnnounce, type FieldProblem } from '../../ui/ui';

const iso = (local: string) => new Date(local).toISOString();

/**
 * The vendor's security incidents: what happened and when it was detected (the 72-hour clock), the
 * schools whose people the incident's window reached with their counts, the email to each school
 * (once), and each school's acknowledgement.
 */
export function Incidents() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const announce = useAnnounce();
  const incidents = useQuery({ queryKey: ['operator', 'incidents'], queryFn: () => unwrap(api.GET('/api/v1/operator/incidents')), staleTime: 0 });
  const [form, setForm] = useState({ title: '', description: '', detectedAt: '', from: '', to: '' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['operator', 'incidents'] });
  const open = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/operator/incidents', { body: { title: form.title.trim(), description: form.description.trim(), detectedAt: iso(form.detectedAt), from: iso(form.from), to: iso(form.to) } })),
    onSuccess: (incident) => {
      setForm({ title: '', description: '', detectedAt: '', from: '', to: '' });
      announce(t('incidents.opened', { title: incident.title, count: incident.schools.length }));
    },
    onError: (error) => setProblems(problemsOf(t, error)),
    onSettled: refresh,
  });
  const notify = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/operator/incidents/{id}/notify', { params: { path: { id } } })),
    onSuccess: (incident) => announce(t('incidents.notified', { title: incident.title })),
    onError: setProblem,
    onSettled: refresh,
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missing = emptyFields(t, [
      { id: 'incident-title', label: t('incidents.what'), value: form.title },
      { id: 'incident-description', label: t('incidents.description'), value: form.description },
      { id: 'incident-detected', label: t('incidents.detectedAt'), value: form.detectedAt },
      { id: 'incident-from', label: t('incidents.from'), value: form.from },
      { id: 'incident-to', label: t('incidents.to'), value: form.to },
    ]);
    setProblems(missing);
    if (!missing.length) open.mutate();
  };
  return (
    <section aria-labelledby="incidents">
      <h2 id="incidents">{t('incidents.title')}</h2>
      <p>{t('incidents.intro')}</p>
      {problem ? <p className="notice notice-problem">{problemText(t, problem)}</p> : null}
      <form noValidate onSubmit={onSubmit} aria-label={t('incidents.new')}>
        <ErrorSummary problems={problems} />
        <Field id="incident-title" label={t('incidents.what')} value={form.title} onChange={set('title')} maxLength={200} />
        <div className="field">
          <label htmlFor="incident-description">{t('incidents.description')}</label>
          <textarea id="incident-description" rows={3} maxLength={5000} value={form.description} onChange={set('description')} />
        </div>
        <Field id="incident-detected" label={t('incidents.detectedAt')} hint={t('incidents.detectedHint')} type="datetime-local" value={form.detectedAt} onChange={set('detectedAt')} />
        <div className="field-row">
          <Field id="incident-from" label={t('incidents.from')} type="datetime-local" value={form.from} onChange={set('from')} />
          <Field id="incident-to" label={t('incidents.to')} type="datetime-local" value={form.to} onChange={set('to')} />
        </div>
        <button type="submit" disabled={open.isPending}>
          {t('incidents.open')}
        </button>
      </form>
      <ul className="plain">
        {(incidents.data ?? []).map((incident) => (
          <li key={incident.id} className="card">
            <h3 className="card-title">{incident.title}</h3>
            <p>{incident.description}</p>
            <p>
              {t('incidents.clock', { detected: formatMoment(incident.detectedAt, i18n.language), by: formatMoment(incident.notifyBy, i18n.language) })}
            </p>
            <div className="table-scroll">
              <table className="stack-narrow">
                <caption className="visually-hidden">{t('incidents.schoolsOf', { title: incident.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('incidents.school')}</th>
                    <th scope="col">{t('incidents.affected')}</th>
                    <th scope="col">{t('incidents.told')}</th>
                    <th scope="col">{t('incidents.acknowledged')}</th>
                  </tr>
                </thead>
                <tbody>
                  {incident.schools.map((school) => (
                    <tr key={school.schoolId}>
                      <th scope="row">
                        {school.school}{' '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => downloadFile('/api/v1/operator/incidents/{id}/schools/{schoolId}/affected.csv', { id: incident.id, schoolId: school.schoolId }, 'affected-people.csv').catch(setProblem)}
                        >
                          {t('incidents.peopleOf', { school: school.school })}
                        </button>
                      </th>
                      <td data-label={t('incidents.affected')}>{t('incidents.counts', { students: school.affected.student ?? 0, contacts: school.affected.contact ?? 0, teachers: school.affected.teacher ?? 0 })}</td>
                      <td data-label={t('incidents.told')} className={school.late ? 'error-message' : undefined}>
                        {school.notifiedAt ? formatMoment(school.notifiedAt, i18n.language) : t('incidents.notYet')}
                        {school.late ? ` · ${t('incidents.late')}` : ''}
                      </td>
                      <td data-label={t('incidents.acknowledged')}>{school.acknowledgedAt ? formatMoment(school.acknowledgedAt, i18n.language) : t('incidents.notYet')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {incident.schools.some((s) => !s.notifiedAt) ? (
              <button type="button" disabled={notify.isPending} onClick={() => notify.mutate(incident.id)}>
                {t('incidents.notify')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
