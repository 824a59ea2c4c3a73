import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { formatDateTime, zoneDiffers } from '../../i18n/format';
import { PageHeading, problemText, useAnnounce } from '../../ui/ui';

/** The page of the link in a booking email: that one appointment, without signing in. */
export function AppointmentLinkPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const appointment = useQuery({
    queryKey: ['appointment-link', token],
    queryFn: () => unwrap(api.GET('/api/v1/appointments/link/{token}', { params: { path: { token } } })),
    retry: false,
  });
  const cancel = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/appointments/link/{token}/cancel', { params: { path: { token } } })),
    // The link dies with the cancellation: the page keeps what it showed, now marked cancelled.
    onSuccess: (cancelled) => {
      client.setQueryData(['appointment-link', token], (shown: typeof appointment.data) => (shown ? { ...shown, status: cancelled.status } : shown));
      announce(t('appointment.cancelled'));
    },
    onError: () => client.invalidateQueries({ queryKey: ['appointment-link', token] }),
  });

  if (appointment.isPending) return <p>{t('app.loading')}</p>;
  if (appointment.isError) {
    return (
      <>
        <PageHeading>{t('appointment.title')}</PageHeading>
        <p>{problemText(t, appointment.error)}</p>
      </>
    );
  }
  const a = appointment.data;
  const when = formatDateTime(a.startsAt, i18n.language, a.timezone);
  return (
    <>
      <PageHeading>{t('appointment.title')}</PageHeading>
      <p className="muted">{a.evening}</p>
      {zoneDiffers(a.timezone) ? <p className="muted">{t('evening.timezone', { zone: a.timezone })}</p> : null}
      <dl className="details">
        <dt>{t('appointment.when')}</dt>
        <dd>{when}</dd>
        <dt>{t('appointment.teacher')}</dt>
        <dd>{a.teacher}</dd>
        <dt>{t('appointment.student')}</dt>
        <dd>{a.student}</dd>
        <dt>{t('appointment.status')}</dt>
        <dd>{a.status === 'active' ? t('appointment.active') : t('appointment.cancelledStatus')}</dd>
      </dl>
      {cancel.isError ? <p className="notice notice-problem">{problemText(t, cancel.error)}</p> : null}
      {cancel.isSuccess ? <p className="notice">{t('appointment.cancelled')}</p> : null}
      {a.status === 'active' ? (
        confirming ? (
          <div role="group" aria-label={t('appointment.confirm')}>
            <p>{t('appointment.confirm')}</p>
            <button type="button" className="warning" disabled={cancel.isPending} onClick={() => cancel.mutate(undefined, { onSettled: () => setConfirming(false) })}>
              {t('appointment.yesCancel')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('appointment.keep')}
            </button>
          </div>
        ) : (
          <button type="button" className="warning" onClick={() => setConfirming(true)}>
            {t('appointment.cancel')}
          </button>
        )
      ) : null}
      <p>
        <Link to="/sign-in">{t('appointment.signIn')}</Link>
      </p>
    </>
  );
}
