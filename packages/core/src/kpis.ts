import { KpiSums } from "./internal/KpiSums.ts";
import { WaitSums } from "./internal/WaitSums.ts";
import type { CargoKind, Port } from "./Port.ts";
import type { CallRecord } from "./SimulationResult.ts";
import type { TradeClass } from "./TradeClass.ts";

/** Waiting and service statistics of a group of served calls (hours). */
export interface WaitStats {
  readonly served: number;
  readonly meanWait: number;
  readonly p50Wait: number;
  readonly p90Wait: number;
  readonly p95Wait: number;
  readonly maxWait: number;
  /** Share of calls that waited at all. */
  readonly probWait: number;
  /** Mean time alongside (shift excluded) and AWT/AST, the waiting factor. */
  readonly meanService: number;
  readonly awtAst: number;
  /** Arrival to departure: wait + shift + service. */
  readonly meanTurnaround: number;
  readonly meanOvertaken: number;
  /** Mean hours of the wait spent waiting for a tide window (included in `meanWait`; 0 without a tide). */
  readonly meanTideWait: number;
}

export interface BerthUtilisation {
  readonly berth: string;
  readonly area: string;
  /**
   * Occupied (reserved from berthing start to departure) ÷ open hours in the observation window. At a shared quay,
   * occupied means at least one ship alongside; how full it is shows in `metreUtilisation`.
   */
  readonly utilisation: number;
  readonly occupiedHours: number;
  readonly openHours: number;
  /** Hours alongside summed over the ships: at a discrete berth `occupiedHours`, at a quay more when ships share it. */
  readonly shipHours: number;
  /**
   * Utilisation by length: metres of hull × hours alongside (berthing start to departure) ÷ berth length × open
   * hours. At a discrete berth a 150 m ship on a 250 m berth uses 60 % of it; at a shared quay the ships alongside
   * add up. Clearance between ships counts as unused.
   */
  readonly metreUtilisation: number;
  readonly metreHours: number;
  readonly openMetreHours: number;
}

export interface Kpis {
  /** Counts over every call given to the simulation; arrived = served + waiting + rejected. */
  readonly arrived: number;
  readonly served: number;
  readonly waiting: number;
  readonly rejected: number;
  /** Statistics of served calls that arrived in the observation window [warm-up, horizon). */
  readonly overall: WaitStats;
  readonly byClass: Readonly<Partial<Record<TradeClass, WaitStats>>>;
  readonly berths: readonly BerthUtilisation[];
  readonly areas: Readonly<Record<string, number>>;
  readonly port: number;
  /** Utilisation by metre-hours (see `BerthUtilisation.metreUtilisation`) per area and for the port. */
  readonly metreUtilisation: { readonly areas: Readonly<Record<string, number>>; readonly port: number };
  /** Ships waiting for a berth, time-weighted over the window. */
  readonly queue: { readonly mean: number; readonly max: number };
  readonly anchorages: readonly {
    readonly id: string;
    readonly mean: number;
    readonly max: number;
    readonly hoursAtCapacity: number;
    /** Hours (in the window) with ships waiting outside, counted against the anchorage they would have used. */
    readonly hoursOverCapacity: number;
  }[];
  /** Ships that found their anchorages full (arrivals in the window), and ships outside, time-weighted. */
  readonly outside: { readonly ships: number; readonly mean: number; readonly max: number };
  /** Volume handled by calls berthed in the window, per cargo kind. */
  readonly throughput: Readonly<Record<CargoKind, number>>;
}

/** Wait statistics of served records. */
export const waitStats = (served: readonly CallRecord[]): WaitStats => {
  const sums = new WaitSums(served.length);
  for (let i = 0; i < served.length; i++) sums.add(served[i]!);
  return sums.stats();
};

export interface KpiInput {
  readonly port: Port;
  readonly calls: readonly CallRecord[];
  readonly warmup: number;
  readonly horizon: number;
  readonly queue: { mean: number; max: number };
  readonly anchorages: Kpis["anchorages"];
  readonly outside: { mean: number; max: number };
}

/** KPIs of one run. Utilisation and time-weighted figures cover [warm-up, horizon); call statistics, arrivals in it. */
export const computeKpis = (input: KpiInput): Kpis => {
  const { calls } = input;
  const sums = new KpiSums(input.port, input.warmup, input.horizon, calls.length);
  for (let i = 0; i < calls.length; i++) sums.add(calls[i]!);
  return sums.finish(input.queue, input.anchorages, input.outside);
};
