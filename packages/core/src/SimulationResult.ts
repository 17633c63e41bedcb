import type { CargoKind } from "./Port.ts";
import type { RuleSet } from "./RuleSet.ts";
import type { TradeClass } from "./TradeClass.ts";
import type { Kpis } from "./kpis.ts";

/**
 * What happened to one call. Every call given to `simulate` gets exactly one record:
 * - `served`: berthed before the horizon (its service may end after it);
 * - `waiting`: still at anchor when the horizon came;
 * - `rejected`: no berth it may use fits it; `rejectReason` says which rule failed.
 */
export type CallStatus = "served" | "waiting" | "rejected";

export interface CallRecord {
  readonly id: string;
  readonly name: string;
  readonly tradeClass: TradeClass;
  readonly cargo: CargoKind;
  readonly volume: number;
  readonly arrival: number;
  readonly dangerousGoods: boolean;
  readonly status: CallStatus;
  /** Hours from arrival to leaving the anchorage for a berth (to the horizon for `waiting`, 0 for `rejected`). */
  readonly wait: number;
  /** Later arrivals berthed, while this call waited, at a berth it could have used at that moment. */
  readonly overtaken: number;
  /** Where it waited: an anchorage id, "outside" when its anchorages were full; absent when it did not wait. */
  readonly anchorage?: string;
  /** Hours spent waiting outside full anchorages before a place freed up. */
  readonly hoursOutside: number;
  readonly berth?: string;
  readonly area?: string;
  /** Metres from the start of the quay to the ship's near end; 0 at a discrete berth; present for served calls. */
  readonly position?: number;
  /** Length overall, m (for drawing ships along a quay and for utilisation by metre-hours). */
  readonly loa: number;
  /** Berth assigned, ship leaves the anchorage (start of berthing). */
  readonly berthingStart?: number;
  /** Alongside, handling starts (berthingStart + the port's shift time). */
  readonly serviceStart?: number;
  /** Handling done, berth free again. */
  readonly end?: number;
  readonly rejectReason?: string;
  readonly stream?: string;
}

export type LogEvent = "arrive" | "reject" | "anchor" | "berth" | "depart";

/** One line of the event log, for scenario tests and the "why did it wait" trace. */
export interface LogEntry {
  readonly t: number;
  readonly event: LogEvent;
  readonly call: string;
  /** Berth for berth/depart, anchorage id (or "outside") for anchor. */
  readonly at?: string;
}

export interface SimulationResult {
  readonly rules: RuleSet;
  readonly horizon: number;
  readonly warmup: number;
  /** One record per input call, ordered by (arrival, id). */
  readonly calls: readonly CallRecord[];
  readonly kpis: Kpis;
  /** Present when `simulate` was asked for it (`log: true`). */
  readonly log?: readonly LogEntry[];
}
