import { TRADE_CLASS_IDS, type TradeClass } from "../TradeClass.ts";
import type { ClearanceUnit } from "./clearCargo.ts";
import { ClearanceColumns, unitLabel } from "./ClearanceColumns.ts";
import { type ClearanceInput, clearUnits, lastSlots } from "./clearUnits.ts";
import { indexIn, lastIndexIn } from "./FlowTable.ts";
import { KeyedTimeOrder } from "./KeyedTimeOrder.ts";
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
/** Scratch of the KPIs of runs cleared by `clearCargoKpis`, each run's order patched from the last one's. */
const keyedSorter = new KeyedTimeOrder();

/**
 * The statistics of `groupCount` groups at once. Unit i < n has the label `label[i]`, and a label l stands for the
 * groups `members[3l]`, `members[3l + 1]` and `members[3l + 2]` that are ≥ 0 (a run's units fall in a few dozen
 * combinations of direction, class and area); a unit is within target when its hours are ≤ `target[g]` of the
 * group. One sort of all the units, then one pass in time order, so a run's many groups (overall, per class, per
 * area, both directions) cost one sort, not one each. Each group's sums add its units in index order, its running
 * weight in time order.
 */
const groupedStats = (
  hours: Float64Array,
  weight: Float64Array,
  label: Int32Array,
  n: number,
  members: Int32Array,
  groupCount: number,
  target: Float64Array,
  keys?: { readonly slot: Int32Array; readonly generation: number; readonly count: number },
): ClearanceStats[] => {
  const total = new Float64Array(groupCount);
  const sum = new Float64Array(groupCount);
  const within = new Float64Array(groupCount);
  // The three groups of a unit's label in turn, written out: the pass over every unit of a run.
  for (let i = 0; i < n; i++) {
    const w = weight[i]!;
    const h = hours[i]!;
    const j = 3 * label[i]!;
    const g0 = members[j]!;
    const g1 = members[j + 1]!;
    const g2 = members[j + 2]!;
    if (g0 >= 0) {
      total[g0] += w;
      sum[g0] += w * h;
      if (h <= target[g0]!) within[g0] += w;
    }
    if (g1 >= 0) {
      total[g1] += w;
      sum[g1] += w * h;
      if (h <= target[g1]!) within[g1] += w;
    }
    if (g2 >= 0) {
      total[g2] += w;
      sum[g2] += w * h;
      if (h <= target[g2]!) within[g2] += w;
    }
  }
  // thresholds[3g + q]: the running weight at which the group reaches QUANTILES[q] — with a small tolerance, so
  // that weights adding up to p × total exactly are not missed by rounding; `next[g]` is that of the first
  // quantile not yet found (Infinity once all are), so a unit costs one comparison per group.
  const thresholds = new Float64Array(3 * groupCount);
  const next = new Float64Array(groupCount);
  let pending = 0;
  for (let g = 0; g < groupCount; g++) {
    for (let q = 0; q < QUANTILES.length; q++) thresholds[3 * g + q] = QUANTILES[q]! * total[g]! * (1 - 1e-12);
    // A group of no weight has no quantiles (its figures are NaN); one of some weight finds all three by its last
    // unit, and the pass stops once every such group has.
    next[g] = total[g]! > 0 ? thresholds[3 * g]! : Infinity;
    if (total[g]! > 0) pending += QUANTILES.length;
  }
  if (keys === undefined) sorter.sort(hours, weight, label, n);
  else keyedSorter.sortKeyed(hours, weight, label, n, keys.slot, keys.count, keys.generation);
  const { times, weights, labels } = keys === undefined ? sorter : keyedSorter;
  const cumulative = new Float64Array(groupCount);
  // quantiles[3g + q]: the group's QUANTILES[q]; found[g]: how many of them are known (they are found in order).
  const quantiles = new Float64Array(3 * groupCount).fill(NaN);
  const found = new Uint8Array(groupCount);
  for (let k = 0; k < n && pending > 0; k++) {
    const w = weights[k]!;
    for (let j = 3 * labels[k]!, end = j + 3; j < end; j++) {
      const g = members[j]!;
      if (g < 0) continue;
      if ((cumulative[g] += w) < next[g]!) continue;
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
export const clearanceStats = (units: readonly ClearanceUnit[], target: number): ClearanceStats =>
  groupedStats(
    Float64Array.from(units, (u) => u.hours),
    Float64Array.from(units, (u) => u.weight),
    new Int32Array(units.length),
    units.length,
    Int32Array.of(0, -1, -1),
    1,
    Float64Array.of(target),
  )[0]!;

/**
 * The groups of both directions: imports 0 … G − 1, exports G … 2G − 1, where G = 1 + classes + areas; within a
 * direction, 0 overall, then one per class, then one per area. A unit's label says its direction, class and area:
 * `label(…)`, and `members` lists the three groups of each label.
 */
class Groups {
  readonly perDirection: number;
  readonly members: Int32Array;

  constructor(readonly areas: readonly string[]) {
    const classes = TRADE_CLASS_IDS.length;
    this.perDirection = 1 + classes + areas.length;
    this.members = new Int32Array(3 * 2 * (classes + 1) * (areas.length + 1));
    for (let direction = 0; direction < 2; direction++)
      for (let c = 0; c <= classes; c++)
        for (let a = -1; a < areas.length; a++) {
          const at = 3 * this.label(direction === 0, c < classes ? c : -1, a);
          const base = direction === 0 ? 0 : this.perDirection;
          this.members[at] = base;
          // A class outside TRADE_CLASS_IDS (not valid input) counts in group 0.
          this.members[at + 1] = c < classes ? base + 1 + c : 0;
          this.members[at + 2] = a < 0 ? -1 : base + 1 + classes + a;
        }
  }

  /** The label of a unit of class `classIndex` in TRADE_CLASS_IDS (−1: another) and area `area` in `areas` (−1: none). */
  label(isImport: boolean, classIndex: number, area: number): number {
    return unitLabel(isImport, classIndex, TRADE_CLASS_IDS.length, area, this.areas.length);
  }

  /** The area's index in `areas`, the last if listed twice (as a Map built from the list would say); −1 for none. */
  areaIndex(area: string | undefined): number {
    return area === undefined ? -1 : lastIndexIn(this.areas, area);
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
  const labels = Int32Array.from(units, (u) => g.label(u.direction === "import", indexIn(TRADE_CLASS_IDS, u.tradeClass), g.areaIndex(u.area)));
  const stats = groupedStats(
    Float64Array.from(units, (u) => u.hours),
    Float64Array.from(units, (u) => u.weight),
    labels,
    units.length,
    g.members,
    2 * g.perDirection,
    g.targets(targets),
  );
  return g.kpis(stats, targets);
};

/** Scratch of `clearCargoKpis`, filled again by every call: nothing returned is taken from it. */
const columns = new ClearanceColumns();

/**
 * The clearance KPIs of a run straight from its calls: equal to
 * `clearanceKpis(clearCargo(input), input.params, areas)`, without a `ClearanceUnit` object per unit. What
 * Monte Carlo runs after every simulation.
 */
export const clearCargoKpis = (input: ClearanceInput, areas: readonly string[]): ClearanceKpis => {
  const units = clearUnits(input, false, columns, areas);
  const n = units.length;
  const g = new Groups(areas);
  // Units keyed by slot: the order of the last run of the seed is patched, not redone (KeyedTimeOrder).
  const keys = { slot: units.slot, ...lastSlots() };
  const stats = groupedStats(units.hours, units.weight, units.label, n, g.members, 2 * g.perDirection, g.targets(input.params), keys);
  return g.kpis(stats, input.params);
};
