import { HOURS_PER_DAY, HOURS_PER_WEEK } from "../time.ts";

/** Open hours on some weekdays: `days` 0 = Monday … 6 = Sunday, open over [start, end) hours of the day. */
export interface WorkWindow {
  readonly days: readonly number[];
  /** Hour of the day the window opens, 0 ≤ start < end. */
  readonly start: number;
  /** Hour of the day it closes, ≤ 24. */
  readonly end: number;
}

/**
 * A weekly calendar of open hours (a customs office's working hours, say), repeating every week from t = 0,
 * which is Monday 00:00 (time.ts). Built from the union of its windows; windows of one day that overlap or touch
 * merge, but the day still ends at midnight, so "the end of the working day" means the day's last open hour.
 */
export class WorkCalendar {
  /**
   * Open intervals within one week, [starts[i], ends[i]) in hours of the week, sorted, disjoint, each inside one
   * day; `dayEnds[i]` is the end of the last interval of interval i's day. Flat arrays: the clearance stage calls
   * these methods tens of thousands of times per run.
   */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly dayEnds: Float64Array;
  /**
   * `firstEnding[h]`: the first interval ending after hour h (0 … 167) of the week, where the scans of the methods
   * may start (the intervals before it end before any instant of that hour); n when none does.
   */
  private readonly firstEnding: Int32Array;
  /** Open hours per week. */
  readonly hoursPerWeek: number;

  constructor(windows: readonly WorkWindow[]) {
    const perDay: [number, number][][] = Array.from({ length: 7 }, () => []);
    for (const w of windows) {
      if (!(w.end > w.start)) continue;
      for (const d of new Set(w.days)) perDay[d]?.push([Math.max(0, w.start), Math.min(HOURS_PER_DAY, w.end)]);
    }
    const intervals: [number, number, number][] = [];
    perDay.forEach((list, d) => {
      list.sort((a, b) => a[0] - b[0]);
      const merged: [number, number][] = [];
      for (const [s, e] of list) {
        const last = merged.at(-1);
        if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
        else merged.push([s, e]);
      }
      const dayEnd = d * HOURS_PER_DAY + (merged.at(-1)?.[1] ?? 0);
      for (const [s, e] of merged) intervals.push([d * HOURS_PER_DAY + s, d * HOURS_PER_DAY + e, dayEnd]);
    });
    this.starts = Float64Array.from(intervals, (i) => i[0]);
    this.ends = Float64Array.from(intervals, (i) => i[1]);
    this.dayEnds = Float64Array.from(intervals, (i) => i[2]);
    this.hoursPerWeek = intervals.reduce((sum, [s, e]) => sum + e - s, 0);
    this.firstEnding = new Int32Array(HOURS_PER_WEEK);
    for (let h = 0, i = 0; h < HOURS_PER_WEEK; h++) {
      while (i < intervals.length && intervals[i]![1] <= h) i++;
      this.firstEnding[h] = i;
    }
  }

  /** Where a scan for the first interval ending after `offset` (hours into the week) may start. */
  private scanFrom(offset: number): number {
    // Outside [0, 168) (rounding, NaN), from the first interval, as if there were no table.
    return offset >= 0 && offset < HOURS_PER_WEEK ? this.firstEnding[offset | 0]! : 0;
  }

  /** Whether the calendar is open at instant t. */
  isOpen(t: number): boolean {
    const offset = t - Math.floor(t / HOURS_PER_WEEK) * HOURS_PER_WEEK;
    for (let i = 0; i < this.starts.length; i++) if (offset >= this.starts[i]! && offset < this.ends[i]!) return true;
    return false;
  }

  /**
   * The instant at which `hours` open hours have passed since `t` (t itself when hours ≤ 0): work that needs
   * `hours` of open time, started at t, ends then. Never earlier than t + hours; Infinity for an empty calendar.
   * Non-decreasing in t, and in the calendar (more open hours never end work later).
   */
  addOpenHours(t: number, hours: number): number {
    if (!(hours > 0)) return t;
    const { starts, ends } = this;
    const n = starts.length;
    if (n === 0) return Infinity;
    let week = Math.floor(t / HOURS_PER_WEEK);
    let offset = t - week * HOURS_PER_WEEK;
    let left = hours;
    // Whole weeks at once, so a long job costs O(intervals), not O(weeks × intervals).
    const perWeek = this.hoursPerWeek;
    for (let first = this.scanFrom(offset); ; first = 0) {
      for (let i = first; i < n; i++) {
        const e = ends[i]!;
        if (e <= offset) continue;
        const from = Math.max(starts[i]!, offset);
        if (e - from >= left) return week * HOURS_PER_WEEK + from + left;
        left -= e - from;
      }
      week++;
      offset = 0;
      if (left > perWeek) {
        const weeks = Math.floor(left / perWeek) - (left % perWeek === 0 ? 1 : 0);
        week += weeks;
        left -= weeks * perWeek;
      }
    }
  }

  /**
   * The end of the working day on which work lodged at `t` starts: the first open instant ≥ t, then the end of
   * the last open interval of that calendar day. Infinity for an empty calendar. Non-decreasing in t.
   */
  endOfWorkingDay(t: number): number {
    const { ends, dayEnds } = this;
    const n = ends.length;
    if (n === 0) return Infinity;
    const week = Math.floor(t / HOURS_PER_WEEK);
    const offset = t - week * HOURS_PER_WEEK;
    for (let i = this.scanFrom(offset); i < n; i++) if (ends[i]! > offset) return week * HOURS_PER_WEEK + dayEnds[i]!;
    return (week + 1) * HOURS_PER_WEEK + dayEnds[0]!;
  }
}
