import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { downloadFile } from '../../api/download';
import { formatDateTime } from '../../i18n/format';
import { emptyFields, ErrorSummary, Field, problemsOf, problemText, useAnnounce, type FieldProblem } from '../../ui/ui';

type SupportCase = Schemas['SupportCaseView'];

/** A file chosen in the form, as the API takes it. */
async function asAttachment(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  // The API checks the type against the file's first bytes and says why it refuses one.
  return { filename: file.name, contentType: (file.type || 'application/octet-stream') as Schemas['SupportAttachmentDto']['contentType'], contentBase64: btoa(binary) };
}

/**
 * A school's support cases with PTC: the operator opens them, logs calls and emails (with
 * attachments) and closes them; the school's office reads its own.
 */
export function SupportCases({ schoolId, who }: { schoolId: string; who: 'operator' | 'office' }) {
  const { t, i18n } = useTranslation();
  const cases = useQuery({
    queryKey: [who, 'support-cases', schoolId],
    queryFn: () =>
      unwrap(who === 'operator' ? api.GET('/api/v1/operator/schools/{id}/support-cases', { params: { path: { id: schoolId } } }) : api.GET('/api/v1/admin/support-cases')),
  });
  const [problem, setProblem] = useState<unknown>(null);
  const download = (c: SupportCase, attachment: { id: string; filename: string }) => {
    setProblem(null);
    const done =
      who === 'operator'
        ? downloadFile('/api/v1/operator/schools/{id}/support-cases/{caseId}/attachments/{attachmentId}', { id: schoolId, caseId: c.id, attachmentId: attachment.id }, attachment.filename)
        : downloadFile('/api/v1/admin/support-cases/{caseId}/attachments/{attachmentId}', { caseId: c.id, attachmentId: attachment.id }, attachment.filename);
    done.catch(setProblem);
  };
  if (!cases.data) return null;
  if (who === 'office' && cases.data.length === 0) return null;
  return (
    <section aria-labelledby={`support-${schoolId}`}>
      <h2 id={`support-${schoolId}`}>{t('support.title')}</h2>
      {problem ? <p className="notice notice-problem">{problemText(t, problem)}</p> : null}
      {who === 'operator' ? <OpenCase schoolId={schoolId} /> : null}
      {cases.data.length === 0 ? <p>{t('support.none')}</p> : null}
      <ul className="plain">
        {cases.data.map((c) => (
          <li key={c.id} className="card">
            <h3>
              {c.subject} <span className="muted">· {t(`support.status.${c.status}`)}</span>
            </h3>
            <ol className="plain">
              {c.entries.map((entry) => (
                <li key={entry.id}>
                  <strong>{formatDateTime(entry.at, i18n.language, Intl.DateTimeFormat().resolvedOptions().timeZone)}</strong> · {t(`support.${entry.channel}.${entry.direction}`)} · {entry.counterpart}: {entry.summary}
                  {entry.message ? <blockquote>{entry.message}</blockquote> : null}
                  {entry.attachments.map((attachment) => (
                    <button key={attachment.id} type="button" className="link-button" onClick={() => download(c, attachment)}>
                      {t('support.download', { file: attachment.filename })}
                    </button>
                  ))}
                </li>
              ))}
            </ol>
            {who === 'operator' ? <LogEntry schoolId={schoolId} supportCase={c} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function OpenCase({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const announce = useAnnounce();
  const [subject, setSubject] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const open = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/operator/schools/{id}/support-cases', { params: { path: { id: schoolId } }, body: { subject: subject.trim() } })),
    onSuccess: () => {
      setSubject('');
      announce(t('support.opened'));
      return client.invalidateQueries({ queryKey: ['operator', 'support-cases', schoolId] });
    },
    onError: (error) => setProblems(problemsOf(t, error)),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missing = emptyFields(t, [{ id: `case-subject-${schoolId}`, label: t('support.subject'), value: subject }]);
    setProblems(missing);
    if (!missing.length) open.mutate();
  };
  return (
    <form noValidate onSubmit={onSubmit} className="field-row">
      <ErrorSummary problems={problems} />
      <Field id={`case-subject-${schoolId}`} label={t('support.subject')} value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} />
      <button type="submit" disabled={open.isPending}>
        {t('support.open')}
      </button>
    </form>
  );
}

function LogEntry({ schoolId, supportCase }: { schoolId: string; supportCase: SupportCase }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const announce = useAnnounce();
  const prefix = `entry-${supportCase.id}`;
  const [form, setForm] = useState({ when: '', direction: 'in', channel: 'call', counterpart: '', summary: '', message: '' });
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const refresh = () => client.invalidateQueries({ queryKey: ['operator', 'support-cases', schoolId] });
  const log = useMutation({
    mutationFn: async () =>
      unwrap(
        api.POST('/api/v1/operator/schools/{id}/support-cases/{caseId}/entries', {
          params: { path: { id: schoolId, caseId: supportCase.id } },
          body: {
            at: new Date(form.when).toISOString(),
            direction: form.direction as 'in' | 'out',
            channel: form.channel as 'call' | 'email',
            counterpart: form.counterpart.trim(),
            summary: form.summary.trim(),
            ...(form.message.trim() ? { message: form.message } : {}),
            ...(files.length ? { attachments: await Promise.all(files.map(asAttachment)) } : {}),
          },
        }),
      ),
    onSuccess: () => {
      setForm({ ...form, counterpart: '', summary: '', message: '' });
      setFiles([]);
      announce(t('support.logged'));
      return refresh();
    },
    onError: (error) => setProblems(problemsOf(t, error)),
  });
  const status = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/api/v1/operator/schools/{id}/support-cases/{caseId}/status', { params: { path: { id: schoolId, caseId: supportCase.id } }, body: { status: supportCase.status === 'open' ? 'closed' : 'open' } })),
    onSuccess: refresh,
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missing = emptyFields(t, [
      { id: `${prefix}-when`, label: t('support.when'), value: form.when },
      { id: `${prefix}-who`, label: t('support.who'), value: form.counterpart },
      { id: `${prefix}-summary`, label: t('support.summary'), value: form.summary },
    ]);
    setProblems(missing);
    if (!missing.length) log.mutate();
  };
  return (
    <form noValidate onSubmit={onSubmit} aria-label={t('support.logLabel', { subject: supportCase.subject })}>
      <ErrorSummary problems={problems} />
      <div className="field-row">
        <Field id={`${prefix}-when`} label={t('support.when')} type="datetime-local" value={form.when} onChange={set('when')} />
        <div className="field">
          <label htmlFor={`${prefix}-channel`}>{t('support.channel')}</label>
          <select id={`${prefix}-channel`} value={form.channel} onChange={set('channel')}>
            <option value="call">{t('support.aCall')}</option>
            <option value="email">{t('support.anEmail')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${prefix}-direction`}>{t('support.direction')}</label>
          <select id={`${prefix}-direction`} value={form.direction} onChange={set('direction')}>
            <option value="in">{t('support.fromSchool')}</option>
            <option value="out">{t('support.toSchool')}</option>
          </select>
        </div>
      </div>
      <Field id={`${prefix}-who`} label={t('support.who')} value={form.counterpart} onChange={set('counterpart')} maxLength={200} />
      <Field id={`${prefix}-summary`} label={t('support.summary')} value={form.summary} onChange={set('summary')} maxLength={2000} />
      {form.channel === 'email' ? (
        <>
          <div className="field">
            <label htmlFor={`${prefix}-message`}>{t('support.message')}</label>
            <textarea id={`${prefix}-message`} rows={3} value={form.message} onChange={set('message')} />
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-files`}>{t('support.files')}</label>
            <div className="hint" id={`${prefix}-files-hint`}>
              {t('support.filesHint')}
            </div>
            <input id={`${prefix}-files`} type="file" multiple aria-describedby={`${prefix}-files-hint`} onChange={(e) => setFiles([...(e.target.files ?? [])])} />
          </div>
        </>
      ) : null}
      <button type="submit" disabled={log.isPending}>
        {t('support.log')}
      </button>{' '}
      <button type="button" className="secondary" disabled={status.isPending} onClick={() => status.mutate()}>
        {supportCase.status === 'open' ? t('support.close') : t('support.reopen')}
      </button>
    </form>
  );
}
