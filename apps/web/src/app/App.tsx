import { lazy, Suspense } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { EveningPage } from '../features/parent/EveningPage';
import { HomePage } from '../features/parent/HomePage';
import { api } from '../api/client';
import { chooseLanguage, LANGUAGES, parentPage, staffPage, type Language } from '../i18n/i18n';
import { LiveRegionProvider, PageHeading } from '../ui/ui';
import { RequireSession, SessionProvider, useSession } from './session';

// Pages reached from an email or the footer load when opened: the evening page's first load stays small.
const AppointmentLinkPage = lazy(() => parentPage(import('../features/appointments/AppointmentLinkPage')).then((m) => ({ default: m.AppointmentLinkPage })));
const AcceptInvitationPage = lazy(() => parentPage(import('../features/auth/AcceptInvitationPage')).then((m) => ({ default: m.AcceptInvitationPage })));
const ForgotPasswordPage = lazy(() => parentPage(import('../features/auth/ForgotPasswordPage')).then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => parentPage(import('../features/auth/ResetPasswordPage')).then((m) => ({ default: m.ResetPasswordPage })));
const SingleSignOnReturnPage = lazy(() => parentPage(import('../features/auth/SingleSignOn')).then((m) => ({ default: m.SingleSignOnReturnPage })));
const PrivacyPage = lazy(() => parentPage(import('../features/privacy/PrivacyPage')).then((m) => ({ default: m.PrivacyPage })));
// Staff pages load on demand: a parent's phone never downloads them.
const NewEveningPage = lazy(() => staffPage(import('../features/admin/NewEveningPage')).then((m) => ({ default: m.NewEveningPage })));
const EveningDetailsPage = lazy(() => staffPage(import('../features/admin/NewEveningPage')).then((m) => ({ default: m.EveningDetailsPage })));
const EditEveningPage = lazy(() => staffPage(import('../features/admin/NewEveningPage')).then((m) => ({ default: m.EditEveningPage })));
const EveningAdminPage = lazy(() => staffPage(import('../features/admin/EveningAdminPage')).then((m) => ({ default: m.EveningAdminPage })));
const DirectoryPage = lazy(() => staffPage(import('../features/directory/DirectoryPage')).then((m) => ({ default: m.DirectoryPage })));
const PersonPage = lazy(() => staffPage(import('../features/directory/PersonPage')).then((m) => ({ default: m.PersonPage })));
const SyncPage = lazy(() => staffPage(import('../features/sync/SyncPage')).then((m) => ({ default: m.SyncPage })));
const PrivacyOfficePage = lazy(() => staffPage(import('../features/office-privacy/PrivacyOfficePage')).then((m) => ({ default: m.PrivacyOfficePage })));
const GridPage = lazy(() => staffPage(import('../features/admin/GridPage')).then((m) => ({ default: m.GridPage })));
const TeacherEveningPage = lazy(() => staffPage(import('../features/teacher/TeacherEveningPage')).then((m) => ({ default: m.TeacherEveningPage })));

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
            <select
              id="language"
              value={i18n.language}
              onChange={(e) => {
                const language = e.target.value as Language;
                void chooseLanguage(language);
                // Signed in, the choice is the user's: their emails follow it too.
                if (me) void api.PUT('/api/v1/auth/me/language', { body: { language } });
              }}
            >
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
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/sign-in/sso/:school" element={<Suspense fallback={<Loading />}><SingleSignOnReturnPage /></Suspense>} />
          <Route path="/forgot-password" element={<Suspense fallback={<Loading />}><ForgotPasswordPage /></Suspense>} />
          <Route path="/reset-password/:token" element={<Suspense fallback={<Loading />}><ResetPasswordPage /></Suspense>} />
          <Route path="/invite/:token" element={<Suspense fallback={<Loading />}><AcceptInvitationPage /></Suspense>} />
          <Route path="/appointments/:token" element={<Suspense fallback={<Loading />}><AppointmentLinkPage /></Suspense>} />
          <Route path="/" element={<RequireSession><HomePage /></RequireSession>} />
          <Route path="/evenings/:id" element={<RequireSession><EveningPage /></RequireSession>} />
          <Route path="/admin/evenings/new" element={<RequireSession><Suspense fallback={<Loading />}><NewEveningPage /></Suspense></RequireSession>} />
          <Route path="/admin/evenings/:id" element={<RequireSession><Suspense fallback={<Loading />}><EveningAdminPage /></Suspense></RequireSession>} />
          <Route path="/admin/evenings/:id/details" element={<RequireSession><Suspense fallback={<Loading />}><EveningDetailsPage /></Suspense></RequireSession>} />
          <Route path="/admin/evenings/:id/edit" element={<RequireSession><Suspense fallback={<Loading />}><EditEveningPage /></Suspense></RequireSession>} />
          <Route path="/admin/evenings/:id/grid" element={<RequireSession><Suspense fallback={<Loading />}><GridPage /></Suspense></RequireSession>} />
          <Route path="/admin/directory" element={<RequireSession><Suspense fallback={<Loading />}><DirectoryPage /></Suspense></RequireSession>} />
          <Route path="/admin/directory/:kind/:id" element={<RequireSession><Suspense fallback={<Loading />}><PersonPage /></Suspense></RequireSession>} />
          <Route path="/admin/sync" element={<RequireSession><Suspense fallback={<Loading />}><SyncPage /></Suspense></RequireSession>} />
          <Route path="/admin/privacy" element={<RequireSession><Suspense fallback={<Loading />}><PrivacyOfficePage /></Suspense></RequireSession>} />
          <Route path="/teacher/evenings/:id" element={<RequireSession><Suspense fallback={<Loading />}><TeacherEveningPage /></Suspense></RequireSession>} />
          <Route path="/privacy" element={<Suspense fallback={<Loading />}><PrivacyPage /></Suspense>} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
      <footer className="site-footer">
        <Link to="/privacy">{t('app.privacy')}</Link>
      </footer>
    </>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <p>{t('app.loading')}</p>;
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
