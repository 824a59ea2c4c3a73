import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { formatMoment } from '../../i18n/format';
import { PageHeading, problemText, useAnnounce } from '../../ui/ui';
import { useRuns, useSync, type Source, type SyncResult } from './api';

const SOURCES: Source[] = ['oneroster', 'csv', 'json'];
const KINDS = ['students', 'contacts', 'teachers', 'contactLinks', 'teacherLinks'] as const;

type Refusal = { kinds: { kind: string; deleting: number; existing: number }[]; maxShare: number };
type Problem = { file?: string; line?: number; field?: string; reason?: string };

/** The school's information system into PTC: check what a file would change, then apply it. */
export function SyncPage() {
  const { t } = useTranslation();
  const [source, setSource] = useState<Source>('oneroster');
  const [files, setFiles] = useState<File[]>([]);
  const [checked, setChecked] = useState<{ result: SyncResult; force: boolean } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [applied, setApplied] = useState<SyncResult | null>(null);
  const sync = useSync();
  const announce = useAnnounce();

  function reset() {
    setChecked(null);
    setRefusal(null);
    setProblems(null);
    setFailure(null);
    setApplied(null);
  }

  function check(force: boolean) {
    reset();
    sync.mutate(
      { source, files, dryRun: true, force },
      {
        onSuccess: (result) => {
          setChecked({ result, force });
          announce(t('sync.checked', { count: result.totalChanges }));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'SYNC.MASS_DELETION') setRefusal(error.body?.details as Refusal);
          else if (error instanceof ApiError && error.code === 'SYNC.INVALID_ROWS') setProblems((error.body?.details as Problem[]) ?? []);
          else setFailure(error instanceof ApiError ? error.body?.message ?? problemText(t, error) : problemText(t, error));
        },
      },
    );
  }

  function apply() {
    if (!checked) return;
    sync.mutate(
      { source, files, dryRun: false, force: checked.force },
      {
        onSuccess: (result) => {
          setChecked(null);
          setApplied(result);
          announce(t('sync.applied', { count: result.totalChanges }));
        },
        onError: (error) => setFailure(error instanceof ApiError ? error.body?.message ?? problemText(t, error) : problemText(t, error)),
      },
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (files.length) check(false);
  }

  return (
    <>
      <PageHeading>{t('sync.title')}</PageHeading>
      <p>{t('sync.intro')}</p>
      <form onSubmit={onSubmit}>
        <fieldset className="field">
          <legend>{t('sync.source')}</legend>
          {SOURCES.map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="source" checked={source === s} onChange={() => { setSource(s); reset(); }} /> {t(`sync.sources.${s}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="sync-files">{t('sync.files')}</label>
          <div className="hint" id="sync-files-hint">
            {t(`sync.filesHint.${source}`)}
          </div>
          <input
            id="sync-files"
            type="file"
            multiple={source !== 'json'}
            accept={source === 'json' ? '.json,application/json' : '.csv,.zip,text/csv,application/zip'}
            aria-describedby="sync-files-hint"
            onChange={(e) => {
              setFiles([...(e.target.files ?? [])]);
              reset();
            }}
          />
        </div>
        <button type="submit" disabled={!files.length || sync.isPending}>
          {t('sync.check')}
        </button>
      </form>

      {failure ? <p className="notice notice-problem" role="alert">{failure}</p> : null}
      {refusal ? (
        <div className="notice notice-problem" role="alert">
          <p>{t('sync.massDeletion', { share: Math.round(refusal.maxShare * 100) })}</p>
          <ul>
            {refusal.kinds.map((k) => (
              <li key={k.kind}>{t('sync.deleting', { kind: t(`sync.kinds.${k.kind}`, { defaultValue: k.kind }), deleting: k.deleting, existing: k.existing })}</li>
            ))}
          </ul>
          <button type="button" className="warning" disabled={sync.isPending} onClick={() => check(true)}>
            {t('sync.checkAnyway')}
          </button>
        </div>
      ) : null}
      {problems ? (
        <div className="notice notice-problem" role="alert">
          <p>{t('sync.invalid', { count: problems.length })}</p>
          <ul>
            {problems.slice(0, 50).map((p, i) => (
              <li key={i}>{[p.file, p.line ? t('sync.line', { line: p.line }) : null, p.field, p.reason].filter(Boolean).join(' · ')}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {checked ? <Diff result={checked.result} /> : null}
      {checked ? (
        <p>
          <button type="button" className={checked.force ? 'warning' : undefined} disabled={sync.isPending || checked.result.totalChanges === 0} onClick={apply}>
            {checked.result.totalChanges === 0 ? t('sync.nothingToApply') : t('sync.apply', { count: checked.result.totalChanges })}
          </button>
        </p>
      ) : null}
      {applied ? <p className="notice">{t('sync.applied', { count: applied.totalChanges })}</p> : null}
      <History />
    </>
  );
}

const nameOf = (record: Record<string, unknown>): string => {
  const r = (record.after ?? record) as Record<string, unknown>;
  if (typeof r.firstName === 'string') return [r.title, r.firstName, r.lastName].filter((x) => typeof x === 'string' && x).join(' ');
  return [r.contactSisId ?? r.teacherSisId, '→', r.studentSisId].filter(Boolean).join(' ');
};

/** What the file would change, kind by kind, with names. */
function Diff({ result }: { result: SyncResult }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="diff">
      <h2 id="diff">{t('sync.wouldChange', { count: result.totalChanges })}</h2>
      {result.files?.length ? <p className="muted">{t('sync.read', { files: result.files.map((f) => `${f.file} (${f.encoding})`).join(', ') })}</p> : null}
      {result.outsideSchool ? <p className="muted">{t('sync.outside', { users: result.outsideSchool.users })}</p> : null}
      <table className="stack-narrow">
        <thead>
          <tr>
            <th scope="col">{t('sync.kind')}</th>
            <th scope="col">{t('sync.add')}</th>
            <th scope="col">{t('sync.change')}</th>
            <th scope="col">{t('sync.delete')}</th>
          </tr>
        </thead>
        <tbody>
          {KINDS.map((kind) => {
            const counts = result.counts[kind] as { add: number; update: number; delete: number } | undefined;
            const preview = result.preview[kind] as { add: Record<string, unknown>[]; update: Record<string, unknown>[]; delete: Record<string, unknown>[] } | undefined;
            const cell = (part: 'add' | 'update' | 'delete', label: string) => (
              <td data-label={label}>
                <strong>{counts?.[part] ?? 0}</strong>
                {preview?.[part]?.length ? <span className="names"> {preview[part].slice(0, 10).map(nameOf).join(', ')}{(counts?.[part] ?? 0) > 10 ? '…' : ''}</span> : null}
              </td>
            );
            return (
              <tr key={kind}>
                <th scope="row">{t(`sync.kinds.${kind}`)}</th>
                {cell('add', t('sync.add'))}
                {cell('update', t('sync.change'))}
                {cell('delete', t('sync.delete'))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {(result.counts.students as { delete: number } | undefined)?.delete ? <p className="notice notice-problem">{t('sync.deletionEffect')}</p> : null}
    </section>
  );
}

function History() {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const runs = useRuns(offset);
  if (!runs.data) return null;
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('sync.history')}</h2>
      {runs.data.items.length === 0 ? <p>{t('sync.noRuns')}</p> : null}
      <ul className="plain">
        {runs.data.items.map((run) => {
          const total = Object.values(run.counts ?? {}).reduce((n, c) => n + c.add + c.update + c.delete, 0);
          return (
            <li key={run.id} className="run">
              <strong>{formatMoment(run.startedAt, i18n.language)}</strong> · {t(`sync.sources.${run.source}`)} · {t(`sync.outcomes.${run.outcome}`)}
              {run.counts ? ` · ${t('sync.changes', { count: total })}` : ''}
              {run.problems?.length ? ` · ${t('sync.problems', { count: run.problems.length })}` : ''}
            </li>
          );
        })}
      </ul>
      <p>
        <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - 10))}>
          {t('directory.previous')}
        </button>{' '}
        <button type="button" className="secondary" disabled={offset + runs.data.items.length >= runs.data.total} onClick={() => setOffset(offset + 10)}>
          {t('directory.next')}
        </button>
      </p>
    </section>
  );
}
