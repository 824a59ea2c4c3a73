import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { instantToZoned, zonedToInstant } from '../../i18n/zoned-time';
import { Field, type FieldProblem } from '../../ui/ui';

/** One earlier opening as the wizard edits it: a year group and a local date and time. */
export interface StageRow {
  year: string;
  date: string;
  time: string;
}

type Stage = { yearLabels: string[]; opensAt: string };

/** The evening's stages as rows, one per year group, in the school's time. */
export function stageRows(stages: Stage[] | null, zone: string): StageRow[] {
  return (stages ?? []).flatMap((stage) => stage.yearLabels.map((year) => ({ year, ...instantToZoned(stage.opensAt, zone) })));
}

/** The rows as the API takes them: each year group from its own time. */
export function stagesOf(rows: StageRow[], zone: string): Stage[] {
  return rows.map((row) => ({ yearLabels: [row.year], opensAt: zonedToInstant(row.date, row.time, zone) }));
}

/** A row without its year group, date or time, named at the top of the form. */
export function stageProblems(rows: StageRow[], t: TFunction): FieldProblem[] {
  return rows.flatMap((row, i) => (row.year && row.date && row.time ? [] : [{ field: `stage-${i}-year`, message: t('wizard.needStage', { n: i + 1 }) }]));
}

/** Staged opening: some year groups may book before everyone (the evening's own opening time). */
export function OpeningStages({ rows, onChange, years, zone }: { rows: StageRow[]; onChange: (rows: StageRow[]) => void; years: string[]; zone: string }) {
  const { t } = useTranslation();
  const set = (i: number, change: Partial<StageRow>) => onChange(rows.map((row, k) => (k === i ? { ...row, ...change } : row)));
  return (
    <fieldset className="field">
      <legend>{t('wizard.stages')}</legend>
      <div className="hint">{t('wizard.stagesHint')} ({zone})</div>
      {rows.map((row, i) => (
        <div key={i} className="field-row session-row" role="group" aria-label={t('wizard.stage', { n: i + 1 })}>
          <div className="field">
            <label htmlFor={`stage-${i}-year`}>{t('wizard.stageYear')}</label>
            <select id={`stage-${i}-year`} value={row.year} onChange={(e) => set(i, { year: e.target.value })}>
              <option value="">{t('wizard.chooseYear')}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <Field id={`stage-${i}-date`} label={t('wizard.stageDate')} type="date" value={row.date} onChange={(e) => set(i, { date: e.target.value })} />
          <Field id={`stage-${i}-time`} label={t('wizard.stageTime')} type="time" value={row.time} onChange={(e) => set(i, { time: e.target.value })} />
          <button type="button" className="secondary" aria-label={t('wizard.removeStageLabel', { n: i + 1 })} onClick={() => onChange(rows.filter((_, k) => k !== i))}>
            {t('wizard.removeStage')}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, { year: '', date: rows.at(-1)?.date ?? '', time: rows.at(-1)?.time ?? '18:00' }])}>
        {t('wizard.addStage')}
      </button>
    </fieldset>
  );
}
