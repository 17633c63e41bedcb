import { HOURS_PER_DAY, HOURS_PER_WEEK } from "@berthsim/core";

/** Tick steps in hours, fine to coarse: hours, a shift, a day, a week, a month of weeks. */
const STEPS = [1, 2, 3, 6, 12, 24, 48, 168, 336, 672, 1344, 2688] as const;

/**
 * Ticks for a window [t0, t1] of scenario hours (t = 0 is Monday 00:00 of week 1): the finest step of STEPS that
 * gives at most `maxTicks` ticks, and the multiples of it inside the window.
 */
export const timeTicks = (t0: number, t1: number, maxTicks: number): { readonly step: number; readonly ticks: number[] } => {
  const span = Math.max(t1 - t0, 1e-9);
  const step = STEPS.find((s) => span / s <= maxTicks) ?? STEPS[STEPS.length - 1]!;
  const ticks: number[] = [];
  for (let t = Math.ceil(t0 / step) * step; t <= t1 + 1e-9; t += step) ticks.push(t);
  return { step, ticks };
};

export interface TimeLabels {
  /** "W{w}" style template, `{w}` is the week number (1-based). */
  readonly week: string;
  /** Monday … Sunday. */
  readonly weekdays: readonly string[];
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * The label of tick `t` for a tick `step`: weeks for steps of a week or more, week and weekday for days,
 * weekday and clock time below a day. Hour 0 is Monday 00:00 of week 1; the model has no calendar date.
 */
export const formatTick = (t: number, step: number, labels: TimeLabels): string => {
  const week = labels.week.replace("{w}", String(Math.floor(t / HOURS_PER_WEEK) + 1));
  const day = labels.weekdays[Math.floor(t / HOURS_PER_DAY) % 7] ?? "";
  const hour = Math.round(t % HOURS_PER_DAY);
  if (step >= HOURS_PER_WEEK) return week;
  if (step >= HOURS_PER_DAY) return `${week} ${day}`;
  return hour === 0 ? `${week} ${day}` : `${day} ${pad2(hour)}:00`;
};

/** An instant written out for tooltips and tables: week, weekday and clock time to the minute. */
export const formatInstant = (t: number, labels: TimeLabels): string => {
  const minutes = Math.round(t * 60);
  const hours = Math.floor(minutes / 60);
  const week = labels.week.replace("{w}", String(Math.floor(hours / HOURS_PER_WEEK) + 1));
  const day = labels.weekdays[Math.floor(hours / HOURS_PER_DAY) % 7] ?? "";
  return `${week} ${day} ${pad2(hours % HOURS_PER_DAY)}:${pad2(minutes % 60)}`;
};
