import i18next, { chooseLanguage } from '../i18n/i18n';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, onSignedOut, setAccessToken, unwrap, type Schemas } from '../api/client';

type Me = Schemas['MeView'];

interface SessionValue {
  me: Me | null;
  /** `school` null: the vendor's operators, who belong to none. */
  signIn(school: string | null, screenName: string, password: string): Promise<Me>;
  /** A token PTC gave by another way of signing in (the school's identity provider). */
  adoptToken(accessToken: string, school: string): Promise<Me>;
  signOut(): void;
}

const SessionContext = createContext<SessionValue | null>(null);
const REMEMBERED_SCHOOL = 'ptc.school';

/** The school's sign-in name is remembered (not a secret); the token is kept in memory only. */
export const rememberedSchool = () => localStorage.getItem(REMEMBERED_SCHOOL) ?? '';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => onSignedOut(() => setMe(null)), []);

  const adoptToken = useCallback(async (accessToken: string, school: string | null) => {
    setAccessToken(accessToken);
    const who = await unwrap(api.GET('/api/v1/auth/me'));
    if (school) localStorage.setItem(REMEMBERED_SCHOOL, school);
    // The language the user chose for PTC (also their emails') comes with them to any browser.
    if ((who.language === 'en' || who.language === 'es') && who.language !== i18next.language) await chooseLanguage(who.language);
    setMe(who);
    return who;
  }, []);

  const signIn = useCallback(
    async (school: string | null, screenName: string, password: string) => {
      const token = await unwrap(api.POST('/api/v1/auth/login', { body: { ...(school ? { school } : {}), screenName, password } }));
      return adoptToken(token.accessToken, school);
    },
    [adoptToken],
  );

  const signOut = useCallback(() => {
    setAccessToken(null);
    setMe(null);
  }, []);

  const value = useMemo(() => ({ me, signIn, adoptToken, signOut }), [me, signIn, adoptToken, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Pages behind a sign-in: without a session, the sign-in page, which comes back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (!me) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  return children;
}
