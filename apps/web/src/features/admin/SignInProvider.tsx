import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { emptyFields, ErrorSummary, Field, problemsOf, useAnnounce, type FieldProblem } from '../../ui/ui';

type Settings = Schemas['SignInProviderSettingsView'];
type ProviderRole = Schemas['SignInProviderDto']['roles'][number];
const ROLES: ProviderRole[] = ['school_admin', 'teacher', 'parent'];
const QUERY_KEY = ['admin', 'sign-in-provider'];

/** The school's identity provider: staff (and parents, if the office chooses) sign in with their school account. */
export function SignInProvider() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const client = useQueryClient();
  const settings = useQuery({ queryKey: QUERY_KEY, queryFn: () => unwrap(api.GET('/api/v1/admin/sign-in-provider')) });
  const [editing, setEditing] = useState(false);
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/admin/sign-in-provider')),
    onSuccess: () => {
      client.setQueryData(QUERY_KEY, { ...settings.data, provider: null });
      announce(t('signInProvider.removed'));
    },
  });
  if (!settings.data) return null;
  const provider = settings.data.provider;
  return (
    <section aria-labelledby="sign-in-provider">
      <h2 id="sign-in-provider">{t('signInProvider.title')}</h2>
      <p className="hint">{t('signInProvider.intro')}</p>
      {editing ? (
        <ProviderForm
          settings={settings.data}
          onSaved={(saved) => {
            client.setQueryData(QUERY_KEY, saved);
            setEditing(false);
            announce(t('signInProvider.saved'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : provider ? (
        <>
          <dl className="details">
            <div>
              <dt>{t('signInProvider.displayName')}</dt>
              <dd>{provider.displayName}</dd>
            </div>
            <div>
              <dt>{t('signInProvider.issuer')}</dt>
              <dd>{provider.issuer}</dd>
            </div>
            <div>
              <dt>{t('signInProvider.who')}</dt>
              <dd>{provider.roles.map((role) => t(`signInProvider.role.${role}`)).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('signInProvider.domains')}</dt>
              <dd>{provider.allowedEmailDomains.length ? provider.allowedEmailDomains.join(', ') : t('signInProvider.anyDomain')}</dd>
            </div>
            <div>
              <dt>{t('signInProvider.staffPasswords')}</dt>
              <dd>{provider.staffPasswordSignIn ? t('signInProvider.staffPasswordsOn') : t('signInProvider.staffPasswordsOff')}</dd>
            </div>
          </dl>
          <p className="field-row">
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t('signInProvider.change')}
            </button>
            <button type="button" className="secondary" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {t('signInProvider.remove')}
            </button>
          </p>
          {remove.error ? <ErrorSummary problems={problemsOf(t, remove.error)} /> : null}
        </>
      ) : (
        <>
          <p>{t('signInProvider.none')}</p>
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('signInProvider.setUp')}
          </button>
        </>
      )}
    </section>
  );
}

function ProviderForm({ settings, onSaved, onCancel }: { settings: Settings; onSaved: (saved: Settings) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const current = settings.provider;
  const [form, setForm] = useState({
    displayName: current?.displayName ?? '',
    issuer: current?.issuer ?? '',
    clientId: current?.clientId ?? '',
    clientSecret: '',
    domains: current?.allowedEmailDomains.join(', ') ?? '',
  });
  const [roles, setRoles] = useState<ProviderRole[]>(current?.roles ?? ['school_admin', 'teacher']);
  const [staffPasswordSignIn, setStaffPasswordSignIn] = useState(current?.staffPasswordSignIn ?? true);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = emptyFields(t, [
      { id: 'provider-name', label: t('signInProvider.displayName'), value: form.displayName },
      { id: 'provider-issuer', label: t('signInProvider.issuer'), value: form.issuer },
      { id: 'provider-client-id', label: t('signInProvider.clientId'), value: form.clientId },
      ...(current ? [] : [{ id: 'provider-client-secret', label: t('signInProvider.clientSecret'), value: form.clientSecret }]),
    ]);
    if (roles.length === 0) missing.push({ field: 'provider-role-school_admin', message: t('signInProvider.chooseWho') });
    setProblems(missing);
    if (missing.length) return;
    setSaving(true);
    try {
      const body = {
        displayName: form.displayName.trim(),
        issuer: form.issuer.trim(),
        clientId: form.clientId.trim(),
        ...(form.clientSecret ? { clientSecret: form.clientSecret } : {}),
        allowedEmailDomains: form.domains.split(/[\s,]+/).filter(Boolean),
        roles,
        staffPasswordSignIn,
      };
      onSaved(await unwrap(api.PUT('/api/v1/admin/sign-in-provider', { body })));
    } catch (error) {
      setProblems(problemsOf(t, error));
    } finally {
      setSaving(false);
    }
  }

  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems} />
      <div className="field">
        <span className="label-like">{t('signInProvider.redirectUri')}</span>
        <div className="hint">{t('signInProvider.redirectUriHint')}</div>
        <code className="redirect-uri">{settings.redirectUri}</code>
      </div>
      <Field id="provider-name" label={t('signInProvider.displayName')} hint={t('signInProvider.displayNameHint')} value={form.displayName} onChange={set('displayName')} error={errorOf('provider-name')} />
      <Field id="provider-issuer" label={t('signInProvider.issuer')} hint={t('signInProvider.issuerHint')} type="url" value={form.issuer} onChange={set('issuer')} error={errorOf('provider-issuer')} />
      <Field id="provider-client-id" label={t('signInProvider.clientId')} value={form.clientId} onChange={set('clientId')} error={errorOf('provider-client-id')} autoComplete="off" />
      <Field
        id="provider-client-secret"
        label={t('signInProvider.clientSecret')}
        hint={current ? t('signInProvider.clientSecretKeep') : undefined}
        type="password"
        autoComplete="new-password"
        value={form.clientSecret}
        onChange={set('clientSecret')}
        error={errorOf('provider-client-secret')}
      />
      <Field id="provider-domains" label={t('signInProvider.domains')} hint={t('signInProvider.domainsHint')} value={form.domains} onChange={set('domains')} />
      <fieldset className="field">
        <legend>{t('signInProvider.who')}</legend>
        {ROLES.map((role) => (
          <div key={role} className="checkbox">
            <input
              type="checkbox"
              id={`provider-role-${role}`}
              checked={roles.includes(role)}
              onChange={(e) => setRoles(e.target.checked ? [...roles, role] : roles.filter((r) => r !== role))}
            />
            <label htmlFor={`provider-role-${role}`}>{t(`signInProvider.role.${role}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="hint" id="provider-staff-passwords-hint">
        {t('signInProvider.staffPasswordsHint')}
      </div>
      <div className="checkbox">
        <input type="checkbox" id="provider-staff-passwords" aria-describedby="provider-staff-passwords-hint" checked={staffPasswordSignIn} onChange={(e) => setStaffPasswordSignIn(e.target.checked)} />
        <label htmlFor="provider-staff-passwords">{t('signInProvider.staffPasswordsLabel')}</label>
      </div>
      <p className="field-row">
        <button type="submit" disabled={saving}>
          {t('signInProvider.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('signInProvider.cancel')}
        </button>
      </p>
    </form>
  );
}
