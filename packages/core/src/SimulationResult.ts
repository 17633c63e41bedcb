import type { Berth, CargoKind } from "./Port.ts";
import type { RuleSet } from "./RuleSet.ts";
import type { TradeClass } from "./TradeClass.ts";
import type { Kpis } from "./kpis.ts";
import type { VesselCall } from "./VesselCall.ts";

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
  /**
   * Hours of `wait` spent waiting for a tide window before the inbound transit (0 when the port has no tide or the
   * ship's draft needs none); the rest of `wait` is spent waiting for a berth.
   */
  readonly tideWait: number;
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

/** `tide`: a ship that waited for a tide window passes the channel and joins the berth queue. */
export type LogEvent = "arrive" | "reject" | "tide" | "anchor" | "berth" | "depart";

/** One line of the event log, for scenario tests and the "why did it wait" trace. */
export interface LogEntry {
  readonly t: number;
  readonly event: LogEvent;
  readonly call: string;
  /** Berth for berth/depart, anchorage id (or "outside") for anchor. */
  readonly at?: string;
}

/** Ships at one anchorage over a run: the maximum per bucket of `bucketHours`, inside it and waiting outside for it. */
export interface AnchorageSeries {
  readonly id: string;
  readonly capacity: number;
  readonly bucketHours: number;
  /** Most ships at the anchorage at once in each bucket [k·bucketHours, (k+1)·bucketHours). */
  readonly occupancy: readonly number[];
  /** Most ships waiting outside for it at once in each bucket (see `AnchorageState`). */
  readonly outside: readonly number[];
}

/** `OutcomeColumns.status` codes, in `CallStatus` order. */
export const SERVED = 0;
export const WAITING = 1;
export const REJECTED = 2;

/**
 * What happened to each call as columns, for a consumer that reads every call and needs no record objects (the
 * clearance stage in a Monte Carlo run: a year's records are some 1.5 MB of objects per run). Index i of each
 * column is `calls[i]`; the times are those of the call's `CallRecord` (NaN where the record has none).
 */
export interface OutcomeColumns {
  /** The run's calls, in (arrival, id) order. */
  readonly calls: readonly VesselCall[];
  /** SERVED, WAITING or REJECTED. */
  readonly status: Uint8Array;
  /** Index in `berths` of the berth used, −1 when not served. */
  readonly berth: Int32Array;
  /** The port's berths, in id order. */
  readonly berths: readonly Berth[];
  readonly berthingStart: Float64Array;
  readonly serviceStart: Float64Array;
  readonly end: Float64Array;
}

export interface SimulationResult {
  readonly rules: RuleSet;
  readonly horizon: number;
  readonly warmup: number;
  /** One record per input call, ordered by (arrival, id). */
  readonly calls: readonly CallRecord[];
  readonly kpis: Kpis;
  /** Ships at each anchorage over time (maximum per day or longer bucket), in port order, for charts. */
  readonly anchorageSeries: readonly AnchorageSeries[];
  /** Present when `simulate` was asked for it (`log: true`). */
  readonly log?: readonly LogEntry[];
  /** Present when `simulate` was asked for it (`columns: true`). */
  readonly columns?: OutcomeColumns;
}
