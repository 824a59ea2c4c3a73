import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatMoment } from '../../i18n/format';
import { Field, problemText, useAnnounce } from '../../ui/ui';
import { ContactsForm } from '../staff/ContactsForm';


/** A school's licence from the vendor's side: a payment recorded, or its trial extended. */
export function LicenceActions({ schoolId, school, trial }: { schoolId: string; school: string; trial: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const announce = useAnnounce();
  const today = new Date().toISOString().slice(0, 10);
  const [payment, setPayment] = useState({ reference: '', amount: '', currency: 'GBP', periodStart: today, periodEnd: '' });
  const [trialEnd, setTrialEnd] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['operator'] });
  const pay = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/operator/schools/{id}/payments', {
          params: { path: { id: schoolId } },
          body: { reference: payment.reference.trim(), amountMinor: Math.round(Number(payment.amount) * 100), currency: payment.currency.trim().toUpperCase(), periodStart: payment.periodStart, periodEnd: payment.periodEnd },
        }),
      ),
    onSuccess: () => announce(t('operator.paymentRecorded', { school })),
    onSettled: refresh,
  });
  const extend = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/operator/schools/{id}/trial', { params: { path: { id: schoolId } }, body: { endsOn: trialEnd } })),
    onSuccess: () => announce(t('operator.trialExtended', { school })),
    onSettled: refresh,
  });
  const field = (key: keyof typeof payment) => ({ value: payment[key], onChange: (e: { target: { value: string } }) => setPayment({ ...payment, [key]: e.target.value }) });
  const id = (name: string) => `${name}-${schoolId}`;
  return (
    <div className="licence-actions">
      {pay.error || extend.error ? <p className="notice notice-problem">{problemText(t, pay.error ?? extend.error)}</p> : null}
      {pay.isSuccess ? <p className="notice">{t('operator.paymentRecorded', { school })}</p> : null}
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          pay.mutate();
        }}
      >
        <h4>{t('operator.recordPayment')}</h4>
        <div className="field-row">
          <Field id={id('reference')} label={t('operator.reference')} {...field('reference')} />
          <Field id={id('amount')} label={t('operator.amount')} inputMode="decimal" {...field('amount')} />
          <Field id={id('currency')} label={t('operator.currency')} maxLength={3} {...field('currency')} />
        </div>
        <div className="field-row">
          <Field id={id('from')} label={t('operator.periodStart')} type="date" {...field('periodStart')} />
          <Field id={id('to')} label={t('operator.periodEnd')} type="date" {...field('periodEnd')} />
        </div>
        <button type="submit" disabled={pay.isPending || !payment.reference.trim() || !payment.amount || !payment.periodEnd}>
          {t('operator.record')}
        </button>
      </form>
      {trial ? (
        <form
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            extend.mutate();
          }}
        >
          <h4>{t('operator.extendTrial')}</h4>
          <Field id={id('trial')} label={t('operator.trialEndsOn')} type="date" value={trialEnd} onChange={(e) => setTrialEnd(e.target.value)} />
          <button type="submit" className="secondary" disabled={extend.isPending || !trialEnd}>
            {t('operator.extend')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** The scheduled jobs' recent runs, across instances. */
export function JobRuns() {
  const { t, i18n } = useTranslation();
  const runs = useQuery({ queryKey: ['operator', 'jobs'], queryFn: () => unwrap(api.GET('/api/v1/operator/jobs')) });
  return (
    <section aria-labelledby="jobs">
      <h2 id="jobs">{t('operator.jobs')}</h2>
      {runs.isError ? <p>{problemText(t, runs.error)}</p> : null}
      {runs.data?.length === 0 ? <p>{t('operator.noRuns')}</p> : null}
      <ul className="plain">
        {runs.data?.slice(0, 30).map((run) => (
          <li key={`${run.job}-${run.tick}-${run.attempt}`} className="run">
            <strong>{run.job}</strong> · {run.tick} · {formatMoment(run.startedAt, i18n.language)} · {t(`operator.outcomes.${run.outcome}`)}
            {run.error ? ` · ${run.error}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Retention purges with the rows they deleted per table: the vendor's proof to a school. */
export function DeletionCertificates() {
  const { t, i18n } = useTranslation();
  const certificates = useQuery({ queryKey: ['operator', 'certificates'], queryFn: () => unwrap(api.GET('/api/v1/operator/deletion-certificates', { params: { query: { limit: 20 } } })) });
  return (
    <section aria-labelledby="certificates">
      <h2 id="certificates">{t('operator.certificates')}</h2>
      {certificates.data?.items.length === 0 ? <p>{t('operator.noCertificates')}</p> : null}
      <ul className="plain">
        {certificates.data?.items.map((c) => (
          <li key={`${c.schoolId}-${c.startedAt}`} className="run">
            <strong>{c.school}</strong> · {c.reason} · {formatMoment(c.startedAt, i18n.language)} · {t('operator.rowsDeleted', { count: c.totalRows })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The records of processing (Art. 30), generated from the data classification in the code. */
export function ProcessingRecords() {
  const { t } = useTranslation();
  const records = useQuery({ queryKey: ['operator', 'records'], queryFn: () => unwrap(api.GET('/api/v1/operator/processing-records')) });
  if (!records.data) return null;
  const r = records.data;
  return (
    <section aria-labelledby="records">
      <h2 id="records">{t('operator.records')}</h2>
      <p>{t('operator.recordsSummary', { tables: r.records.length, other: r.withoutPersonalData.length })}</p>
      <div className="table-scroll">
        <table className="stack-narrow">
          <thead>
            <tr>
              <th scope="col">{t('operator.table')}</th>
              <th scope="col">{t('operator.subjects')}</th>
              <th scope="col">{t('operator.retention')}</th>
            </tr>
          </thead>
          <tbody>
            {r.records.map((record) => (
              <tr key={record.table}>
                <th scope="row">{record.table}</th>
                <td data-label={t('operator.subjects')}>{record.subjects}</td>
                <td data-label={t('operator.retention')}>{record.retentionRule}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Anonymous daily figures; small cells are suppressed by the API. */
export function Statistics() {
  const { t } = useTranslation();
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 13 * 86_400_000).toISOString().slice(0, 10);
  const stats = useQuery({ queryKey: ['operator', 'statistics', from, to], queryFn: () => unwrap(api.GET('/api/v1/operator/statistics', { params: { query: { from, to } } })) });
  if (!stats.data) return stats.isError ? <p>{problemText(t, stats.error)}</p> : null;
  const totals = new Map<string, number>();
  for (const cell of stats.data.cells) if (cell.value !== null) totals.set(cell.metric, (totals.get(cell.metric) ?? 0) + cell.value);
  return (
    <section aria-labelledby="statistics">
      <h2 id="statistics">{t('operator.statistics')}</h2>
      <p className="hint">{t('operator.statisticsHint', { k: stats.data.k, from, to })}</p>
      <dl className="counts">
        {[...totals].map(([metric, value]) => (
          <div key={metric}>
            <dt>{t(`operator.metrics.${metric}`, { defaultValue: metric })}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The chosen school's customer record: its contacts, corrected by the operator. */
export function SchoolContactsOfSchool({ schoolId, school }: { schoolId: string; school: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const contacts = useQuery({ queryKey: ['operator', 'contacts', schoolId], queryFn: () => unwrap(api.GET('/api/v1/operator/schools/{id}/contacts', { params: { path: { id: schoolId } } })) });
  if (!contacts.data) return contacts.isError ? <p>{problemText(t, contacts.error)}</p> : null;
  return (
    <section aria-labelledby={`contacts-${schoolId}`}>
      <h3 id={`contacts-${schoolId}`}>{t('contacts.of', { school })}</h3>
      <ContactsForm
        contacts={contacts.data}
        save={async (body) => client.setQueryData(['operator', 'contacts', schoolId], await unwrap(api.PUT('/api/v1/operator/schools/{id}/contacts', { params: { path: { id: schoolId } }, body })))}
      />
    </section>
  );
}
