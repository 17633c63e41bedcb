/**
 * Tide windows of the port's approach channel. Water in the channel rises and falls with a semidiurnal period
 * (the principal lunar tide, M2, 12.42 h). A ship whose draft exceeds the channel's depth at low water can only
 * make its inbound transit on a rising tide: inside a window of `windowHours` that recurs every `period` hours.
 *
 * Windows are [phase + k·period, phase + k·period + windowHours) for every integer k (times in hours, time.ts).
 * One window for every deep ship: the model does not lengthen the window for a ship that needs less water.
 */
export interface Tide {
  /** Hours between the starts of two windows (semidiurnal: `M2_PERIOD_HOURS`). */
  readonly period: number;
  /** Length of each window, hours (0 < windowHours ≤ period). */
  readonly windowHours: number;
  /** Start of the window of k = 0, hours from the scenario start (0 ≤ phase < period). */
  readonly phase: number;
  /** Channel depth at low water, m: ships with a larger draft wait for a window, the others never do. */
  readonly lowWaterDepth: number;
}

/** The period of the principal lunar semidiurnal tide, hours. */
export const M2_PERIOD_HOURS = 12.42;

/** Whether a ship of this draft (m) needs a tide window to pass the channel. */
export const needsTide = (tide: Tide, draft: number): boolean => draft > tide.lowWaterDepth;

/**
 * The earliest instant ≥ t inside a window: t itself when a window is open at t, else the start of the next one.
 */
export const nextWindow = (tide: Tide, t: number): number => {
  const k = Math.floor((t - tide.phase) / tide.period);
  const start = tide.phase + k * tide.period;
  // max: rounding may put a computed start a hair before t, when t is itself (all but) a window start.
  if (t < start + tide.windowHours) return Math.max(t, start);
  return Math.max(t, start + tide.period);
};
