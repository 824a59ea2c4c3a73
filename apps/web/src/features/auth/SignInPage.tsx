import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { rememberedSchool, useSession } from '../../app/session';
import { parentPage } from '../../i18n/i18n';
import { emptyFields, ErrorSummary, Field, PageHeading, problemText, type FieldProblem } from '../../ui/ui';

// Loaded beside the form: only schools with an identity provider show it, and the evening page's first load stays small.
const ProviderSignIn = lazy(() => parentPage(import('./SingleSignOn')).then((m) => ({ default: m.ProviderSignIn })));

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The vendor's staff sign in without a school.
  const operator = params.get('as') === 'operator';
  const [school, setSchool] = useState(params.get('school') ?? rememberedSchool());
  const [screenName, setScreenName] = useState(params.get('screenName') ?? '');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = emptyFields(t, [
      ...(operator ? [] : [{ id: 'school', label: t('signIn.school'), value: school }]),
      { id: 'screenName', label: t('signIn.screenName'), value: screenName },
      { id: 'password', label: t('signIn.password'), value: password },
    ]);
    setProblems(missing);
    if (missing.length) return;
    setBusy(true);
    try {
      await signIn(operator ? null : school.trim().toLowerCase(), screenName.trim(), password);
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    } catch (error) {
      setProblems([{ message: problemText(t, error) }]);
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  return (
    <>
      <PageHeading>{operator ? t('signIn.operatorTitle') : t('signIn.title')}</PageHeading>
      {params.get('reset') === 'done' ? <p className="notice">{t('signIn.passwordSet')}</p> : null}
      <ErrorSummary problems={problems} />
      {operator ? null : (
        <Suspense fallback={null}>
          <ProviderSignIn school={school} next={params.get('next')} />
        </Suspense>
      )}
      <form onSubmit={submit} noValidate>
        {operator ? null : <Field id="school" label={t('signIn.school')} hint={t('signIn.schoolHint', { example: 'riverside' })} autoComplete="organization" value={school} onChange={(e) => setSchool(e.target.value)} error={errorOf('school')} />}
        <Field id="screenName" label={t('signIn.screenName')} autoComplete="username" autoCapitalize="none" value={screenName} onChange={(e) => setScreenName(e.target.value)} error={errorOf('screenName')} />
        <Field id="password" label={t('signIn.password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errorOf('password')} />
        <button type="submit" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to={`/forgot-password${school ? `?school=${encodeURIComponent(school)}` : ''}`}>{t('signIn.forgotten')}</Link>
      </p>
      <p className="muted">{operator ? <Link to="/sign-in">{t('signIn.schoolLink')}</Link> : <Link to="/sign-in?as=operator">{t('signIn.operatorLink')}</Link>}</p>
    </>
  );
}
