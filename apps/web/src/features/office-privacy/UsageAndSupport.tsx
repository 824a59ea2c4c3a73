import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { saveFile } from '../../api/download';
import { formatMoment } from '../../i18n/format';
import { Field, problemText, useAnnounce } from '../../ui/ui';

/** One login's usage records released to the office, with the reason recorded (e.g. a complaint to look into). */
export function UsageRelease() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const users = useQuery({ queryKey: ['privacy', 'users'], queryFn: () => unwrap(api.GET('/api/v1/admin/users', { params: { query: { limit: 100 } } })) });
  const releases = useQuery({ queryKey: ['privacy', 'usage-releases'], queryFn: () => unwrap(api.GET('/api/v1/admin/privacy/usage-investigations')) });
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const release = useMutation({
    mutationFn: async () => {
      const csv = await unwrap(api.POST('/api/v1/admin/privacy/usage-investigations', { body: { userId, reason: reason.trim() }, parseAs: 'blob' }));
      saveFile(csv as Blob, `usage-${userId}.csv`);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['privacy', 'usage-releases'] }),
  });
  const screenName = new Map((users.data?.items ?? []).map((u) => [u.id, u.screenName]));
  return (
    <section aria-labelledby="usage">
      <h2 id="usage">{t('officePrivacy.usage')}</h2>
      <p>{t('officePrivacy.usageIntro')}</p>
      {release.error ? <p className="notice notice-problem">{problemText(t, release.error)}</p> : null}
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          release.mutate();
        }}
      >
        <div className="field">
          <label htmlFor="usage-user">{t('officePrivacy.login')}</label>
          <select id="usage-user" value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">{t('officePrivacy.chooseLogin')}</option>
            {(users.data?.items ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.screenName} ({t(`officePrivacy.roles.${u.role}`)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="usage-reason">{t('officePrivacy.usageReason')}</label>
          <textarea id="usage-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" className="secondary" disabled={!userId || !reason.trim() || release.isPending}>
          {t('officePrivacy.release')}
        </button>
      </form>
      <ul className="plain">
        {(releases.data ?? []).map((r) => (
          <li key={r.id} className="run">
            {formatMoment(r.at, i18n.language)} · {screenName.get(r.userId) ?? r.userId} · {t('officePrivacy.rows', { count: r.rows })} · {r.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The vendor's support may look at the school's records only under a grant the office gives, for at most 72 hours. */
export function SupportAccess() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const announce = useAnnounce();
  const grants = useQuery({ queryKey: ['privacy', 'support'], queryFn: () => unwrap(api.GET('/api/v1/admin/privacy/support-access')) });
  const [hours, setHours] = useState('24');
  const [reason, setReason] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['privacy', 'support'] });
  const grant = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/admin/privacy/support-access', { body: { hours: Number(hours), reason: reason.trim() } })), onSuccess: () => { setReason(''); announce(t('officePrivacy.granted')); }, onSettled: refresh });
  const revoke = useMutation({ mutationFn: (id: string) => unwrap(api.POST('/api/v1/admin/privacy/support-access/{id}/revoke', { params: { path: { id } } })), onSuccess: () => announce(t('officePrivacy.revoked')), onSettled: refresh });
  const now = Date.now();
  return (
    <section aria-labelledby="support">
      <h2 id="support">{t('officePrivacy.support')}</h2>
      <p>{t('officePrivacy.supportIntro')}</p>
      {grant.error || revoke.error ? <p className="notice notice-problem">{problemText(t, grant.error ?? revoke.error)}</p> : null}
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          grant.mutate();
        }}
      >
        <Field id="support-hours" label={t('officePrivacy.hours')} type="number" min={1} max={72} inputMode="numeric" value={hours} onChange={(e) => setHours(e.target.value)} />
        <div className="field">
          <label htmlFor="support-reason">{t('officePrivacy.supportReason')}</label>
          <textarea id="support-reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" className="secondary" disabled={!reason.trim() || !(Number(hours) >= 1 && Number(hours) <= 72) || grant.isPending}>
          {t('officePrivacy.grant')}
        </button>
      </form>
      <ul className="plain">
        {(grants.data ?? []).map((g) => {
          const live = !g.revokedAt && Date.parse(g.expiresAt) > now;
          return (
            <li key={g.id} className="run">
              {formatMoment(g.grantedAt, i18n.language)} → {formatMoment(g.expiresAt, i18n.language)} · {g.reason} · {live ? t('officePrivacy.live') : g.revokedAt ? t('officePrivacy.revokedAt', { at: formatMoment(g.revokedAt, i18n.language) }) : t('officePrivacy.expired')}
              {g.accesses.length ? ` · ${t('officePrivacy.looks', { count: g.accesses.length })}` : ''}
              {live ? (
                <>
                  {' '}
                  <button type="button" className="secondary" disabled={revoke.isPending} onClick={() => revoke.mutate(g.id)}>
                    {t('officePrivacy.revoke')}
                  </button>
                </>
              ) : null}
              {g.accesses.length ? (
                <ul>
                  {g.accesses.map((a, i) => (
                    <li key={i}>
                      {formatMoment(a.at, i18n.language)} · {a.what}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
