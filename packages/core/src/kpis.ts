import { CARGO_KINDS, type CargoKind, type Port } from "./Port.ts";
import type { CallRecord } from "./SimulationResult.ts";
import { mean, quantileSorted } from "./stats.ts";
import { TRADE_CLASS_IDS, type TradeClass } from "./TradeClass.ts";

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
}

export interface BerthUtilisation {
  readonly berth: string;
  readonly area: string;
  /** Occupied (reserved from berthing start to departure) ÷ open hours in the observation window. */
  readonly utilisation: number;
  readonly occupiedHours: number;
  readonly openHours: number;
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
  /** Ships waiting for a berth, time-weighted over the window. */
  readonly queue: { readonly mean: number; readonly max: number };
  readonly anchorages: readonly {
    readonly id: string;
    readonly mean: number;
    readonly max: number;
    readonly hoursAtCapacity: number;
  }[];
  /** Ships that found their anchorages full (arrivals in the window), and ships outside, time-weighted. */
  readonly outside: { readonly ships: number; readonly mean: number; readonly max: number };
  /** Volume handled by calls berthed in the window, per cargo kind. */
  readonly throughput: Readonly<Record<CargoKind, number>>;
}

const EMPTY: WaitStats = {
  served: 0,
  meanWait: NaN,
  p50Wait: NaN,
  p90Wait: NaN,
  p95Wait: NaN,
  maxWait: NaN,
  probWait: NaN,
  meanService: NaN,
  awtAst: NaN,
  meanTurnaround: NaN,
  meanOvertaken: NaN,
};

/** Wait statistics of served records. */
export const waitStats = (served: readonly CallRecord[]): WaitStats => {
  if (served.length === 0) return EMPTY;
  const n = served.length;
  const waits = new Float64Array(n);
  let sumService = 0;
  let sumTurnaround = 0;
  let sumOvertaken = 0;
  let waited = 0;
  for (let i = 0; i < n; i++) {
    const c = served[i]!;
    waits[i] = c.wait;
    sumService += c.end! - c.serviceStart!;
    sumTurnaround += c.end! - c.arrival;
    sumOvertaken += c.overtaken;
    if (c.wait > 0) waited++;
  }
  waits.sort();
  const meanWait = mean(waits);
  const meanService = sumService / n;
  return {
    served: n,
    meanWait,
    p50Wait: quantileSorted(waits, 0.5),
    p90Wait: quantileSorted(waits, 0.9),
    p95Wait: quantileSorted(waits, 0.95),
    maxWait: waits[waits.length - 1]!,
    probWait: waited / n,
    meanService,
    awtAst: meanWait / meanService,
    meanTurnaround: sumTurnaround / n,
    meanOvertaken: sumOvertaken / n,
  };
};

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

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
  const { port, calls, warmup, horizon } = input;
  const inWindow = calls.filter((c) => c.arrival >= warmup && c.arrival < horizon);
  const served = inWindow.filter((c) => c.status === "served");
  const byClass: Partial<Record<TradeClass, WaitStats>> = {};
  for (const k of TRADE_CLASS_IDS) {
    const group = served.filter((c) => c.tradeClass === k);
    if (group.length > 0 || inWindow.some((c) => c.tradeClass === k)) byClass[k] = waitStats(group);
  }
  const occupied = new Map<string, number>();
  for (const c of calls)
    if (c.status === "served")
      occupied.set(c.berth!, (occupied.get(c.berth!) ?? 0) + overlap(c.berthingStart!, c.end!, warmup, horizon));
  const berths = port.berths.map((b) => {
    const closed = (b.closures ?? []).reduce((s, c) => s + overlap(c.start, c.end, warmup, horizon), 0);
    const openHours = horizon - warmup - closed;
    const occupiedHours = occupied.get(b.id) ?? 0;
    return { berth: b.id, area: b.area, occupiedHours, openHours, utilisation: openHours > 0 ? occupiedHours / openHours : 0 };
  });
  const ratio = (group: readonly BerthUtilisation[]): number => {
    const open = group.reduce((s, b) => s + b.openHours, 0);
    return open > 0 ? group.reduce((s, b) => s + b.occupiedHours, 0) / open : 0;
  };
  const areas: Record<string, number> = {};
  for (const a of port.areas) areas[a.id] = ratio(berths.filter((b) => b.area === a.id));
  const throughput = Object.fromEntries(CARGO_KINDS.map((k) => [k, 0])) as Record<CargoKind, number>;
  for (const c of calls)
    if (c.status === "served" && c.berthingStart! >= warmup && c.berthingStart! < horizon) throughput[c.cargo] += c.volume;
  return {
    arrived: calls.length,
    served: calls.filter((c) => c.status === "served").length,
    waiting: calls.filter((c) => c.status === "waiting").length,
    rejected: calls.filter((c) => c.status === "rejected").length,
    overall: waitStats(served),
    byClass,
    berths,
    areas,
    port: ratio(berths),
    queue: input.queue,
    anchorages: input.anchorages,
    outside: { ships: inWindow.filter((c) => c.hoursOutside > 0 || c.anchorage === "outside").length, ...input.outside },
    throughput,
  };
};
