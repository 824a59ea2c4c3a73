import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../app/session';
import { formatMoment } from '../../i18n/format';
import { ErrorSummary, PageHeading, problemText, type FieldProblem } from '../../ui/ui';

const KINDS = ['access', 'erasure', 'rectification', 'portability', 'other'] as const;
type Kind = (typeof KINDS)[number];

/** What PTC holds and why, who helps it, and a request to the school (PTC is the school's processor). */
export function PrivacyPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <>
      <PageHeading>{t('privacy.title')}</PageHeading>
      <p>{t('privacy.intro')}</p>
      <h2>{t('privacy.holdsTitle')}</h2>
      <ul>
        <li>{t('privacy.holds.directory')}</li>
        <li>{t('privacy.holds.bookings')}</li>
        <li>{t('privacy.holds.account')}</li>
        <li>{t('privacy.holds.usage')}</li>
      </ul>
      <h2>{t('privacy.whyTitle')}</h2>
      <p>{t('privacy.why')}</p>
      <h2>{t('privacy.howLongTitle')}</h2>
      <p>{t('privacy.howLong')}</p>
      <SubProcessors />
      {me && me.role !== 'operator' ? <ThirdParties /> : null}
      <h2 id="request">{t('privacy.requestTitle')}</h2>
      <p>{t('privacy.requestIntro')}</p>
      {me && me.role !== 'operator' && me.role !== 'school_admin' ? (
        <RequestForm />
      ) : (
        <p>
          <Link to="/sign-in?next=/privacy">{t('privacy.signInToAsk')}</Link>
        </p>
      )}
    </>
  );
}

function SubProcessors() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['sub-processors'], queryFn: () => unwrap(api.GET('/api/v1/privacy/sub-processors')) });
  return (
    <section aria-labelledby="sub-processors">
      <h2 id="sub-processors">{t('privacy.subProcessorsTitle')}</h2>
      {list.isPending ? (
        <p>{t('app.loading')}</p>
      ) : list.isError ? (
        <p>{problemText(t, list.error)}</p>
      ) : list.data.subProcessors.length === 0 ? (
        <p>{t('privacy.noSubProcessors')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('privacy.subProcessorsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.name')}</th>
              <th scope="col">{t('privacy.purpose')}</th>
              <th scope="col">{t('privacy.where')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.subProcessors.map((s) => (
              <tr key={s.name}>
                <th scope="row">{s.name}</th>
                <td>{s.purpose}</td>
                <td>
                  {s.location}, {s.country}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The companies the reader's school lets read some of its data (its API credentials in force); nothing when there are none. */
function ThirdParties() {
  const { t, i18n } = useTranslation();
  const list = useQuery({ queryKey: ['third-parties'], queryFn: () => unwrap(api.GET('/api/v1/school/third-parties')) });
  if (!list.data?.length) return null;
  return (
    <section aria-labelledby="third-parties">
      <h2 id="third-parties">{t('privacy.thirdPartiesTitle')}</h2>
      <p>{t('privacy.thirdPartiesIntro')}</p>
      <ul>
        {list.data.map((party) => (
          <li key={`${party.name}-${party.since}`}>
            <strong>{party.name}</strong>: {party.purpose} ({t('privacy.thirdPartyUntil', { date: formatMoment(party.until, i18n.language) })})
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestForm() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('access');
  const [details, setDetails] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const file = useMutation({ mutationFn: (body: { kind: Kind; details: string }) => unwrap(api.POST('/api/v1/privacy/requests', { body })) });

  if (file.isSuccess) {
    return (
      <p className="notice" role="status">
        {t('privacy.passedOn')}
      </p>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!details.trim()) {
      setProblems([{ field: 'details', message: t('privacy.detailsRequired') }]);
      return;
    }
    setProblems([]);
    file.mutate({ kind, details: details.trim() }, { onError: (error) => setProblems([{ message: problemText(t, error) }]) });
  }

  const detailsError = problems.find((p) => p.field === 'details')?.message;
  return (
    <>
      <ErrorSummary problems={problems} />
      <form onSubmit={submit} noValidate>
        <fieldset className="field">
          <legend>{t('privacy.kind')}</legend>
          {KINDS.map((k) => (
            <div key={k} className="radio">
              <input type="radio" id={`kind-${k}`} name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <label htmlFor={`kind-${k}`}>{t(`privacy.kinds.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className={detailsError ? 'field field-error' : 'field'}>
          <label htmlFor="details">{t('privacy.details')}</label>
          {detailsError ? (
            <p className="error-message" id="details-error">
              {detailsError}
            </p>
          ) : null}
          <textarea id="details" rows={5} value={details} onChange={(e) => setDetails(e.target.value)} aria-describedby={detailsError ? 'details-error' : undefined} aria-invalid={detailsError ? true : undefined} />
        </div>
        <button type="submit" disabled={file.isPending}>
          {t('privacy.send')}
        </button>
      </form>
    </>
  );
}
