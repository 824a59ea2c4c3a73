import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { downloadFile, saveFile } from '../../api/download';
import { formatCalendarDate, formatMoment } from '../../i18n/format';
import { PageHeading, problemText, useAnnounce } from '../../ui/ui';
import { SupportAccess, UsageRelease } from './UsageAndSupport';
import { ApiCredentials } from './ApiCredentials';
import { BreachReport, SchoolIncidents } from './Incidents';
import { useRequest, useRequests, useRequestSchoolExport, useSchoolExports, useStep, type Request } from './api';

/** The school's data-protection desk: requests by due date with every step, and the whole-school export. */
export function PrivacyOfficePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const [openId, setOpenId] = useState<string | null>(null);
  const requests = useRequests(status);
  return (
    <>
      <PageHeading>{t('officePrivacy.title')}</PageHeading>
      <SchoolIncidents />
      <section aria-labelledby="requests">
        <h2 id="requests">{t('officePrivacy.requests')}</h2>
        <label className="checkbox">
          <input type="checkbox" checked={status === 'all'} onChange={(e) => setStatus(e.target.checked ? 'all' : 'open')} /> {t('officePrivacy.showFinished')}
        </label>
        {requests.isPending ? <p>{t('app.loading')}</p> : requests.isError ? <p>{problemText(t, requests.error)}</p> : null}
        {requests.data?.items.length === 0 ? <p>{t('officePrivacy.none')}</p> : null}
        <ul className="plain requests">
          {requests.data?.items.map((request) => (
            <li key={request.id} className="card">
              <RequestSummary request={request} />
              {openId === request.id ? (
                <RequestSteps id={request.id} onFinished={() => setStatus('all')} />
              ) : (
                <button type="button" className="secondary" aria-label={t('officePrivacy.openLabel', { kind: t(`officePrivacy.kinds.${request.kind}`), due: request.dueOn })} onClick={() => setOpenId(request.id)}>
                  {t('officePrivacy.open')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <SchoolExports />
      <UsageRelease />
      <SupportAccess />
      <ApiCredentials />
      <BreachReport />
      <p>
        <Link to="/privacy">{t('officePrivacy.subProcessors')}</Link>
      </p>
    </>
  );
}

function RequestSummary({ request }: { request: Request }) {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatCalendarDate(date, i18n.language);
  const overdue = !['fulfilled', 'rejected', 'closed'].includes(request.status) && request.dueOn < new Date().toISOString().slice(0, 10);
  const subjectKind = request.subject?.kind;
  const directoryKind = subjectKind === 'contact' ? 'contacts' : subjectKind === 'teacher' ? 'teachers' : subjectKind === 'student' ? 'students' : null;
  return (
    <>
      <h3 className="card-title">
        {t(`officePrivacy.kinds.${request.kind}`)} · {t(`officePrivacy.statuses.${request.status}`)}
      </h3>
      <p className={overdue ? 'error-message' : undefined}>
        {overdue ? t('officePrivacy.overdue', { date: day(request.dueOn) }) : t('officePrivacy.due', { date: day(request.dueOn) })} · {t('officePrivacy.received', { date: day(request.receivedAt) })}
      </p>
      <blockquote className="request-words">{request.details}</blockquote>
      {request.subject && directoryKind ? (
        <p>
          <Link to={`/admin/directory/${directoryKind}/${request.subject.id}`}>{t('officePrivacy.subject')}</Link>
        </p>
      ) : null}
    </>
  );
}

const FINISHED = ['fulfilled', 'rejected', 'closed'];
const STEP_NAMES = ['received', 'acknowledged', 'rejected', 'closed'];

/** A step as the API records it ("fulfilled: export", "extended by 1 month(s) to 2027-01-30"), in the reader's words. */
function stepText(t: TFunction, action: string): string {
  const fulfilled = /^fulfilled: (export|erasure|rectification|other)$/.exec(action);
  if (fulfilled) return t('officePrivacy.stepFulfilled', { how: t(`officePrivacy.fulfilActions.${fulfilled[1]}`) });
  const extended = /^extended by (\d+) month\(s\) to (\S+)$/.exec(action);
  if (extended) return t('officePrivacy.stepExtended', { months: extended[1], date: extended[2] });
  return STEP_NAMES.includes(action) ? t(`officePrivacy.stepNames.${action}`) : action;
}

/** A finished request leaves the open queue: the page then lists finished ones too, so it stays in view with its answer. */
function RequestSteps({ id, onFinished }: { id: string; onFinished: () => void }) {
  const { t, i18n } = useTranslation();
  const request = useRequest(id);
  const step = useStep(id);
  const announce = useAnnounce();
  const [action, setAction] = useState<'export' | 'erasure' | 'rectification' | 'other'>('export');
  const [text, setText] = useState('');
  const [months, setMonths] = useState(1);
  const [confirmErasure, setConfirmErasure] = useState(false);
  const [choice, setChoice] = useState<'fulfil' | 'extend' | 'reject' | 'close'>('fulfil');
  if (!request.data) return request.isError ? <p>{problemText(t, request.error)}</p> : <p>{t('app.loading')}</p>;
  const r = request.data;
  // The export comes with the answer to "fulfil" only (it is not kept): offered for download from it.
  const exported = r.export ?? (step.data as { export?: unknown } | undefined)?.export;
  const when = (iso: string) => formatMoment(iso, i18n.language);
  const done = (key: string) => () => {
    announce(t(key));
    setText('');
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Before the queue is read again without it.
    if (choice !== 'extend') onFinished();
    if (choice === 'fulfil') step.mutate({ kind: 'fulfil', action, note: text.trim() || undefined }, { onSuccess: done('officePrivacy.fulfilled') });
    else if (choice === 'extend') step.mutate({ kind: 'extend', months, reason: text.trim() }, { onSuccess: done('officePrivacy.extended') });
    else step.mutate({ kind: choice, reason: text.trim() }, { onSuccess: done(choice === 'reject' ? 'officePrivacy.rejected' : 'officePrivacy.closed') });
  }

  const needsText = choice !== 'fulfil';
  const blocked = (needsText && !text.trim()) || (choice === 'fulfil' && action === 'erasure' && !confirmErasure);
  return (
    <div>
      <h4>{t('officePrivacy.steps')}</h4>
      <ol className="plain">
        {r.steps.map((s, i) => (
          <li key={i}>
            <strong>{when(s.at)}</strong> · {stepText(t, s.action)}
            {s.note ? ` · ${s.note}` : ''}
          </li>
        ))}
      </ol>
      {step.error ? <p className="notice notice-problem">{problemText(t, step.error)}</p> : null}
      {exported ? (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => saveFile(new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }), `privacy-export-${r.id}.json`)}
          >
            {t('officePrivacy.downloadExport')}
          </button>{' '}
          <span className="hint">{t('officePrivacy.exportHint')}</span>
        </p>
      ) : null}
      {FINISHED.includes(r.status) ? null : (
        <>
          {r.status === 'received' ? (
            <p>
              <button type="button" disabled={step.isPending} onClick={() => step.mutate({ kind: 'acknowledge' }, { onSuccess: done('officePrivacy.acknowledged') })}>
                {t('officePrivacy.acknowledge')}
              </button>
            </p>
          ) : null}
          <form onSubmit={onSubmit} noValidate>
            <fieldset className="field">
              <legend>{t('officePrivacy.next')}</legend>
              {(['fulfil', 'extend', 'reject', 'close'] as const).map((c) => (
                <label key={c} className="radio">
                  <input type="radio" name={`next-${id}`} checked={choice === c} onChange={() => setChoice(c)} /> {t(`officePrivacy.choices.${c}`)}
                </label>
              ))}
            </fieldset>
            {choice === 'fulfil' ? (
              <div className="field">
                <label htmlFor={`action-${id}`}>{t('officePrivacy.how')}</label>
                <select id={`action-${id}`} value={action} onChange={(e) => { setAction(e.target.value as typeof action); setConfirmErasure(false); }}>
                  {(['export', 'erasure', 'rectification', 'other'] as const).map((a) => (
                    <option key={a} value={a}>
                      {t(`officePrivacy.fulfilActions.${a}`)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {choice === 'fulfil' && action === 'erasure' ? (
              <div className="notice notice-problem">
                <p>{t('officePrivacy.erasureEffect')}</p>
                <label className="checkbox">
                  <input type="checkbox" checked={confirmErasure} onChange={(e) => setConfirmErasure(e.target.checked)} /> {t('officePrivacy.erasureConfirm')}
                </label>
              </div>
            ) : null}
            {choice === 'extend' ? (
              <div className="field">
                <label htmlFor={`months-${id}`}>{t('officePrivacy.months')}</label>
                <select id={`months-${id}`} value={months} onChange={(e) => setMonths(Number(e.target.value))}>
                  <option value={1}>1</option>
                  <option value={2}>2</option>
                </select>
              </div>
            ) : null}
            <div className="field">
              <label htmlFor={`text-${id}`}>{needsText ? t('officePrivacy.reason') : t('officePrivacy.note')}</label>
              <textarea id={`text-${id}`} rows={2} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} />
            </div>
            <button type="submit" className={choice === 'fulfil' && action === 'erasure' ? 'warning' : undefined} disabled={blocked || step.isPending}>
              {t(`officePrivacy.submit.${choice}`)}
            </button>
          </form>
        </>
      )}
    </div>
  );
}

/** Everything the school holds in PTC, built in the background, downloadable for a day. */
function SchoolExports() {
  const { t, i18n } = useTranslation();
  const exports = useSchoolExports();
  const request = useRequestSchoolExport();
  const [problem, setProblem] = useState<unknown>(null);
  const when = (iso: string) => formatMoment(iso, i18n.language);
  return (
    <section aria-labelledby="school-export">
      <h2 id="school-export">{t('officePrivacy.schoolExport')}</h2>
      <p>{t('officePrivacy.schoolExportIntro')}</p>
      {request.error || problem ? <p className="notice notice-problem">{problemText(t, request.error ?? problem)}</p> : null}
      <p>
        <button type="button" className="secondary" disabled={request.isPending} onClick={() => request.mutate()}>
          {t('officePrivacy.makeExport')}
        </button>
      </p>
      <ul className="plain">
        {exports.data?.items.map((e) => (
          <li key={e.id}>
            {when(e.requestedAt)} · {t(`officePrivacy.exportStatus.${e.status}`, { defaultValue: e.status })}
            {e.status === 'running' || e.status === 'queued' ? (
              <>
                {' '}
                <progress value={e.progress} max={100} aria-label={t('officePrivacy.progress')}>
                  {e.progress} %
                </progress>
              </>
            ) : null}
            {e.status === 'ready' ? (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => downloadFile('/api/v1/admin/privacy/school-exports/{id}/download', { id: e.id }, `ptc-school-export-${e.requestedAt.slice(0, 10)}.zip`).catch(setProblem)}>
                  {t('officePrivacy.download')}
                </button>
                {e.expiresAt ? <span className="muted"> {t('officePrivacy.until', { date: when(e.expiresAt) })}</span> : null}
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
