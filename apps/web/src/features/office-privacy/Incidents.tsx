import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { downloadFile } from '../../api/download';
import { formatMoment } from '../../i18n/format';
import { Field, problemText, useAnnounce } from '../../ui/ui';

/** Security incidents PTC has told the school of: what happened, whom it may concern (the list to download), and the school's acknowledgement. */
export function SchoolIncidents() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const announce = useAnnounce();
  const notices = useQuery({ queryKey: ['privacy', 'incidents'], queryFn: () => unwrap(api.GET('/api/v1/admin/incidents')) });
  const [problem, setProblem] = useState<unknown>(null);
  const acknowledge = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/admin/incidents/{id}/acknowledge', { params: { path: { id } } })),
    onSuccess: (notice) => announce(t('incidents.acknowledgedNotice', { title: notice.title })),
    onError: setProblem,
    onSettled: () => client.invalidateQueries({ queryKey: ['privacy', 'incidents'] }),
  });
  if (!notices.data?.length) return null;
  return (
    <section aria-labelledby="school-incidents">
      <h2 id="school-incidents">{t('incidents.schoolTitle')}</h2>
      {problem ? <p className="notice notice-problem">{problemText(t, problem)}</p> : null}
      <ul className="plain">
        {notices.data.map((notice) => (
          <li key={notice.id} className="card">
            <h3 className="card-title">{notice.title}</h3>
            <p>{notice.description}</p>
            <p>{t('incidents.window', { from: formatMoment(notice.from, i18n.language), to: formatMoment(notice.to, i18n.language) })}</p>
            <p>{t('incidents.counts', { students: notice.affected.student ?? 0, contacts: notice.affected.contact ?? 0, teachers: notice.affected.teacher ?? 0 })}</p>
            <p className="links">
              <button type="button" className="secondary" onClick={() => downloadFile('/api/v1/admin/incidents/{id}/affected.csv', { id: notice.id }, 'affected-people.csv').catch(setProblem)}>
                {t('incidents.downloadPeople')}
              </button>
              {notice.acknowledgedAt ? (
                <span>{t('incidents.acknowledgedAt', { at: formatMoment(notice.acknowledgedAt, i18n.language) })}</span>
              ) : (
                <button type="button" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate(notice.id)}>
                  {t('incidents.acknowledge')}
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The school's own question after something went wrong: whose data was read or changed in a time
 * window, through which pages, and the list of those people to write to.
 */
export function BreachReport() {
  const { t, i18n } = useTranslation();
  const [span, setSpan] = useState({ from: '', to: '' });
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const report = useQuery({
    queryKey: ['privacy', 'breach-report', asked],
    queryFn: () => unwrap(api.GET('/api/v1/admin/breach-report', { params: { query: asked! } })),
    enabled: asked !== null,
    retry: false,
  });
  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (span.from && span.to) setAsked({ from: new Date(span.from).toISOString(), to: new Date(span.to).toISOString() });
  };
  const data = report.data;
  return (
    <section aria-labelledby="breach-report">
      <h2 id="breach-report">{t('incidents.reportTitle')}</h2>
      <p>{t('incidents.reportIntro')}</p>
      <form onSubmit={ask} className="field-row">
        <Field id="breach-from" label={t('incidents.from')} type="datetime-local" value={span.from} onChange={(e) => setSpan({ ...span, from: e.target.value })} />
        <Field id="breach-to" label={t('incidents.to')} type="datetime-local" value={span.to} onChange={(e) => setSpan({ ...span, to: e.target.value })} />
        <button type="submit" className="secondary" disabled={!span.from || !span.to || report.isFetching}>
          {t('incidents.ask')}
        </button>
      </form>
      {report.isError ? <p className="notice notice-problem">{problemText(t, report.error)}</p> : null}
      {problem ? <p className="notice notice-problem">{problemText(t, problem)}</p> : null}
      {data ? (
        <div role="status">
          <p>
            {t('incidents.reportWindow', { from: formatMoment(data.from, i18n.language), to: formatMoment(data.to, i18n.language) })}{' '}
            {t('incidents.counts', { students: data.counts.student ?? 0, contacts: data.counts.contact ?? 0, teachers: data.counts.teacher ?? 0 })}
          </p>
          {data.routes.length ? (
            <ul>
              {data.routes.map((r) => (
                <li key={`${r.method} ${r.route}`}>
                  <code>
                    {r.method} {r.route}
                  </code>
                  : {t('incidents.routeUse', { count: r.requests, requests: r.requests, users: r.users })}
                </li>
              ))}
            </ul>
          ) : null}
          {data.people.length ? (
            <button type="button" className="secondary" onClick={() => downloadFile('/api/v1/admin/breach-report.csv', {}, 'affected-people.csv', asked!).catch(setProblem)}>
              {t('incidents.downloadPeople')}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
