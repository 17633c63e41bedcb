import { TRADE_CLASS_IDS, type TradeClass } from "../TradeClass.ts";
import type { ClearanceUnit } from "./clearCargo.ts";
import { ClearanceColumns, UNKNOWN_CLASS } from "./ClearanceColumns.ts";
import { type ClearanceInput, clearUnits } from "./clearUnits.ts";
import { indexIn } from "./FlowTable.ts";
import { TimeOrder } from "./TimeOrder.ts";

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

/** Scratch of the KPIs of a run, filled again by every call: nothing returned is taken from it. */
const sorter = new TimeOrder();

/**
 * The statistics of `groupCount` groups at once: unit i < n belongs to the groups `groups[3i]`, `groups[3i + 1]`
 * and `groups[3i + 2]` that are ≥ 0, and is within target when its hours are ≤ `target[g]` of the group. One sort
 * of all the units, then one pass in time order, so a run's many groups (overall, per class, per area, both
 * directions) cost one sort, not one each. Each group's sums add its units in index order, its running weight in
 * time order.
 */
const groupedStats = (
  hours: Float64Array,
  weight: Float64Array,
  n: number,
  groups: Int32Array,
  groupCount: number,
  target: Float64Array,
): ClearanceStats[] => {
  const total = new Float64Array(groupCount);
  const sum = new Float64Array(groupCount);
  const within = new Float64Array(groupCount);
  for (let i = 0; i < n; i++) {
    const w = weight[i]!;
    const h = hours[i]!;
    for (let j = 3 * i; j < 3 * i + 3; j++) {
      const g = groups[j]!;
      if (g < 0) continue;
      total[g] += w;
      sum[g] += w * h;
      if (h <= target[g]!) within[g] += w;
    }
  }
  // thresholds[3g + q]: the running weight at which the group reaches QUANTILES[q] — with a small tolerance, so
  // that weights adding up to p × total exactly are not missed by rounding; `next[g]` is that of the first
  // quantile not yet found (Infinity once all are), so a unit costs one comparison per group.
  const thresholds = new Float64Array(3 * groupCount + 1).fill(Infinity);
  const next = new Float64Array(groupCount);
  let pending = 0;
  for (let g = 0; g < groupCount; g++) {
    for (let q = 0; q < QUANTILES.length; q++) thresholds[3 * g + q] = QUANTILES[q]! * total[g]! * (1 - 1e-12);
    // A group of no weight has no quantiles (its figures are NaN); one of some weight finds all three by its last
    // unit, and the pass stops once every such group has.
    next[g] = total[g]! > 0 ? thresholds[3 * g]! : Infinity;
    if (total[g]! > 0) pending += QUANTILES.length;
  }
  sorter.sort(hours, n);
  const { order, times } = sorter;
  const cumulative = new Float64Array(groupCount);
  // quantiles[3g + q]: the group's QUANTILES[q]; found[g]: how many of them are known (they are found in order).
  const quantiles = new Float64Array(3 * groupCount).fill(NaN);
  const found = new Uint8Array(groupCount);
  for (let k = 0; k < n && pending > 0; k++) {
    const i = order[k]!;
    for (let j = 3 * i; j < 3 * i + 3; j++) {
      const g = groups[j]!;
      if (g < 0) continue;
      if ((cumulative[g] += weight[i]!) < next[g]!) continue;
      let q = found[g]!;
      for (; q < QUANTILES.length && cumulative[g]! >= thresholds[3 * g + q]!; q++) quantiles[3 * g + q] = times[k]!;
      pending -= q - found[g]!;
      found[g] = q;
      next[g] = q < QUANTILES.length ? thresholds[3 * g + q]! : Infinity;
    }
  }
  return Array.from({ length: groupCount }, (_, g) =>
    total[g]! > 0
      ? {
          units: total[g]!,
          mean: sum[g]! / total[g]!,
          p50: quantiles[3 * g]!,
          p90: quantiles[3 * g + 1]!,
          p95: quantiles[3 * g + 2]!,
          withinTarget: Math.min(1, within[g]! / total[g]!),
        }
      : { units: 0, mean: NaN, p50: NaN, p90: NaN, p95: NaN, withinTarget: NaN },
  );
};

/** Weighted statistics of `units` against `target` hours. */
export const clearanceStats = (units: readonly ClearanceUnit[], target: number): ClearanceStats => {
  const groups = new Int32Array(3 * units.length).fill(-1);
  for (let i = 0; i < units.length; i++) groups[3 * i] = 0;
  return groupedStats(
    Float64Array.from(units, (u) => u.hours),
    Float64Array.from(units, (u) => u.weight),
    units.length,
    groups,
    1,
    Float64Array.of(target),
  )[0]!;
};

/**
 * The groups of both directions: imports 0 … G − 1, exports G … 2G − 1, where G = 1 + classes + areas; within a
 * direction, 0 overall, then one per class, then one per area.
 */
