/**
 * The most compact schedule for a family's evening: each wanted meeting (a teacher, with one or
 * more of the family's children) gets free slots of its teacher — siblings seeing the same teacher
 * in back-to-back slots — such that no two meetings overlap and the evening's gap lies between
 * them and around the family's existing appointments, within an optional earliest/latest time.
 * Among all such schedules it finds one whose first start to last end is shortest (then the one
 * that starts earliest). Exact: see schedule-search.spec.ts, which checks it against brute force.
 *
 * How: whatever the optimum is, its meetings follow one another in some order. Fixing its first
 * meeting (every candidate of every teacher in turn), the rest is a shortest-path over subsets of
 * meetings: for a set already placed, only the earliest time it can end matters (every later
 * meeting must start after it), so each subset keeps that one end time, and each next meeting
 * takes its earliest-ending candidate that starts late enough. At most 8 meetings × 40 candidates
 * × 2^8 subsets: a few milliseconds.
 */

export interface TimeSlot {
  id: string;
  /** Milliseconds since the epoch. */
  start: number;
  end: number;
}

export interface WantedMeeting {
  teacherId: string;
  studentIds: string[];
}

export interface ScheduleSearch {
  meetings: WantedMeeting[];
  /** Each teacher's free slots (any order). */
  freeSlots: ReadonlyMap<string, readonly TimeSlot[]>;
  /** The family's appointments already booked this evening. */
  busy: readonly { start: number; end: number }[];
  gapMs: number;
  earliest?: number;
  latest?: number;
}

export interface PlacedMeeting {
  teacherId: string;
  studentIds: string[];
  /** One slot per student, in the order of studentIds. */
  slots: TimeSlot[];
  start: number;
  end: number;
}

export type ScheduleResult =
  | { found: true; meetings: PlacedMeeting[]; start: number; end: number }
  | { found: false; teachersWithoutTime: string[] };

interface Candidate {
  slots: TimeSlot[];
  start: number;
  end: number;
}

/** Runs of `count` free slots in a row of one teacher (no slot between them), inside the limits and clear of busy time. */
export function candidatesFor(slots: readonly TimeSlot[], count: number, search: Pick<ScheduleSearch, 'busy' | 'gapMs' | 'earliest' | 'latest'>): Candidate[] {
  const sorted = [...slots].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let first = 0; first + count <= sorted.length; first++) {
    const run = sorted.slice(first, first + count);
    // Back to back: the next slot of the teacher starts within the evening's gap of the last one's end.
    if (run.some((slot, i) => i > 0 && slot.start - run[i - 1].end > search.gapMs)) continue;
    const start = run[0].start;
    const end = run[count - 1].end;
    if (search.earliest !== undefined && start < search.earliest) continue;
    if (search.latest !== undefined && end > search.latest) continue;
    if (search.busy.some((b) => clash(start, end, b.start, b.end, search.gapMs))) continue;
    out.push({ slots: run, start, end });
  }
  return out;
}

/** Two stretches of the parent's time too close: the gap must lie between them. */
export const clash = (aStart: number, aEnd: number, bStart: number, bEnd: number, gapMs: number) => aStart < bEnd + gapMs && bStart < aEnd + gapMs;

export function proposeSchedule(search: ScheduleSearch): ScheduleResult {
  const n = search.meetings.length;
  const candidates = search.meetings.map((m) => candidatesFor(search.freeSlots.get(m.teacherId) ?? [], m.studentIds.length, search).sort((a, b) => a.start - b.start));
  const without = search.meetings.filter((_m, i) => candidates[i].length === 0).map((m) => m.teacherId);
  if (without.length) return { found: false, teachersWithoutTime: without };

  // For each meeting: candidates by start, and from each index on, the one that ends first.
  const firstEnding = candidates.map((list) => {
    const best = new Array<number>(list.length + 1).fill(-1);
    for (let i = list.length - 1; i >= 0; i--) best[i] = best[i + 1] === -1 || list[i].end < list[best[i + 1]].end ? i : best[i + 1];
    return best;
  });
  const startingFrom = (meeting: number, time: number) => {
    const list = candidates[meeting];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < time) lo = mid + 1;
      else hi = mid;
    }
    return firstEnding[meeting][lo];
  };

  const full = (1 << n) - 1;
  const endOf = new Float64Array(1 << n);
  const came = new Int32Array(1 << n); // previous subset
  const took = new Int32Array(1 << n); // meeting * 1024 + candidate index
  let best: { span: number; start: number; placed: [number, number][] } | undefined;
  for (let first = 0; first < n; first++) {
    for (let c = 0; c < candidates[first].length; c++) {
      const opening = candidates[first][c];
      if (best && opening.end - opening.start > best.span) continue;
      endOf.fill(Infinity);
      endOf[1 << first] = opening.end;
      took[1 << first] = first * 1024 + c;
      for (let set = 0; set <= full; set++) {
        const end = endOf[set];
        if (end === Infinity || (best && end - opening.start > best.span)) continue;
        for (let next = 0; next < n; next++) {
          if (set & (1 << next)) continue;
          const pick = startingFrom(next, end + search.gapMs);
          if (pick === -1) continue;
          const candidate = candidates[next][pick];
          const grown = set | (1 << next);
          if (candidate.end < endOf[grown]) {
            endOf[grown] = candidate.end;
            came[grown] = set;
            took[grown] = next * 1024 + pick;
          }
        }
      }
      const span = endOf[full] - opening.start;
      if (span === Infinity) continue;
      if (!best || span < best.span || (span === best.span && opening.start < best.start)) {
        const placed: [number, number][] = [];
        for (let set = full; set; set = set === 1 << first ? 0 : came[set]) placed.push([took[set] >> 10, took[set] & 1023]);
        best = { span, start: opening.start, placed };
      }
    }
  }
  if (!best) return { found: false, teachersWithoutTime: [] };
  const meetings = best.placed
    .map(([meeting, index]) => ({ ...search.meetings[meeting], ...candidates[meeting][index] }))
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ teacherId: m.teacherId, studentIds: m.studentIds, slots: m.slots, start: m.start, end: m.end }));
  return { found: true, meetings, start: meetings[0].start, end: meetings.at(-1)!.end };
}
