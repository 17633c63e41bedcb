/**
 * Time in berthsim is a plain number of **hours since the scenario start** (t = 0 is Monday 00:00 of week 1).
 * Every duration (service, wait, shift, lateness) is in hours too. This file is the one place that says so.
 */
export const HOURS_PER_DAY = 24;
export const HOURS_PER_WEEK = 168;
export const HOURS_PER_YEAR = 8760;

/** Day of week of an instant, 0 = Monday … 6 = Sunday. */
export const dayOfWeek = (t: number): number => Math.floor(t / HOURS_PER_DAY) % 7;