class Groups {
  readonly perDirection: number;

  constructor(readonly areas: readonly string[]) {
    this.perDirection = 1 + TRADE_CLASS_IDS.length + areas.length;
  }

  /** The group of `area` within a direction; −1 for none. An area listed twice is its last place, as in a Map. */
  areaOffset(area: string | undefined): number {
    if (area === undefined) return -1;
    for (let i = this.areas.length - 1; i >= 0; i--) if (this.areas[i] === area) return 1 + TRADE_CLASS_IDS.length + i;
    return -1;
  }

  /**
   * Writes a unit's three groups at `groups[at]`: of its class (index in TRADE_CLASS_IDS; a class outside the list
   * counts in group 0), and of its area (`areaOffset`).
   */
  write(groups: Int32Array, at: number, isImport: boolean, classIndex: number, areaOffset: number): void {
    const base = isImport ? 0 : this.perDirection;
    groups[at] = base;
    groups[at + 1] = classIndex >= 0 && classIndex < TRADE_CLASS_IDS.length ? base + 1 + classIndex : 0;
    groups[at + 2] = areaOffset < 0 ? -1 : base + areaOffset;
  }

  targets(targets: ClearanceTargets): Float64Array {
    const t = new Float64Array(2 * this.perDirection);
    t.fill(targets.importTargetHours, 0, this.perDirection);
    t.fill(targets.exportTargetHours, this.perDirection);
    return t;
  }

  kpis(stats: readonly ClearanceStats[], targets: ClearanceTargets): ClearanceKpis {
    const direction = (base: number, targetHours: number): DirectionKpis => {
      const byClass: Partial<Record<TradeClass, ClearanceStats>> = {};
      TRADE_CLASS_IDS.forEach((c, i) => {
        if (stats[base + 1 + i]!.units > 0) byClass[c] = stats[base + 1 + i]!;
      });
      const byArea: Record<string, ClearanceStats> = {};
      this.areas.forEach((a, i) => (byArea[a] = stats[base + 1 + TRADE_CLASS_IDS.length + i]!));
      return { targetHours, overall: stats[base]!, byClass, byArea };
    };
    return {
      import: direction(0, targets.importTargetHours),
      export: direction(this.perDirection, targets.exportTargetHours),
    };
  }
}

export interface ClearanceTargets {
  readonly importTargetHours: number;
  readonly exportTargetHours: number;
}

/** Import and export clearance KPIs of a run's units, against the targets, overall, per class and per area. */
export const clearanceKpis = (units: readonly ClearanceUnit[], targets: ClearanceTargets, areas: readonly string[]): ClearanceKpis => {
  const g = new Groups(areas);
  const groups = new Int32Array(3 * units.length);
  units.forEach((u, i) => g.write(groups, 3 * i, u.direction === "import", indexIn(TRADE_CLASS_IDS, u.tradeClass), g.areaOffset(u.area)));
  const stats = groupedStats(
    Float64Array.from(units, (u) => u.hours),
    Float64Array.from(units, (u) => u.weight),
    units.length,
    groups,
    2 * g.perDirection,
    g.targets(targets),
  );
  return g.kpis(stats, targets);
};

/** Scratch of `clearCargoKpis`, filled again by every call: nothing returned is taken from it. */
const columns = new ClearanceColumns();
let groupScratch = new Int32Array(0);

/**
 * The clearance KPIs of a run straight from its calls: equal to
 * `clearanceKpis(clearCargo(input), input.params, areas)`, without a `ClearanceUnit` object per unit. What
 * Monte Carlo runs after every simulation.
 */
export const clearCargoKpis = (input: ClearanceInput, areas: readonly string[]): ClearanceKpis => {
  const units = clearUnits(input, false, columns);
  const n = units.length;
  const g = new Groups(areas);
  if (groupScratch.length < 3 * n) groupScratch = new Int32Array(Math.max(3 * n, 2 * groupScratch.length));
  const groups = groupScratch;
  const { call, isImport, tradeClass } = units;
  // A call's units are consecutive: its area is looked up once, its groups worked out once per direction.
  let area = -1;
  for (let i = 0; i < n; i++) {
    const at = 3 * i;
    const sameCall = i > 0 && call[i] === call[i - 1];
    if (sameCall && isImport[i] === isImport[i - 1]) {
      groups[at] = groups[at - 3]!;
      groups[at + 1] = groups[at - 2]!;
      groups[at + 2] = groups[at - 1]!;
    } else {
      if (!sameCall) area = g.areaOffset(input.calls[call[i]!]!.area);
      g.write(groups, at, isImport[i] === 1, tradeClass[i] === UNKNOWN_CLASS ? -1 : tradeClass[i]!, area);
    }
  }
  const stats = groupedStats(units.hours, units.weight, n, groups, 2 * g.perDirection, g.targets(input.params));
  return g.kpis(stats, input.params);
};
