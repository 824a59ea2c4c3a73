import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { downloadFile } from '../../api/download';
import { formatMoment } from '../../i18n/format';
import { problemText, useAnnounce } from '../../ui/ui';

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
