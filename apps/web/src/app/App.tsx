import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { chooseLanguage, LANGUAGES, type Language } from '../i18n/i18n';
import { LiveRegionProvider, PageHeading } from '../ui/ui';
import { RequireSession, SessionProvider, useSession } from './session';

// Each page is its own chunk: a parent on a phone downloads only the page they open.
const AppointmentLinkPage = lazy(() => import('../features/appointments/AppointmentLinkPage').then((m) => ({ default: m.AppointmentLinkPage })));
const AcceptInvitationPage = lazy(() => import('../features/auth/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })));
const ForgotPasswordPage = lazy(() => import('../features/auth/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('../features/auth/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
const SignInPage = lazy(() => import('../features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const EveningPage = lazy(() => import('../features/parent/EveningPage').then((m) => ({ default: m.EveningPage })));
const PrivacyPage = lazy(() => import('../features/privacy/PrivacyPage').then((m) => ({ default: m.PrivacyPage })));
const HomePage = lazy(() => import('../features/parent/HomePage').then((m) => ({ default: m.HomePage })));

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: true } } });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <LiveRegionProvider>
          <BrowserRouter>
            <Layout />
          </BrowserRouter>
        </LiveRegionProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}

function Layout() {
  const { t, i18n } = useTranslation();
  const { me, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="bar">
          <Link to="/" className="brand">
            {t('app.name')} <span className="tagline">{t('app.tagline')}</span>
          </Link>
          <div className="tools">
            <label htmlFor="language">{t('app.language')}</label>{' '}
            <select id="language" value={i18n.language} onChange={(e) => chooseLanguage(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
            {me ? (
              <button type="button" className="link-button" onClick={() => { signOut(); queryClient.clear(); }}>
                {t('app.signOut')}
              </button>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
          <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
          <Route path="/invite/:token" element={<AcceptInvitationPage />} />
          <Route path="/appointments/:token" element={<AppointmentLinkPage />} />
          <Route path="/" element={<RequireSession><HomePage /></RequireSession>} />
          <Route path="/evenings/:id" element={<RequireSession><EveningPage /></RequireSession>} />
          <Route path="/privacy" element={<PrivacyPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
        </Suspense>
      </main>
      <footer className="site-footer">
        <Link to="/privacy">{t('app.privacy')}</Link>
      </footer>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('errors.notFound')}</PageHeading>
      <p>
        <Link to="/">{t('app.home')}</Link>
      </p>
    </>
  );
}
