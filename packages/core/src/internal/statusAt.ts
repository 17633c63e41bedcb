import type { CallStatus } from "../SimulationResult.ts";

/**
 * A call's status at the end of a run, as its record gives it: rejected (with a reason), else served when berthed,
 * else still waiting. The one rule for records, outcome columns and the KPI pass.
 */
export const statusAt = (i: number, berthOf: Int32Array, rejected: ReadonlyMap<number, string | undefined>): CallStatus =>
  (rejected.size === 0 ? undefined : rejected.get(i)) !== undefined ? "rejected" : berthOf[i]! < 0 ? "waiting" : "served";
