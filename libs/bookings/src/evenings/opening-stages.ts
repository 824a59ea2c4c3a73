/**
 * Staged opening: some year groups may book before everyone else (e.g. Year 7 from 18:00, everyone
 * from 19:00). The evening's own `opensAt` is when everyone may book; each stage opens earlier for
 * its year groups. Stored with the evening as given.
 */
export interface OpeningStage {
  yearLabels: string[];
  /** An instant (ISO 8601). */
  opensAt: string;
}

export interface StagedWindow {
  opensAt: Date;
  openingStages: OpeningStage[] | null;
}

export const MAX_OPENING_STAGES = 10;

/** When a student of this year group may start booking: their stage's time, else when everyone may. */
export function opensAtFor(evening: StagedWindow, yearLabel: string | null): Date {
  let opens = evening.opensAt;
  for (const stage of evening.openingStages ?? []) {
    const at = new Date(stage.opensAt);
    if (yearLabel !== null && stage.yearLabels.includes(yearLabel) && at < opens) opens = at;
  }
  return opens;
}

/** The first moment anyone may book (before it, no booking needs a look at who the student is). */
export function earliestOpening(evening: StagedWindow): Date {
  return (evening.openingStages ?? []).reduce((earliest, stage) => {
    const at = new Date(stage.opensAt);
    return at < earliest ? at : earliest;
  }, evening.opensAt);
}

/** What is wrong with an evening's stages, per field of the request; none when they can be kept. */
export function openingStageProblems(stages: OpeningStage[], evening: { opensAt: Date; yearLabels: string[] | null }): { field: string; problem: string }[] {
  const problems: { field: string; problem: string }[] = [];
  if (stages.length > MAX_OPENING_STAGES) problems.push({ field: 'openingStages', problem: `at most ${MAX_OPENING_STAGES} stages` });
  const staged = new Set<string>();
  stages.forEach((stage, i) => {
    const field = `openingStages.${i}`;
    if (stage.yearLabels.length === 0) problems.push({ field: `${field}.yearLabels`, problem: 'name at least one year group' });
    for (const label of stage.yearLabels) {
      if (evening.yearLabels?.length && !evening.yearLabels.includes(label)) problems.push({ field: `${field}.yearLabels`, problem: `${label} is not invited to this evening` });
      if (staged.has(label)) problems.push({ field: `${field}.yearLabels`, problem: `${label} is in two stages` });
      staged.add(label);
    }
    if (!(new Date(stage.opensAt) < evening.opensAt)) problems.push({ field: `${field}.opensAt`, problem: 'a stage opens before booking opens for everyone (opensAt)' });
  });
  return problems;
}
