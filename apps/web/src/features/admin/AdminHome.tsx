import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { PageHeading, problemText } from '../../ui/ui';
import { useAdminEvenings } from './api';

/** The school office's start: its evenings, each with its live grid. */
export function AdminHome() {
  const { t, i18n } = useTranslation();
  const evenings = useAdminEvenings();
  return (
    <>
      <PageHeading>{t('admin.title')}</PageHeading>
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
    </>
  );
}
