import type { BerthPlanner } from "./BerthPlanner.ts";
import type { Port } from "./Port.ts";
import type { PreparedCalls } from "./PreparedCalls.ts";
import type { RuleSet } from "./RuleSet.ts";
import type { VesselCall } from "./VesselCall.ts";

/** What `simulate` runs: a port, its calls, one rule set, the horizon, and what to hand back. */
export interface SimulationInput {
  readonly port: Port;
  readonly calls: readonly VesselCall[];
  readonly rules: RuleSet;
  /** Hours; no ship is berthed at or after it. Calls arriving at or after it are still accounted for (waiting). */
  readonly horizon: number;
  /** Hours at the start excluded from KPIs (calls arriving before it, and time-weighted statistics). */
  readonly warmup?: number;
  /** Keep the event log (costs memory: about four entries per call). */
  readonly log?: boolean;
  /**
   * Keep one record per call (default true). With false the result's `calls` is empty and only the KPIs, which are
   * the same either way (counts of served, waiting and rejected calls included), are returned: for Monte Carlo
   * runs that need no schedule, it saves building and collecting an object per call.
   */
  readonly records?: boolean;
  /**
   * Also return each call's outcome as columns (`result.columns`; default false): with `records: false`, what a
   * consumer of every call needs without an object per call.
   */
  readonly columns?: boolean;
  /** The calls prepared once for several runs (`prepareCalls(port, calls, rules.queueScope)`): the same results. */
  readonly prepared?: PreparedCalls;
  /** The planner of an `optimised` rule set (required for it, unused by the others); see BerthPlanner.ts. */
  readonly planner?: BerthPlanner;
}
