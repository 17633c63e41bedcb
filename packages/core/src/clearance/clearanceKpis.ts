import { TRADE_CLASS_IDS, type TradeClass } from "../TradeClass.ts";
import type { ClearanceUnit } from "./clearCargo.ts";
import { type ClearanceInput, clearUnits } from "./clearUnits.ts";

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

/** Buckets larger than this are sorted with a comparator rather than by insertion. */
const SMALL_BUCKET = 32;

/**
 * The units in order of their hours, ties in index order (as a stable sort gives them): `order[r]` is the unit of
 * rank r; NaN times come last. A bucket sort: one bucket per unit over the range of the finite times, filled in
 * index order, then each bucket sorted by insertion (a large one, from clustered times, with a comparator). A run's
 * times spread evenly enough that this is a few passes over typed arrays, several times faster than any sort
 * that compares.
 */
const sortedOrder = (hours: Float64Array): Uint32Array => {
  const n = hours.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const h = hours[i]!;
    if (Number.isFinite(h)) {
      if (h < lo) lo = h;
      if (h > hi) hi = h;
    }
  }
  // Buckets: 0 for −∞, 1 … n for the finite times, n + 1 for +∞, n + 2 for NaN.
  const range = hi - lo;
  const scale = range > 0 && Number.isFinite(n / range) ? n / range : 0;
  const bucket = new Uint32Array(n);
  const start = new Uint32Array(n + 4);
  for (let i = 0; i < n; i++) {
    const h = hours[i]!;
    const b = Number.isFinite(h) ? 1 + Math.min(n - 1, Math.floor((h - lo) * scale)) : h === -Infinity ? 0 : h === Infinity ? n + 1 : n + 2;
    bucket[i] = b;
    start[b + 1]!++;
  }
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  const order = new Uint32Array(n);
  const next = start.slice();
  for (let i = 0; i < n; i++) order[next[bucket[i]!]!++] = i;
  for (let b = 1; b <= n; b++) {
    const from = start[b]!;
    const to = start[b + 1]!;
    if (to - from > SMALL_BUCKET) {
      // Often many equal times (exports released at lodging take 0 h), already in order.
      let sorted = true;
      for (let k = from + 1; k < to && sorted; k++) sorted = hours[order[k - 1]!]! <= hours[order[k]!]!;
      if (!sorted) order.subarray(from, to).sort((x, y) => hours[x]! - hours[y]! || x - y);
    } else
      for (let k = from + 1; k < to; k++) {
        const i = order[k]!;
        const h = hours[i]!;
        let j = k - 1;
        for (; j >= from && hours[order[j]!]! > h; j--) order[j + 1] = order[j]!;
        order[j + 1] = i;
      }
  }
  return order;
};

/**
 * The statistics of `groupCount` groups at once: unit i belongs to the groups `groups[3i]`, `groups[3i + 1]` and
 * `groups[3i + 2]` that are ≥ 0, and is within target when its hours are ≤ `target[g]` of the group. One sort of
 * all the units, then one pass in time order, so a run's many groups (overall, per class, per area, both
 * directions) cost one sort, not one each.
 */
const groupedStats = (
  hours: Float64Array,
  weight: Float64Array,
  groups: Int32Array,
  groupCount: number,
  target: Float64Array,
): ClearanceStats[] => {
  const n = hours.length;
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
  const order = sortedOrder(hours);
  const cumulative = new Float64Array(groupCount);
  // quantiles[3g + q]: the group's QUANTILES[q]; found[g]: how many of them are known (they are found in order).
  const quantiles = new Float64Array(3 * groupCount).fill(NaN);
  const found = new Uint8Array(groupCount);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    for (let j = 3 * i; j < 3 * i + 3; j++) {
      const g = groups[j]!;
      if (g < 0) continue;
      cumulative[g] += weight[i]!;
      // A small tolerance, so that weights adding up to p × total exactly are not missed by rounding.
      for (let q = found[g]!; q < QUANTILES.length && cumulative[g]! >= QUANTILES[q]! * total[g]! * (1 - 1e-12); q++) {
        quantiles[3 * g + q] = hours[i]!;
        found[g] = q + 1;
      }
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
    groups,
    1,
    Float64Array.of(target),
  )[0]!;
};

const CLASS_INDEX = new Map(TRADE_CLASS_IDS.map((c, i) => [c, i]));

/**
 * The groups of both directions: imports 0 … G − 1, exports G … 2G − 1, where G = 1 + classes + areas; within a
 * direction, 0 overall, then one per class, then one per area.
 */
class Groups {
  readonly perDirection: number;
  private readonly areaIndex: Map<string, number>;

  constructor(readonly areas: readonly string[]) {
    this.perDirection = 1 + TRADE_CLASS_IDS.length + areas.length;
    this.areaIndex = new Map(areas.map((a, i) => [a, 1 + TRADE_CLASS_IDS.length + i]));
  }

  /** Writes a unit's three groups at `groups[at]`. */
  write(groups: Int32Array, at: number, isImport: boolean, tradeClass: TradeClass, area: string | undefined): void {
    const base = isImport ? 0 : this.perDirection;
    groups[at] = base;
    groups[at + 1] = base + 1 + CLASS_INDEX.get(tradeClass)!;
    const a = area === undefined ? undefined : this.areaIndex.get(area);
    groups[at + 2] = a === undefined ? -1 : base + a;
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
  units.forEach((u, i) => g.write(groups, 3 * i, u.direction === "import", u.tradeClass, u.area));
  const stats = groupedStats(
    Float64Array.from(units, (u) => u.hours),
    Float64Array.from(units, (u) => u.weight),
    groups,
    2 * g.perDirection,
    g.targets(targets),
  );
  return g.kpis(stats, targets);
};

/**
 * The clearance KPIs of a run straight from its calls: equal to
 * `clearanceKpis(clearCargo(input), input.params, areas)`, without a `ClearanceUnit` object per unit. What
 * Monte Carlo runs after every simulation.
 */
export const clearCargoKpis = (input: ClearanceInput, areas: readonly string[]): ClearanceKpis => {
  const units = clearUnits(input, false);
  const g = new Groups(areas);
  const groups = new Int32Array(3 * units.length);
  // A call's units are consecutive: its groups are worked out once per direction.
  for (let i = 0; i < units.length; i++) {
    const at = 3 * i;
    if (i > 0 && units.call[i] === units.call[i - 1] && units.isImport[i] === units.isImport[i - 1]) {
      groups[at] = groups[at - 3]!;
      groups[at + 1] = groups[at - 2]!;
      groups[at + 2] = groups[at - 1]!;
    } else {
      const call = input.calls[units.call[i]!]!;
      g.write(groups, at, units.isImport[i] === 1, call.tradeClass, call.area);
    }
  }
  const stats = groupedStats(units.hours, units.weight, groups, 2 * g.perDirection, g.targets(input.params));
  return g.kpis(stats, input.params);
};
