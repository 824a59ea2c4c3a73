import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../app/session';
import { PageHeading, problemText } from '../../ui/ui';

/** The school's sign-in name once the person has stopped typing it. */
function useSettled(value: string, delayMs = 400): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** "Sign in with <the school's provider>", when the school has one; the browser goes to the provider and comes back to {@link SingleSignOnReturnPage}. */
export function ProviderSignIn({ school, next }: { school: string; next: string | null }) {
  const { t } = useTranslation();
  const slug = useSettled(school.trim().toLowerCase());
  const signIn = useQuery({
    queryKey: ['school-sign-in', slug],
    queryFn: () => unwrap(api.GET('/api/v1/auth/sso/{school}', { params: { path: { school: slug } } })),
    enabled: /^[a-z0-9-]{2,}$/.test(slug),
    staleTime: 60_000,
    retry: false,
  });
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/sso/{school}/start', { params: { path: { school: slug } }, body: next ? { next } : {} })),
    onSuccess: ({ authorizationUrl }) => window.location.assign(authorizationUrl),
  });
  const provider = signIn.data?.providerName;
  if (!provider) return null;
  return (
    <section aria-labelledby="provider-sign-in" className="provider-sign-in">
      <h2 id="provider-sign-in" className="visually-hidden">
        {t('sso.heading')}
      </h2>
      <button type="button" onClick={() => start.mutate()} disabled={start.isPending || start.isSuccess}>
        {t('sso.button', { provider })}
      </button>
      <p className="hint">{signIn.data?.staffPasswordSignIn ? t('sso.or') : t('sso.staffMustUse', { provider })}</p>
      {start.error ? <p className="notice notice-problem">{problemText(t, start.error)}</p> : null}
    </section>
  );
}

/** Where the school's provider sends the browser back: PTC trades its answer for a session. */
export function SingleSignOnReturnPage() {
  const { t } = useTranslation();
  const { school = '' } = useParams();
  const [params] = useSearchParams();
  const { adoptToken } = useSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  // The provider's answer works once: hand it over once, even if the page renders twice.
  const handedOver = useRef(false);

  useEffect(() => {
    if (handedOver.current) return;
    handedOver.current = true;
    const answer = Object.fromEntries(['code', 'state', 'iss', 'error'].flatMap((name) => (params.get(name) ? [[name, params.get(name)!]] : [])));
    unwrap(api.POST('/api/v1/auth/sso/{school}/finish', { params: { path: { school } }, body: { state: '', ...answer } }))
      .then(async (done) => {
        await adoptToken(done.accessToken, school);
        navigate(done.next ?? '/', { replace: true });
      })
      .catch((error: unknown) => setProblem(problemText(t, error)));
  }, [adoptToken, navigate, params, school, t]);

  return (
    <>
      <PageHeading>{problem ? t('sso.failedTitle') : t('sso.returningTitle')}</PageHeading>
      {problem ? (
        <>
          <p className="notice notice-problem" role="alert">
            {problem}
          </p>
          <p>
            <Link to={`/sign-in?school=${encodeURIComponent(school)}`}>{t('sso.again')}</Link>
          </p>
        </>
      ) : (
        <p role="status">{t('sso.returning')}</p>
      )}
    </>
  );
}
