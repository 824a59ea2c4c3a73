import { earliestOpening, opensAtFor, openingStageProblems } from './opening-stages.js';

const everyone = new Date('2026-12-01T19:00:00Z');
const evening = {
  opensAt: everyone,
  openingStages: [
    { yearLabels: ['Year 7'], opensAt: '2026-12-01T18:00:00Z' },
    { yearLabels: ['Year 8', 'Year 9'], opensAt: '2026-12-01T18:30:00Z' },
  ],
};

describe('staged opening', () => {
  it("opens for a student at their year group's stage, else with everyone", () => {
    expect(opensAtFor(evening, 'Year 7')).toEqual(new Date('2026-12-01T18:00:00Z'));
    expect(opensAtFor(evening, 'Year 9')).toEqual(new Date('2026-12-01T18:30:00Z'));
    expect(opensAtFor(evening, 'Year 10')).toEqual(everyone);
    expect(opensAtFor(evening, null)).toEqual(everyone);
    expect(opensAtFor({ opensAt: everyone, openingStages: null }, 'Year 7')).toEqual(everyone);
  });

  it('knows the first moment anyone may book', () => {
    expect(earliestOpening(evening)).toEqual(new Date('2026-12-01T18:00:00Z'));
    expect(earliestOpening({ opensAt: everyone, openingStages: [] })).toEqual(everyone);
  });

  it('keeps stages that open before everyone, for invited year groups, each year once', () => {
    expect(openingStageProblems(evening.openingStages, { opensAt: everyone, yearLabels: null })).toEqual([]);
    expect(openingStageProblems(evening.openingStages, { opensAt: everyone, yearLabels: ['Year 7', 'Year 8', 'Year 9'] })).toEqual([]);
  });

  it('refuses a stage after everyone, an uninvited or repeated year group, an empty stage, too many stages', () => {
    expect(openingStageProblems([{ yearLabels: ['Year 7'], opensAt: '2026-12-01T19:00:00Z' }], { opensAt: everyone, yearLabels: null })).toEqual([
      { field: 'openingStages.0.opensAt', problem: expect.stringContaining('before') },
    ]);
    expect(openingStageProblems([{ yearLabels: ['Year 10'], opensAt: '2026-12-01T18:00:00Z' }], { opensAt: everyone, yearLabels: ['Year 7'] })).toEqual([
      { field: 'openingStages.0.yearLabels', problem: 'Year 10 is not invited to this evening' },
    ]);
    expect(
      openingStageProblems(
        [
          { yearLabels: ['Year 7'], opensAt: '2026-12-01T18:00:00Z' },
          { yearLabels: ['Year 7'], opensAt: '2026-12-01T18:30:00Z' },
        ],
        { opensAt: everyone, yearLabels: null },
      ),
    ).toEqual([{ field: 'openingStages.1.yearLabels', problem: 'Year 7 is in two stages' }]);
    expect(openingStageProblems([{ yearLabels: [], opensAt: '2026-12-01T18:00:00Z' }], { opensAt: everyone, yearLabels: null })).toEqual([
      { field: 'openingStages.0.yearLabels', problem: 'name at least one year group' },
    ]);
    const many = Array.from({ length: 11 }, (_, i) => ({ yearLabels: [`Year ${i}`], opensAt: '2026-12-01T18:00:00Z' }));
    expect(openingStageProblems(many, { opensAt: everyone, yearLabels: null })).toEqual([{ field: 'openingStages', problem: 'at most 10 stages' }]);
  });
});
