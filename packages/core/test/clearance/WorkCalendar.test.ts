import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WorkCalendar, type WorkWindow } from "../../src/index.ts";

// Monday–Friday 08:30–17:30: nine open hours a day, 45 a week. t = 0 is Monday 00:00.
const office = new WorkCalendar([{ days: [0, 1, 2, 3, 4], start: 8.5, end: 17.5 }]);
const MON = 0;
const FRI = 4 * 24;
const SAT = 5 * 24;

describe("WorkCalendar", () => {
  it("counts the open hours of a week, merging windows of one day that overlap", () => {
    expect(office.hoursPerWeek).toBe(45);
    expect(new WorkCalendar([{ days: [0], start: 8, end: 12 }, { days: [0, 0], start: 10, end: 14 }]).hoursPerWeek).toBe(6);
    expect(new WorkCalendar([{ days: [0], start: 5, end: 5 }]).hoursPerWeek).toBe(0);
  });

  it("is open inside a window, closed at its end and on weekends", () => {
    expect(office.isOpen(MON + 8.5)).toBe(true);
    expect(office.isOpen(MON + 17.5)).toBe(false);
    expect(office.isOpen(SAT + 10)).toBe(false);
    expect(office.isOpen(168 + 9)).toBe(true);
    expect(office.isOpen(-168 + 9)).toBe(true);
  });

  it("addOpenHours(t, h) runs work only while open: into the next day, over a weekend, over whole weeks", () => {
    expect(office.addOpenHours(MON + 9, 2)).toBe(MON + 11);
    expect(office.addOpenHours(MON + 6, 2)).toBe(MON + 10.5);
    expect(office.addOpenHours(MON + 16.5, 2)).toBe(24 + 9.5);
    expect(office.addOpenHours(FRI + 16.5, 2)).toBe(168 + 9.5);
    expect(office.addOpenHours(SAT + 1, 9)).toBe(168 + 17.5);
    expect(office.addOpenHours(MON + 8.5, 45)).toBe(FRI + 17.5);
    expect(office.addOpenHours(MON + 8.5, 90)).toBe(168 + FRI + 17.5);
    expect(office.addOpenHours(MON + 8.5, 91)).toBe(2 * 168 + 9.5);
    expect(office.addOpenHours(MON + 20, 0)).toBe(MON + 20);
    expect(new WorkCalendar([]).addOpenHours(3, 1)).toBe(Infinity);
  });

  it("endOfWorkingDay(t) is the close of the day on which work lodged at t starts", () => {
    expect(office.endOfWorkingDay(MON + 9)).toBe(MON + 17.5);
    expect(office.endOfWorkingDay(MON + 3)).toBe(MON + 17.5);
    expect(office.endOfWorkingDay(MON + 18)).toBe(24 + 17.5);
    expect(office.endOfWorkingDay(FRI + 18)).toBe(168 + 17.5);
    const split = new WorkCalendar([{ days: [0], start: 8, end: 12 }, { days: [0], start: 13, end: 17 }]);
    expect(split.endOfWorkingDay(9)).toBe(17);
    expect(split.endOfWorkingDay(12.5)).toBe(17);
  });

  it("never ends work earlier than t + h, nor later as t grows, nor later with more open hours", () => {
    const extended = new WorkCalendar([
      { days: [0, 1, 2, 3, 4], start: 8.5, end: 17.5 },
      { days: [0, 1, 2, 3, 4, 5, 6], start: 8, end: 20 },
    ]);
    fc.assert(
      fc.property(
        fc.double({ min: -500, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (t, dt, h, dh) => {
          const end = office.addOpenHours(t, h);
          expect(end).toBeGreaterThanOrEqual(t + h - 1e-9);
          expect(office.addOpenHours(t + dt, h)).toBeGreaterThanOrEqual(end - 1e-9);
          expect(office.addOpenHours(t, h + dh)).toBeGreaterThanOrEqual(end - 1e-9);
          expect(extended.addOpenHours(t, h)).toBeLessThanOrEqual(end + 1e-9);
          expect(office.endOfWorkingDay(t + dt)).toBeGreaterThanOrEqual(office.endOfWorkingDay(t));
        },
      ),
    );
  });
});

/** The calendar's intervals of one week, merged as the constructor merges them, for the plain scans below. */
const intervalsOf = (windows: readonly WorkWindow[]): { starts: number[]; ends: number[]; dayEnds: number[] } => {
  const starts: number[] = [];
  const ends: number[] = [];
  const dayEnds: number[] = [];
  for (let d = 0; d < 7; d++) {
    const list = windows
      .filter((w) => w.end > w.start && w.days.includes(d))
      .map((w): [number, number] => [Math.max(0, w.start), Math.min(24, w.end)])
      .sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [s, e] of list) {
      const last = merged.at(-1);
      if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    for (const [s, e] of merged) starts.push(d * 24 + s), ends.push(d * 24 + e), dayEnds.push(d * 24 + merged.at(-1)![1]);
  }
  return { starts, ends, dayEnds };
};

/** addOpenHours as first written: every week's scan from its first interval. */
const scanAddOpenHours = (windows: readonly WorkWindow[], t: number, hours: number): number => {
  const { starts, ends } = intervalsOf(windows);
  if (!(hours > 0)) return t;
  if (starts.length === 0) return Infinity;
  const perWeek = starts.reduce((sum, s, i) => sum + ends[i]! - s, 0);
  let week = Math.floor(t / 168);
  let offset = t - week * 168;
  let left = hours;
  for (;;) {
    for (let i = 0; i < starts.length; i++) {
      const e = ends[i]!;
      if (e <= offset) continue;
      const from = Math.max(starts[i]!, offset);
      if (e - from >= left) return week * 168 + from + left;
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
};

const scanEndOfWorkingDay = (windows: readonly WorkWindow[], t: number): number => {
  const { ends, dayEnds } = intervalsOf(windows);
  if (ends.length === 0) return Infinity;
  const week = Math.floor(t / 168);
  const offset = t - week * 168;
  for (let i = 0; i < ends.length; i++) if (ends[i]! > offset) return week * 168 + dayEnds[i]!;
  return (week + 1) * 168 + dayEnds[0]!;
};

const windowArb: fc.Arbitrary<WorkWindow> = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    fc.oneof(fc.integer({ min: 0, max: 24 }), fc.double({ min: 0, max: 24, noNaN: true })),
    fc.oneof(fc.integer({ min: 0, max: 24 }), fc.double({ min: 0, max: 24, noNaN: true })),
  )
  .map(([days, a, b]) => ({ days, start: Math.min(a, b), end: Math.max(a, b) }));

describe("WorkCalendar, against a scan of the week from its first interval", () => {
  it("ends work and working days at the very same instants (to the bit)", () => {
    fc.assert(
      fc.property(
        fc.array(windowArb, { maxLength: 5 }),
        fc.oneof(fc.integer({ min: -400, max: 2000 }), fc.double({ min: -400, max: 2000, noNaN: true })),
        fc.oneof(fc.constant(0), fc.double({ min: 0, max: 300, noNaN: true })),
        (windows, t, hours) => {
          const calendar = new WorkCalendar(windows);
          expect(calendar.addOpenHours(t, hours)).toBe(scanAddOpenHours(windows, t, hours));
          expect(calendar.endOfWorkingDay(t)).toBe(scanEndOfWorkingDay(windows, t));
        },
      ),
    );
  });
});
