import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { PageHeading, problemText } from '../../ui/ui';
import { useTeacherEvenings } from './api';

/** A teacher's evenings, latest first, with how full their own list is. */
export function TeacherHome() {
  const { t, i18n } = useTranslation();
  const evenings = useTeacherEvenings();
  return (
    <>
      <PageHeading>{t('teacher.title')}</PageHeading>
      {evenings.isPending ? (
        <p>{t('app.loading')}</p>
      ) : evenings.isError ? (
        <p>{problemText(t, evenings.error)}</p>
      ) : evenings.data.items.length === 0 ? (
        <p>{t('teacher.none')}</p>
      ) : (
        <ul className="cards">
          {evenings.data.items.map((evening) => (
            <li key={evening.id} className="card">
              <h2 className="card-title">
                <Link to={`/teacher/evenings/${evening.id}`}>{evening.name}</Link>
              </h2>
              <p>
                {t(`status.${evening.status}`)} · {t('teacher.opens', { when: formatDateTime(evening.opensAt, i18n.language, evening.timezone) })}
              </p>
              <p>{t('teacher.counts', { booked: evening.booked, slots: evening.slots, blocked: evening.blocked })}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
