import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { problemText } from '../../ui/ui';

/** The family's calendar subscription: made, shown once, replaced or stopped. */
export function CalendarSubscription() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const status = useQuery({ queryKey: ['parent', 'calendar-feed'], queryFn: () => unwrap(api.GET('/api/v1/parent/calendar-feed')) });
  const refresh = () => client.invalidateQueries({ queryKey: ['parent', 'calendar-feed'] });
  const make = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/parent/calendar-feed')), onSettled: refresh });
  const stop = useMutation({ mutationFn: () => unwrap(api.DELETE('/api/v1/parent/calendar-feed')), onSuccess: () => make.reset(), onSettled: refresh });
  const problem = make.error ?? stop.error ?? status.error;
  return (
    <section aria-labelledby="subscription" className="no-print">
      <h3 id="subscription">{t('calendarFeed.title')}</h3>
      <p>{t('calendarFeed.intro')}</p>
      {problem ? <p className="notice notice-problem">{problemText(t, problem)}</p> : null}
      {make.data ? (
        <div className="field">
          <label htmlFor="calendar-link">{t('calendarFeed.link')}</label>
          <div className="hint" id="calendar-link-hint">
            {t('calendarFeed.once')}
          </div>
          <input id="calendar-link" readOnly value={make.data.url} aria-describedby="calendar-link-hint" onFocus={(e) => e.target.select()} />
        </div>
      ) : status.data?.active ? (
        <p>{t('calendarFeed.active')}</p>
      ) : null}
      <p>
        <button type="button" className="secondary" disabled={make.isPending} onClick={() => make.mutate()}>
          {status.data?.active ? t('calendarFeed.replace') : t('calendarFeed.make')}
        </button>{' '}
        {status.data?.active ? (
          <button type="button" className="secondary" disabled={stop.isPending} onClick={() => stop.mutate()}>
            {t('calendarFeed.stop')}
          </button>
        ) : null}
      </p>
    </section>
  );
}
