import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate, formatDateTime } from '../../i18n/format';
import { PageHeading, problemText } from '../../ui/ui';
import { useAdminEvenings, useLicence } from './api';
import { BookingRules } from './BookingRules';
import { SchoolContacts } from './SchoolContacts';
import { SchoolLanguage } from './SchoolLanguage';
import { SignInProvider } from './SignInProvider';
import { SupportCases } from '../staff/SupportCases';

/** The school office's start: its evenings, each with its live grid. */
export function AdminHome() {
  const { t, i18n } = useTranslation();
  const evenings = useAdminEvenings();
  return (
    <>
      <PageHeading>{t('admin.title')}</PageHeading>
      <Licence />
      <nav aria-label={t('admin.sections')}>
        <ul className="plain links">
          <li>
            <Link to="/admin/directory">{t('directory.open')}</Link>
          </li>
          <li>
            <Link to="/admin/sync">{t('sync.open')}</Link>
          </li>
          <li>
            <Link to="/admin/privacy">{t('officePrivacy.openPage')}</Link>
          </li>
        </ul>
      </nav>
      <h2>{t('admin.evenings')}</h2>
      <p>
        <Link to="/admin/evenings/new" className="button">
          {t('manage.new')}
        </Link>
      </p>
      {evenings.isPending ? (
        <p>{t('app.loading')}</p>
      ) : evenings.isError ? (
        <p>{problemText(t, evenings.error)}</p>
      ) : evenings.data.items.length === 0 ? (
        <p>{t('admin.noEvenings')}</p>
      ) : (
        <ul className="cards">
          {evenings.data.items.map((evening) => (
            <li key={evening.id} className="card">
              <h3 className="card-title">{evening.name}</h3>
              <p>
                {t(`status.${evening.status}`)} · {t('teacher.opens', { when: formatDateTime(evening.opensAt, i18n.language, evening.timezone) })}
              </p>
              <p className="links">
                <Link to={`/admin/evenings/${evening.id}`} aria-label={t('manage.manageLabel', { evening: evening.name })}>
                  {t('manage.manage')}
                </Link>
                <Link to={`/admin/evenings/${evening.id}/grid`} aria-label={t('admin.gridLabel', { evening: evening.name })}>
                  {t('admin.grid')}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <BookingRules />
      <SchoolLanguage />
      <SchoolContacts />
      <SignInProvider />
      <SupportCases schoolId="own" who="office" />
    </>
  );
}

/** The school's licence: its state and dates, and a warning when it is ending or the school's data is to be deleted. */
function Licence() {
  const { t, i18n } = useTranslation();
  const licence = useLicence();
  if (!licence.data) return null;
  const { status, kind, renewalOn, trialEndsOn, terminatesOn, deletionDueOn } = licence.data;
  // A paid licence always has the day it would end unpaid: worth a warning once payment is overdue or that day is near.
  const endingSoon = terminatesOn && (status === 'overdue' || Date.parse(`${terminatesOn}T00:00:00Z`) - Date.now() <= 30 * 86_400_000);
  const day = (date: string) => formatCalendarDate(date, i18n.language);
  return (
    <section aria-labelledby="licence">
      {endingSoon || deletionDueOn ? (
        <div className="notice notice-problem" role="alert">
          {endingSoon ? <p>{t('licence.terminates', { date: day(terminatesOn) })}</p> : null}
          {deletionDueOn ? <p>{t('licence.deletion', { date: day(deletionDueOn) })}</p> : null}
        </div>
      ) : null}
      <h2 id="licence">{t('licence.title')}</h2>
      <p>
        {t(`licence.status.${status}`)} · {t(`licence.kind.${kind}`)}
        {kind === 'trial' && trialEndsOn ? ` · ${t('licence.trialEnds', { date: day(trialEndsOn) })}` : ''}
        {renewalOn ? ` · ${t('licence.renewal', { date: day(renewalOn) })}` : ''}
      </p>
    </section>
  );
}
