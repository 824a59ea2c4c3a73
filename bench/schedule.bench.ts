/**
 * npm run bench:schedule — the automatic schedule's search (issue 17): proposals for a family
 * wanting 8 teachers on an evening of 40 slots each (random free slots, 40 % booked; a pair of
 * siblings for two of the teachers; one appointment already booked), 2,000 proposals after 200
 * unmeasured ones. The reference in the same run is a greedy pass over the same evenings (each
 * teacher in turn, the first free slot after the previous meeting): the cheapest answer there is,
 * and not the most compact. Target: p99 < 20 ms per proposal. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { proposeSchedule, type ScheduleSearch, type TimeSlot } from '../libs/bookings/src/proposals/schedule-search.js';

const MIN = 60_000;
const TEACHERS = 8;
const SLOTS = 40;
const RUNS = 2_000;
const WARM_UP = 200;

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function evening(seed: number): ScheduleSearch {
  const rnd = random(seed);
  const opening = Date.UTC(2027, 2, 4, 16, 0);
  const freeSlots = new Map<string, TimeSlot[]>();
  for (let t = 0; t < TEACHERS; t++) {
    const slots: TimeSlot[] = [];
    for (let i = 0; i < SLOTS; i++) {
      const start = opening + i * 5 * MIN;
      if (rnd() >= 0.4) slots.push({ id: `t${t}s${i}`, start, end: start + 5 * MIN });
    }
    freeSlots.set(`t${t}`, slots);
  }
  const meetings = Array.from({ length: TEACHERS }, (_, t) => ({ teacherId: `t${t}`, studentIds: t < 2 ? ['zoe', 'liam'] : ['zoe'] }));
  const booked = opening + Math.floor(rnd() * SLOTS) * 5 * MIN;
  return { meetings, freeSlots, busy: [{ start: booked, end: booked + 5 * MIN }], gapMs: 0 };
}

function greedy(search: ScheduleSearch): number {
  let after = -Infinity;
  let placed = 0;
  for (const meeting of search.meetings) {
    const slot = search.freeSlots.get(meeting.teacherId)!.find((s) => s.start >= after);
    if (!slot) break;
    after = slot.end + search.gapMs;
    placed += 1;
  }
  return placed;
}

function measure(label: string, fn: (search: ScheduleSearch) => unknown, evenings: ScheduleSearch[]) {
  for (let i = 0; i < WARM_UP; i++) fn(evenings[i % evenings.length]);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const search = evenings[i % evenings.length];
    const started = performance.now();
    fn(search);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`  ${label.padEnd(58)} p50 ${at(0.5).toFixed(3).padStart(7)} ms  p99 ${at(0.99).toFixed(3).padStart(7)} ms  max ${times.at(-1)!.toFixed(3).padStart(7)} ms`);
  return at(0.99);
}

const evenings = Array.from({ length: 100 }, (_, i) => evening(i + 1));
const found = evenings.filter((e) => proposeSchedule(e).found).length;
const spans = evenings.map((e) => proposeSchedule(e)).filter((r) => r.found).map((r) => (r.found ? (r.end - r.start) / MIN : 0));
console.log(`${TEACHERS} teachers × ${SLOTS} slots (40 % booked), 2 pairs of siblings, 1 appointment already booked; ${RUNS} proposals over 100 evenings (${found} schedulable, median span ${spans.sort((a, b) => a - b)[Math.floor(spans.length / 2)]} min)`);
const p99 = measure('automatic schedule (exact, most compact)', proposeSchedule, evenings);
measure('reference: greedy first-free pass (not compact)', greedy, evenings);
console.log(`target p99 < 20 ms: ${p99 < 20 ? 'met' : 'NOT met'}`);
