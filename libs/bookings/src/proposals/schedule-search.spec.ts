import { proposeSchedule, type ScheduleSearch, type TimeSlot } from './schedule-search.js';

const MIN = 60_000;
const at = (minutes: number) => Date.UTC(2027, 2, 4, 16, 0) + minutes * MIN;

/** A small seeded generator: the same evenings on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every way to give each meeting back-to-back free slots of its teacher, checked pair by pair: the slow, obvious answer. */
function bruteForce(search: ScheduleSearch): number | null {
  const options = search.meetings.map((meeting) => {
    const slots = [...(search.freeSlots.get(meeting.teacherId) ?? [])].sort((a, b) => a.start - b.start);
    const runs: { start: number; end: number }[] = [];
    for (let i = 0; i + meeting.studentIds.length <= slots.length; i++) {
      const run = slots.slice(i, i + meeting.studentIds.length);
      if (run.every((s, k) => k === 0 || s.start - run[k - 1].end <= search.gapMs)) runs.push({ start: run[0].start, end: run.at(-1)!.end });
    }
    return runs;
  });
  const apart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.end + search.gapMs <= b.start || b.end + search.gapMs <= a.start;
  let best: number | null = null;
  const choose = (i: number, chosen: { start: number; end: number }[]) => {
    if (i === options.length) {
      const span = Math.max(...chosen.map((c) => c.end)) - Math.min(...chosen.map((c) => c.start));
      if (best === null || span < best) best = span;
      return;
    }
    for (const option of options[i]) {
      if (search.earliest !== undefined && option.start < search.earliest) continue;
      if (search.latest !== undefined && option.end > search.latest) continue;
      if (!search.busy.every((b) => apart(option, b)) || !chosen.every((c) => apart(option, c))) continue;
      choose(i + 1, [...chosen, option]);
    }
  };
  choose(0, []);
  return best;
}

function randomEvening(seed: number): ScheduleSearch {
  const rnd = random(seed);
  const teachers = 2 + Math.floor(rnd() * 3); // 2-4 teachers
  const slotMinutes = [5, 10][Math.floor(rnd() * 2)];
  const gap = Math.floor(rnd() * 3) * 5;
  const freeSlots = new Map<string, TimeSlot[]>();
  const meetings = [];
  for (let t = 0; t < teachers; t++) {
    const slots: TimeSlot[] = [];
    const count = 5 + Math.floor(rnd() * 8);
    for (let i = 0; i < count; i++) {
      const start = at(i * (slotMinutes + gap) + (t % 2) * 5);
      if (rnd() < 0.65) slots.push({ id: `t${t}s${i}`, start, end: start + slotMinutes * MIN });
    }
    freeSlots.set(`t${t}`, slots);
    meetings.push({ teacherId: `t${t}`, studentIds: rnd() < 0.25 ? ['a', 'b'] : ['a'] });
  }
  const busy = rnd() < 0.4 ? [{ start: at(20), end: at(20 + slotMinutes) }] : [];
  const earliest = rnd() < 0.2 ? at(10) : undefined;
  const latest = rnd() < 0.2 ? at(100) : undefined;
  return { meetings, freeSlots, busy, gapMs: gap * MIN, earliest, latest };
}

describe('proposeSchedule', () => {
  it('finds the shortest schedule that brute force finds, on 400 random evenings, and every proposal keeps the rules', () => {
    let solved = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const search = randomEvening(seed);
      const expected = bruteForce(search);
      const result = proposeSchedule(search);
      if (expected === null) {
        expect({ seed, found: result.found }).toEqual({ seed, found: false });
        continue;
      }
      solved += 1;
      if (!result.found) throw new Error(`seed ${seed}: brute force found a schedule of ${expected / MIN} min, the search none`);
      expect({ seed, span: (result.end - result.start) / MIN }).toEqual({ seed, span: expected / MIN });
      // The proposal itself: free slots of the right teacher, siblings back to back, apart from each other and from busy time.
      for (const meeting of result.meetings) {
        const free = search.freeSlots.get(meeting.teacherId)!;
        expect(meeting.slots).toHaveLength(meeting.studentIds.length);
        for (const slot of meeting.slots) expect(free).toContainEqual(slot);
      }
      const stretches = [...result.meetings, ...search.busy];
      for (let i = 0; i < stretches.length; i++) {
        for (let j = i + 1; j < stretches.length; j++) {
          const [a, b] = [stretches[i], stretches[j]];
          expect(a.end + search.gapMs <= b.start || b.end + search.gapMs <= a.start).toBe(true);
        }
      }
    }
    // Enough of them have an answer for the comparison to mean something.
    expect(solved).toBeGreaterThan(200);
  });

  it('puts siblings with the same teacher in back-to-back slots', () => {
    const slots = [0, 10, 30, 40].map((m, i) => ({ id: `s${i}`, start: at(m), end: at(m + 10) }));
    const result = proposeSchedule({ meetings: [{ teacherId: 't', studentIds: ['zoe', 'liam'] }], freeSlots: new Map([['t', slots]]), busy: [], gapMs: 0 });
    expect(result).toMatchObject({ found: true, meetings: [{ slots: [{ id: 's0' }, { id: 's1' }] }] });
  });

  it('prefers the tighter evening over the earlier one', () => {
    // Teacher A at 16:00 or 17:00, teacher B only at 17:10: 17:00-17:20 is tighter than 16:00-17:20.
    const result = proposeSchedule({
      meetings: [{ teacherId: 'a', studentIds: ['x'] }, { teacherId: 'b', studentIds: ['x'] }],
      freeSlots: new Map([
        ['a', [{ id: 'a0', start: at(0), end: at(10) }, { id: 'a60', start: at(60), end: at(70) }]],
        ['b', [{ id: 'b70', start: at(70), end: at(80) }]],
      ]),
      busy: [],
      gapMs: 0,
    });
    expect(result).toMatchObject({ found: true, start: at(60), end: at(80), meetings: [{ slots: [{ id: 'a60' }] }, { slots: [{ id: 'b70' }] }] });
  });

  it('names the teachers who have no free time that fits', () => {
    const result = proposeSchedule({
      meetings: [{ teacherId: 'a', studentIds: ['x'] }, { teacherId: 'b', studentIds: ['x'] }],
      freeSlots: new Map([['a', [{ id: 'a0', start: at(0), end: at(10) }]], ['b', [{ id: 'b0', start: at(0), end: at(10) }]]]),
      busy: [],
      gapMs: 0,
      earliest: at(0),
      latest: at(5),
    });
    expect(result).toEqual({ found: false, teachersWithoutTime: ['a', 'b'] });
  });
});
