import { useMemo, useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatCalendarDate } from '../../i18n/format';
import { ErrorSummary, Field, PageHeading, problemsOf, problemText, type FieldProblem } from '../../ui/ui';
import { SubProcessors } from './SubProcessors';
import { Incidents } from './Incidents';
import { SupportCases } from '../staff/SupportCases';
import { DeletionCertificates, JobRuns, LicenceActions, ProcessingRecords, SchoolContactsOfSchool, Statistics } from './OperatorRecords';

const PAGE = 25;

/** The vendor's operator: every school with its licence, and a new school set up. */
export function OperatorHome() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('operator.title')}</PageHeading>
      <Schools />
      <NewSchool />
      <Incidents />
      <JobRuns />
      <Statistics />
      <DeletionCertificates />
      <SubProcessors />
      <ProcessingRecords />
    </>
  );
}

function Schools() {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [managing, setManaging] = useState('');
  const schools = useQuery({
    queryKey: ['operator', 'licences', offset],
    queryFn: () => unwrap(api.GET('/api/v1/operator/licences', { params: { query: { limit: PAGE, offset } } })),
    placeholderData: keepPreviousData,
  });
  const day = (date: string | null) => (date ? formatCalendarDate(date, i18n.language, 'short') : '—');
  return (
    <section aria-labelledby="schools">
      <h2 id="schools">{t('operator.schools')}</h2>
      {schools.isError ? <p>{problemText(t, schools.error)}</p> : null}
      <div className="table-scroll">
        <table className="stack-narrow">
          <thead>
            <tr>
              <th scope="col">{t('operator.school')}</th>
              <th scope="col">{t('operator.licence')}</th>
              <th scope="col">{t('operator.renewal')}</th>
              <th scope="col">{t('operator.lastActivity')}</th>
              <th scope="col">{t('operator.deletion')}</th>
            </tr>
          </thead>
          <tbody>
            {schools.data?.items.map((s) => (
              <tr key={s.schoolId}>
                <th scope="row">{s.school}</th>
                <td data-label={t('operator.licence')}>
                  {t(`licence.status.${s.status}`)} · {t(`licence.kind.${s.kind}`)}
                  {s.kind === 'trial' && s.trialEndsOn ? ` · ${t('licence.trialEnds', { date: day(s.trialEndsOn) })}` : ''}
                </td>
                <td data-label={t('operator.renewal')}>{day(s.renewalOn)}</td>
                <td data-label={t('operator.lastActivity')}>{day(s.lastActivityOn)}</td>
                <td data-label={t('operator.deletion')}>{day(s.deletionDueOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {schools.data?.items.length ? (
        <div className="field">
          <label htmlFor="manage-licence">{t('operator.manageLicence')}</label>
          <select id="manage-licence" value={managing} onChange={(e) => setManaging(e.target.value)}>
            <option value="">{t('operator.chooseSchool')}</option>
            {schools.data.items.map((s) => (
              <option key={s.schoolId} value={s.schoolId}>
                {s.school}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {managing
        ? (() => {
            const chosen = schools.data?.items.find((s) => s.schoolId === managing);
            return chosen ? (
              <>
                <LicenceActions key={managing} schoolId={managing} school={chosen.school} trial={chosen.kind === 'trial'} />
                <SchoolContactsOfSchool key={`contacts-${managing}`} schoolId={managing} school={chosen.school} />
                <SupportCases key={`support-${managing}`} schoolId={managing} who="operator" />
              </>
            ) : null;
          })()
        : null}
      {schools.data ? (
        <p>
          {t('directory.showing', { from: schools.data.total ? offset + 1 : 0, to: offset + schools.data.items.length, total: schools.data.total })}{' '}
          <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('directory.previous')}
          </button>{' '}
          <button type="button" className="secondary" disabled={offset + schools.data.items.length >= schools.data.total} onClick={() => setOffset(offset + PAGE)}>
            {t('directory.next')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function NewSchool() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const blank = { name: '', slug: '', timezone: 'Europe/London', techName: '', techEmail: '', financeName: '', financeEmail: '', admin: 'admin' };
  const [form, setForm] = useState(blank);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const create = useMutation({
    mutationFn: (body: Schemas['CreateSchoolDto']) => unwrap(api.POST('/api/v1/operator/schools', { body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['operator'] }),
  });
  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const required: [keyof typeof form, string][] = [
      ['name', 'school-name'],
      ['slug', 'school-slug'],
      ['timezone', 'school-zone'],
      ['techName', 'tech-name'],
      ['techEmail', 'tech-email'],
      ['financeName', 'finance-name'],
      ['financeEmail', 'finance-email'],
      ['admin', 'admin-name'],
    ];
    const missing = required.filter(([key]) => !form[key].trim()).map(([key, id]) => ({ field: id, message: t(`operator.need.${key}`) }));
    setProblems(missing);
    if (missing.length) return;
    create.mutate(
      {
        name: form.name.trim(),
        slug: form.slug.trim(),
        timezone: form.timezone.trim(),
        technicalContact: { name: form.techName.trim(), email: form.techEmail.trim() },
        financeContact: { name: form.financeName.trim(), email: form.financeEmail.trim() },
        admin: { screenName: form.admin.trim() },
      },
      {
        // The notice above the form is itself a status region: announcing too would say it twice.
        onSuccess: () => setForm(blank),
        onError: (error) => setProblems(problemsOf(t, error)),
      },
    );
  }

  return (
    <section aria-labelledby="new-school">
      <h2 id="new-school">{t('operator.newSchool')}</h2>
      {create.data ? (
        <div className="notice" role="status">
          <p>{t('operator.created', { school: create.data.school.name })}</p>
          <dl className="details">
            <dt>{t('operator.signInName')}</dt>
            <dd>{create.data.school.slug}</dd>
            <dt>{t('operator.adminName')}</dt>
            <dd>{create.data.admin.screenName}</dd>
          </dl>
        </div>
      ) : null}
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={onSubmit}>
        <Field id="school-name" label={t('operator.name')} {...field('name')} />
        <Field id="school-slug" label={t('operator.slug')} hint={t('operator.slugHint')} {...field('slug')} />
        <Field id="school-zone" label={t('operator.timezone')} list="zones" {...field('timezone')} />
        <datalist id="zones">
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <fieldset className="field">
          <legend>{t('operator.technical')}</legend>
          <Field id="tech-name" label={t('operator.contactName')} {...field('techName')} />
          <Field id="tech-email" label={t('operator.contactEmail')} type="email" {...field('techEmail')} />
        </fieldset>
        <fieldset className="field">
          <legend>{t('operator.finance')}</legend>
          <Field id="finance-name" label={t('operator.contactName')} {...field('financeName')} />
          <Field id="finance-email" label={t('operator.contactEmail')} type="email" {...field('financeEmail')} />
        </fieldset>
        <Field id="admin-name" label={t('operator.adminScreenName')} {...field('admin')} />
        <button type="submit" disabled={create.isPending}>
          {t('operator.create')}
        </button>
      </form>
    </section>
  );
}
