import { TRADE_CLASS_IDS, type TradeClass } from "../TradeClass.ts";
import type { ClearanceDirection, ClearanceUnit } from "./clearCargo.ts";

/**
 * Clearance times of a group of units, each unit counted with its weight (the cargo units it stands for).
 * Quantiles are weighted lower quantiles: the smallest time t such that units of time ≤ t weigh at least p of
 * the total. Everything but `units` is NaN for an empty group.
 */
export interface ClearanceStats {
  /** Cargo units (containers, lots) cleared. */
  readonly units: number;
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  /** Share (0–1) of units cleared within the target. */
  readonly withinTarget: number;
}

export interface DirectionKpis {
  readonly targetHours: number;
  readonly overall: ClearanceStats;
  /** Per trade class; a class with no unit is absent. */
  readonly byClass: Readonly<Partial<Record<TradeClass, ClearanceStats>>>;
  /** Per port area (the berth's); every area asked for is present, empty ones with `units` 0. */
  readonly byArea: Readonly<Record<string, ClearanceStats>>;
}

export interface ClearanceKpis {
  readonly import: DirectionKpis;
  readonly export: DirectionKpis;
}

/** Weighted statistics of `units` against `target` hours. */
export const clearanceStats = (units: readonly ClearanceUnit[], target: number): ClearanceStats => {
  const sorted = [...units].sort((a, b) => a.hours - b.hours);
  let total = 0;
  let sum = 0;
  let within = 0;
  for (const u of sorted) {
    total += u.weight;
    sum += u.weight * u.hours;
    if (u.hours <= target) within += u.weight;
  }
  if (!(total > 0)) return { units: 0, mean: NaN, p50: NaN, p90: NaN, p95: NaN, withinTarget: NaN };
  const quantile = (p: number): number => {
    let acc = 0;
    // A small tolerance, so that weights that add up to p × total exactly are not missed by rounding.
    for (const u of sorted) if ((acc += u.weight) >= p * total * (1 - 1e-12)) return u.hours;
    return sorted[sorted.length - 1]!.hours;
  };
  return {
    units: total,
    mean: sum / total,
    p50: quantile(0.5),
    p90: quantile(0.9),
    p95: quantile(0.95),
    withinTarget: Math.min(1, within / total),
  };
};

const directionKpis = (
  units: readonly ClearanceUnit[],
  direction: ClearanceDirection,
  target: number,
  areas: readonly string[],
): DirectionKpis => {
  const mine = units.filter((u) => u.direction === direction);
  const byClass: Partial<Record<TradeClass, ClearanceStats>> = {};
  for (const c of TRADE_CLASS_IDS) {
    const group = mine.filter((u) => u.tradeClass === c);
    if (group.length > 0) byClass[c] = clearanceStats(group, target);
  }
  const byArea: Record<string, ClearanceStats> = {};
  for (const a of areas) byArea[a] = clearanceStats(mine.filter((u) => u.area === a), target);
  return { targetHours: target, overall: clearanceStats(mine, target), byClass, byArea };
};

/** Import and export clearance KPIs of a run's units, against the targets, overall, per class and per area. */
export const clearanceKpis = (
  units: readonly ClearanceUnit[],
  targets: { readonly importTargetHours: number; readonly exportTargetHours: number },
  areas: readonly string[],
): ClearanceKpis => ({
  import: directionKpis(units, "import", targets.importTargetHours, areas),
  export: directionKpis(units, "export", targets.exportTargetHours, areas),
});
