import type { ConfidenceInterval } from "../stats.ts";
import { Moments } from "./Moments.ts";

/** One rule set's KPIs across replications: each key's mean with its 95 % confidence interval. */
export interface RuleSetEstimates {
  readonly id: string;
  readonly name: string;
  readonly kpis: Readonly<Record<string, ConfidenceInterval>>;
}

/** Paired differences `ruleSet − baseline`, replication by replication (same ships), with 95 % intervals. */
export interface PairedDifferences {
  readonly ruleSet: string;
  readonly baseline: string;
  readonly kpis: Readonly<Record<string, ConfidenceInterval>>;
}

/** Every KPI of every rule set, and the paired differences against the baseline rule set. */
export interface MonteCarloEstimates {
  readonly replications: number;
  readonly keys: readonly string[];
  readonly ruleSets: readonly RuleSetEstimates[];
  readonly differences: readonly PairedDifferences[];
}

export interface AccumulatorOptions {
  /** KPI keys, in vector order (`kpiKeys(port)`). */
  readonly keys: readonly string[];
  /** The rule sets compared in each replication, in vector order. */
  readonly ruleSets: readonly { readonly id: string; readonly name: string }[];
  /** Index of the rule set the others are compared with (default 0, the first). */
  readonly baseline?: number;
}

/**
 * Streams replications into per-rule-set and paired-difference moments. A replication is one Float64Array of
 * `ruleSets.length × keys.length` numbers, rule set after rule set (`kpiVector` of each). Memory does not grow
 * with the number of replications. Adding the same replications in the same order gives bit-identical estimates.
 */
export class MonteCarloAccumulator {
  readonly keys: readonly string[];
  readonly ruleSets: readonly { readonly id: string; readonly name: string }[];
  readonly baseline: number;
  private readonly perRule: Moments[];
  private readonly diffs: Moments[];
  private count = 0;

  constructor(options: AccumulatorOptions) {
    const baseline = options.baseline ?? 0;
    if (options.ruleSets.length === 0) throw new Error("MonteCarloAccumulator: no rule set");
    if (!Number.isInteger(baseline) || baseline < 0 || baseline >= options.ruleSets.length)
      throw new Error(`MonteCarloAccumulator: baseline ${baseline} is not a rule set index`);
    this.keys = options.keys;
    this.ruleSets = options.ruleSets;
    this.baseline = baseline;
    this.perRule = options.ruleSets.map(() => new Moments(options.keys.length));
    this.diffs = options.ruleSets.map(() => new Moments(options.keys.length));
  }

  /** Replications added so far (merged ones included). */
  get replications(): number {
    return this.count;
  }

  /** Length of one replication's vector. */
  get stride(): number {
    return this.ruleSets.length * this.keys.length;
  }

  /** Adds one replication: `ruleSets.length × keys.length` numbers of `values` from `offset`. */
  add(values: ArrayLike<number>, offset = 0): void {
    const k = this.keys.length;
    const base = offset + this.baseline * k;
    for (let r = 0; r < this.ruleSets.length; r++) {
      this.perRule[r]!.add(values, offset + r * k);
      if (r !== this.baseline) this.diffs[r]!.addDifference(values, offset + r * k, values, base);
    }
    this.count++;
  }

  /** Adds `count` consecutive replications packed in `values`. */
  addMany(values: ArrayLike<number>, count: number): void {
    if (values.length !== count * this.stride)
      throw new Error(`MonteCarloAccumulator: ${values.length} numbers for ${count} replications of ${this.stride}`);
    for (let j = 0; j < count; j++) this.add(values, j * this.stride);
  }

  /** Folds in another accumulator of the same keys and rule sets (parallel Welford); equal up to rounding. */
  merge(other: MonteCarloAccumulator): void {
    if (other.stride !== this.stride || other.baseline !== this.baseline)
      throw new Error("MonteCarloAccumulator.merge: different keys, rule sets or baseline");
    this.perRule.forEach((m, r) => m.merge(other.perRule[r]!));
    this.diffs.forEach((m, r) => m.merge(other.diffs[r]!));
    this.count += other.count;
  }

  /** The estimate of one key for rule set `r` (undefined for an unknown key). */
  estimate(r: number, key: string): ConfidenceInterval | undefined {
    const i = this.keys.indexOf(key);
    return i < 0 ? undefined : this.perRule[r]!.estimate(i);
  }

  /** The largest 95 % half-width of `key` over the rule sets (NaN until every rule set has two observations). */
  maxHalfWidth(key: string): number {
    const i = this.keys.indexOf(key);
    if (i < 0) return NaN;
    let worst = -Infinity;
    for (const m of this.perRule) {
      const hw = m.estimate(i).halfWidth;
      if (Number.isNaN(hw)) return NaN;
      worst = Math.max(worst, hw);
    }
    return worst;
  }

  /** Every estimate so far. */
  estimates(): MonteCarloEstimates {
    const record = (m: Moments): Record<string, ConfidenceInterval> =>
      Object.fromEntries(this.keys.map((key, i) => [key, m.estimate(i)]));
    const baseline = this.ruleSets[this.baseline]!.id;
    return {
      replications: this.count,
      keys: this.keys,
      ruleSets: this.ruleSets.map((r, i) => ({ id: r.id, name: r.name, kpis: record(this.perRule[i]!) })),
      differences: this.ruleSets
        .map((r, i) => ({ r, i }))
        .filter(({ i }) => i !== this.baseline)
        .map(({ r, i }) => ({ ruleSet: r.id, baseline, kpis: record(this.diffs[i]!) })),
    };
  }
}
