import type { Berth, Port } from "../Port.ts";
import type { RuleSet } from "../RuleSet.ts";
import type { VesselCall } from "../VesselCall.ts";
import { usableBerths } from "./usable.ts";

/**
 * One call's line in a schedule: what the checker needs and nothing more, so that a schedule made by another tool
 * (a planner's spreadsheet, an optimiser) can be checked as well as `SimulationResult.calls`.
 * A served call has a berth and three times; a waiting or rejected call has none of them.
 */
export interface ScheduledCall {
  readonly id: string;
  readonly status: "served" | "waiting" | "rejected";
  readonly berth?: string | undefined;
  /** Berth assigned, the ship leaves the anchorage (hours). */
  readonly berthingStart?: number | undefined;
  /** Alongside, handling starts. */
  readonly serviceStart?: number | undefined;
  /** Handling done, berth free again. */
  readonly end?: number | undefined;
  /** Metres from the quay's start to the ship's near end: required at a shared quay; when given elsewhere, 0. */
  readonly position?: number | undefined;
  /** Optional; checked when present (arrival → berthing, to the horizon when waiting, 0 when rejected). */
  readonly wait?: number | undefined;
  /** Optional; checked when present against the checker's own count of later arrivals berthed ahead. */
  readonly overtaken?: number | undefined;
}

export interface ScheduleCheckInput {
  readonly port: Port;
  readonly calls: readonly VesselCall[];
  readonly rules: RuleSet;
  /** Hours; no ship may be berthed at or after it, and calls arriving at or after it are never dispatched. */
  readonly horizon: number;
  readonly schedule: readonly ScheduledCall[];
}

/** A served call on a known berth with its times: one bar of the timeline. */
export interface Berthing {
  readonly call: VesselCall;
  readonly berth: Berth;
  readonly start: number;
  readonly end: number;
  /** As scheduled; checked by the feasibility rules. */
  readonly position: number | undefined;
}

/** The input looked up by id once, for the rule checks. */
export interface ScheduleIndex {
  readonly input: ScheduleCheckInput;
  readonly callById: ReadonlyMap<string, VesselCall>;
  /** The first line for each id (duplicates are reported by the conservation rules). */
  readonly entryById: ReadonlyMap<string, ScheduledCall>;
  readonly berthById: ReadonlyMap<string, Berth>;
  /** Berths each input call may ever use under the rule set's queue scope. */
  readonly usable: ReadonlyMap<string, readonly Berth[]>;
  /** Served lines of input calls on known berths with finite times, by (start, call id). */
  readonly berthings: readonly Berthing[];
}

const isTime = (x: number | undefined): x is number => typeof x === "number" && Number.isFinite(x);

/** Ids compared by code units, the order berthsim breaks ties in. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const indexSchedule = (input: ScheduleCheckInput): ScheduleIndex => {
  const callById = new Map<string, VesselCall>();
  for (const c of input.calls) if (!callById.has(c.id)) callById.set(c.id, c);
  const entryById = new Map<string, ScheduledCall>();
  for (const e of input.schedule) if (!entryById.has(e.id)) entryById.set(e.id, e);
  const berthById = new Map<string, Berth>();
  for (const b of input.port.berths) if (!berthById.has(b.id)) berthById.set(b.id, b);
  const usable = new Map<string, readonly Berth[]>();
  for (const c of callById.values()) usable.set(c.id, usableBerths(input.port, input.rules, c));
  const berthings: Berthing[] = [];
  for (const [id, e] of entryById) {
    const call = callById.get(id);
    const berth = e.berth === undefined ? undefined : berthById.get(e.berth);
    if (e.status !== "served" || call === undefined || berth === undefined) continue;
    if (!isTime(e.berthingStart) || !isTime(e.end)) continue;
    berthings.push({ call, berth, start: e.berthingStart, end: e.end, position: e.position });
  }
  berthings.sort((a, b) => a.start - b.start || compareIds(a.call.id, b.call.id));
  return { input, callById, entryById, berthById, usable, berthings };
};
