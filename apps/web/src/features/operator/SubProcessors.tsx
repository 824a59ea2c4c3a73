import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorSummary, Field, problemsOf, problemText, type FieldProblem } from '../../ui/ui';

type SubProcessor = Schemas['SubProcessorDto'];

/**
 * The sub-processors in force and a change announced ahead: at least 30 days before it takes
 * effect every school is told (the API checks the date and notifies).
 */
export function SubProcessors() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const current = useQuery({ queryKey: ['operator', 'sub-processors'], queryFn: () => unwrap(api.GET('/api/v1/privacy/sub-processors')) });
  const [draft, setDraft] = useState<SubProcessor[] | null>(null);
  const [summary, setSummary] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 10));
  const [adding, setAdding] = useState({ name: '', purpose: '', location: '', country: '', categories: '' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const publish = useMutation({
    mutationFn: (body: Schemas['PublishSubProcessorsDto']) => unwrap(api.POST('/api/v1/operator/sub-processors', { body })),
    onSuccess: () => {
      setDraft(null);
      setSummary('');
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['operator', 'sub-processors'] }),
  });
  if (!current.data) return current.isError ? <p>{problemText(t, current.error)}</p> : null;
  const today = new Date().toISOString().slice(0, 10);
  const list: SubProcessor[] = draft ?? current.data.subProcessors.map((s) => ({ ...s, since: s.since ?? today }));
  const add = (field: keyof typeof adding) => ({ value: adding[field], onChange: (e: { target: { value: string } }) => setAdding({ ...adding, [field]: e.target.value }) });

  function onAdd(event: FormEvent) {
    event.preventDefault();
    if (!adding.name.trim() || !adding.purpose.trim() || !adding.location.trim() || !/^[A-Za-z]{2}$/.test(adding.country.trim())) {
      setProblems([{ message: t('operator.subProcessorIncomplete') }]);
      return;
    }
    setProblems([]);
    setDraft([
      ...list,
      {
        name: adding.name.trim(),
        purpose: adding.purpose.trim(),
        location: adding.location.trim(),
        country: adding.country.trim().toUpperCase(),
        dataCategories: adding.categories.split(',').map((c) => c.trim()).filter(Boolean),
        since: effectiveFrom,
      },
    ]);
    setAdding({ name: '', purpose: '', location: '', country: '', categories: '' });
  }

  function onPublish(event: FormEvent) {
    event.preventDefault();
    if (!summary.trim()) return setProblems([{ field: 'sp-summary', message: t('operator.needSummary') }]);
    setProblems([]);
    publish.mutate(
      { effectiveFrom, summary: summary.trim(), subProcessors: list },
      {
        onError: (error) => setProblems(problemsOf(t, error)),
      },
    );
  }

  return (
    <section aria-labelledby="sub-processors">
      <h2 id="sub-processors">{t('operator.subProcessors')}</h2>
      <p>{t('operator.subProcessorsIntro', { version: current.data.version })}</p>
      {publish.data ? (
        <p className="notice" role="status">
          {t('operator.published', { version: publish.data.version, date: publish.data.effectiveFrom, schools: publish.data.schoolsNotified })}
        </p>
      ) : null}
      <ErrorSummary problems={problems} />
      <ul className="plain slot-states">
        {list.map((s, i) => (
          <li key={`${s.name}-${i}`}>
            <strong>{s.name}</strong> · {s.purpose} · {s.location} ({s.country})
            <button type="button" className="secondary" aria-label={t('operator.removeLabel', { name: s.name })} onClick={() => setDraft(list.filter((_, k) => k !== i))}>
              {t('operator.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={onAdd} noValidate>
        <h3>{t('operator.addSubProcessor')}</h3>
        <div className="field-row">
          <Field id="sp-name" label={t('operator.spName')} {...add('name')} />
          <Field id="sp-country" label={t('operator.spCountry')} maxLength={2} {...add('country')} />
        </div>
        <Field id="sp-purpose" label={t('operator.spPurpose')} {...add('purpose')} />
        <Field id="sp-location" label={t('operator.spLocation')} {...add('location')} />
        <Field id="sp-categories" label={t('operator.spCategories')} hint={t('operator.spCategoriesHint')} {...add('categories')} />
        <button type="submit" className="secondary">
          {t('operator.addToList')}
        </button>
      </form>
      <form onSubmit={onPublish} noValidate>
        <h3>{t('operator.announce')}</h3>
        <Field id="sp-from" label={t('operator.effectiveFrom')} hint={t('operator.effectiveFromHint')} type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
        <Field id="sp-summary" label={t('operator.changeSummary')} value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={500} />
        <button type="submit" disabled={publish.isPending || !draft}>
          {t('operator.publish')}
        </button>
      </form>
    </section>
  );
}
