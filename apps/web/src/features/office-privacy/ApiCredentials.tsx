import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatMoment } from '../../i18n/format';
import { emptyFields, ErrorSummary, Field, problemsOf, problemText, useAnnounce, type FieldProblem } from '../../ui/ui';

type Scope = Schemas['CreateApiCredentialDto']['scopes'][number];
const SCOPES: Scope[] = ['bookings:read', 'directory:read', 'schedules:read'];
// i18next reads a colon in a key as a namespace: the catalogue names each scope by its first part.
const scopeKey = (scope: Scope) => `apiAccess.scope.${scope.split(':')[0]}`;

/**
 * Third parties the school lets read some of its data through PTC's API (a company that builds
 * timetables, say): each with what for, which data, until when and from where; the secret is
 * shown once, and access ends at once when revoked.
 */
export function ApiCredentials() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const announce = useAnnounce();
  // Fresh each time the page opens: when a third party last used its key is what the office looks for.
  const credentials = useQuery({ queryKey: ['privacy', 'api-credentials'], queryFn: () => unwrap(api.GET('/api/v1/admin/api-credentials')), staleTime: 0 });
  const [form, setForm] = useState({ name: '', purpose: '', until: '', ranges: '' });
  const [scopes, setScopes] = useState<Scope[]>([]);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['privacy', 'api-credentials'] });
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/admin/api-credentials', {
          body: {
            name: form.name.trim(),
            purpose: form.purpose.trim(),
            scopes,
            // Access lasts to the end of the chosen day, in the office's own time.
            expiresAt: new Date(`${form.until}T23:59:59`).toISOString(),
            allowedRanges: form.ranges.split(/[\s,]+/).filter(Boolean),
          },
        }),
      ),
    onSuccess: (created) => {
      setSecret({ name: created.name, secret: created.secret });
      setForm({ name: '', purpose: '', until: '', ranges: '' });
      setScopes([]);
      announce(t('apiAccess.created', { name: created.name }));
    },
    onError: (error) => setProblems(problemsOf(t, error)),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/admin/api-credentials/{id}/revoke', { params: { path: { id } } })),
    onSuccess: (revoked) => announce(t('apiAccess.revoked', { name: revoked.name })),
    onSettled: refresh,
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missing = [
      ...emptyFields(t, [
        { id: 'api-name', label: t('apiAccess.name'), value: form.name },
        { id: 'api-purpose', label: t('apiAccess.purpose'), value: form.purpose },
        { id: 'api-until', label: t('apiAccess.until'), value: form.until },
      ]),
      ...(scopes.length ? [] : [{ field: `api-scope-${SCOPES[0]}`, message: t('apiAccess.chooseScope') }]),
    ];
    setProblems(missing);
    if (!missing.length) create.mutate();
  };
  return (
    <section aria-labelledby="api-access">
      <h2 id="api-access">{t('apiAccess.title')}</h2>
      <p>{t('apiAccess.intro')}</p>
      {secret ? (
        <div className="notice" role="status">
          <p>{t('apiAccess.secretOnce', { name: secret.name })}</p>
          <p>
            <code className="secret">{secret.secret}</code>
          </p>
          <button type="button" className="secondary" onClick={() => setSecret(null)}>
            {t('apiAccess.secretCopied')}
          </button>
        </div>
      ) : null}
      {revoke.error ? <p className="notice notice-problem">{problemText(t, revoke.error)}</p> : null}
      <form noValidate onSubmit={onSubmit} aria-label={t('apiAccess.new')}>
        <ErrorSummary problems={problems} />
        <Field id="api-name" label={t('apiAccess.name')} hint={t('apiAccess.nameHint')} value={form.name} onChange={set('name')} maxLength={120} />
        <Field id="api-purpose" label={t('apiAccess.purpose')} value={form.purpose} onChange={set('purpose')} maxLength={500} />
        <fieldset className="field">
          <legend>{t('apiAccess.scopes')}</legend>
          {SCOPES.map((scope) => (
            <div key={scope} className="checkbox">
              <input
                id={`api-scope-${scope}`}
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
              />
              <label htmlFor={`api-scope-${scope}`}>{t(scopeKey(scope))}</label>
            </div>
          ))}
        </fieldset>
        <Field id="api-until" label={t('apiAccess.until')} hint={t('apiAccess.untilHint')} type="date" value={form.until} onChange={set('until')} />
        <div className="field">
          <label htmlFor="api-ranges">{t('apiAccess.ranges')}</label>
          <div className="hint" id="api-ranges-hint">
            {t('apiAccess.rangesHint')}
          </div>
          <textarea id="api-ranges" rows={2} aria-describedby="api-ranges-hint" value={form.ranges} onChange={set('ranges')} />
        </div>
        <button type="submit" disabled={create.isPending}>
          {t('apiAccess.create')}
        </button>
      </form>
      {credentials.data?.length ? (
        <ul className="plain">
          {credentials.data.map((c) => (
            <li key={c.id} className="card">
              <h3 className="card-title">
                {c.name} <span className="muted">· {t(`apiAccess.status.${c.status}`)}</span>
              </h3>
              <p>{c.purpose}</p>
              <dl className="details">
                <dt>{t('apiAccess.scopes')}</dt>
                <dd>{c.scopes.map((s) => t(scopeKey(s))).join('; ')}</dd>
                <dt>{t('apiAccess.until')}</dt>
                <dd>{formatMoment(c.expiresAt, i18n.language)}</dd>
                <dt>{t('apiAccess.lastUsed')}</dt>
                <dd>{c.lastUsedAt ? formatMoment(c.lastUsedAt, i18n.language) : t('apiAccess.neverUsed')}</dd>
                {c.allowedRanges.length ? (
                  <>
                    <dt>{t('apiAccess.ranges')}</dt>
                    <dd>{c.allowedRanges.join(', ')}</dd>
                  </>
                ) : null}
              </dl>
              {c.status === 'active' ? (
                <button type="button" className="warning" disabled={revoke.isPending} onClick={() => revoke.mutate(c.id)} aria-label={t('apiAccess.revokeLabel', { name: c.name })}>
                  {t('apiAccess.revoke')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
