import { checkSchedule, type Port, RULE_SETS, type RuleSet, type ScheduledCall, type VesselCall, type Violation } from "../../src/index.ts";

/** A served line: berthed at `start`, alongside one shift later, done after `handling` hours. */
export const served = (id: string, berth: string, start: number, handling: number, shift = 0): ScheduledCall => ({
  id,
  status: "served",
  berth,
  berthingStart: start,
  serviceStart: start + shift,
  end: start + shift + handling,
});

export const waiting = (id: string): ScheduledCall => ({ id, status: "waiting" });
export const rejected = (id: string): ScheduledCall => ({ id, status: "rejected" });

export interface Case {
  readonly port: Port;
  readonly calls: readonly VesselCall[];
  readonly schedule: readonly ScheduledCall[];
  readonly rules?: RuleSet;
  readonly horizon?: number;
}

/** Checks a hand-made schedule (FCFS and a 100 h horizon unless given). */
export const check = (c: Case): Violation[] =>
  checkSchedule({ rules: RULE_SETS.fcfs, horizon: 100, ...c });

/** The rules broken, in report order, for short assertions. */
export const rulesOf = (violations: readonly Violation[]): string[] => violations.map((v) => v.rule);
