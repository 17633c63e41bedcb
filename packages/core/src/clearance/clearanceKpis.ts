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

const QUANTILES = [0.5, 0.9, 0.95] as const;

/**
 * The statistics of `groupCount` groups at once: unit i belongs to group 0, to `second[i]` and, when ≥ 0, to
 * `third[i]`. One sort of all the units, then one pass in time order, so a run's many groups (overall, per class,
 * per area) cost one sort, not one each.
 */
const groupedStats = (
  units: readonly ClearanceUnit[],
  target: number,
  groupCount: number,
  second: Int32Array,
  third: Int32Array,
): ClearanceStats[] => {
  const n = units.length;
  const hours = new Float64Array(n);
  const weight = new Float64Array(n);
  const total = new Float64Array(groupCount);
  const sum = new Float64Array(groupCount);
  const within = new Float64Array(groupCount);
  const add = (g: number, i: number): void => {
    total[g] += weight[i]!;
    sum[g] += weight[i]! * hours[i]!;
    if (hours[i]! <= target) within[g] += weight[i]!;
  };
  for (let i = 0; i < n; i++) {
    hours[i] = units[i]!.hours;
    weight[i] = units[i]!.weight;
    add(0, i);
    if (second[i]! >= 0) add(second[i]!, i);
    if (third[i]! >= 0) add(third[i]!, i);
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => hours[a]! - hours[b]!);
  const cumulative = new Float64Array(groupCount);
  const quantiles = QUANTILES.map(() => new Float64Array(groupCount).fill(NaN));
  const pass = (g: number, i: number): void => {
    cumulative[g] += weight[i]!;
    for (let q = 0; q < QUANTILES.length; q++) {
      // A small tolerance, so that weights adding up to p × total exactly are not missed by rounding.
      if (Number.isNaN(quantiles[q]![g]!) && cumulative[g]! >= QUANTILES[q]! * total[g]! * (1 - 1e-12)) quantiles[q]![g] = hours[i]!;
    }
  };
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    pass(0, i);
    if (second[i]! >= 0) pass(second[i]!, i);
    if (third[i]! >= 0) pass(third[i]!, i);
  }
  return Array.from({ length: groupCount }, (_, g) =>
    total[g]! > 0
      ? {
          units: total[g]!,
          mean: sum[g]! / total[g]!,
          p50: quantiles[0]![g]!,
          p90: quantiles[1]![g]!,
          p95: quantiles[2]![g]!,
          withinTarget: Math.min(1, within[g]! / total[g]!),
        }
      : { units: 0, mean: NaN, p50: NaN, p90: NaN, p95: NaN, withinTarget: NaN },
  );
};

/** Weighted statistics of `units` against `target` hours. */
export const clearanceStats = (units: readonly ClearanceUnit[], target: number): ClearanceStats =>
  groupedStats(units, target, 1, new Int32Array(units.length).fill(-1), new Int32Array(units.length).fill(-1))[0]!;

const CLASS_INDEX = new Map(TRADE_CLASS_IDS.map((c, i) => [c, i]));

const directionKpis = (
  units: readonly ClearanceUnit[],
  direction: ClearanceDirection,
  target: number,
  areas: readonly string[],
): DirectionKpis => {
  const mine = units.filter((u) => u.direction === direction);
  // Groups: 0 overall, then one per class, then one per area.
  const classes = TRADE_CLASS_IDS.length;
  const areaIndex = new Map(areas.map((a, i) => [a, 1 + classes + i]));
  const cls = Int32Array.from(mine, (u) => 1 + CLASS_INDEX.get(u.tradeClass)!);
  const area = Int32Array.from(mine, (u) => (u.area === undefined ? undefined : areaIndex.get(u.area)) ?? -1);
  const stats = groupedStats(mine, target, 1 + classes + areas.length, cls, area);
  const byClass: Partial<Record<TradeClass, ClearanceStats>> = {};
  TRADE_CLASS_IDS.forEach((c, i) => {
    if (stats[1 + i]!.units > 0) byClass[c] = stats[1 + i]!;
  });
  const byArea: Record<string, ClearanceStats> = {};
  areas.forEach((a, i) => (byArea[a] = stats[1 + classes + i]!));
  return { targetHours: target, overall: stats[0]!, byClass, byArea };
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
