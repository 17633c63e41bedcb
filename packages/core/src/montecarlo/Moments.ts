import { type ConfidenceInterval, tQuantile975 } from "../stats.ts";

/**
 * Streaming mean and variance of many quantities at once (Welford's update), in constant memory however many
 * observations arrive. Quantity `i` counts its own observations: a NaN observation is skipped, so a KPI that
 * is missing in some replications is averaged over the ones that have it.
 */
export class Moments {
  readonly size: number;
  private readonly count: Float64Array;
  private readonly means: Float64Array;
  private readonly m2: Float64Array;

  constructor(size: number) {
    this.size = size;
    this.count = new Float64Array(size);
    this.means = new Float64Array(size);
    this.m2 = new Float64Array(size);
  }

  /** Adds one observation of every quantity: `values[offset + i]` is quantity i. */
  add(values: ArrayLike<number>, offset = 0): void {
    for (let i = 0; i < this.size; i++) {
      const x = values[offset + i]!;
      if (Number.isNaN(x)) continue;
      const n = ++this.count[i];
      const delta = x - this.means[i]!;
      this.means[i] += delta / n;
      this.m2[i] += delta * (x - this.means[i]!);
    }
  }

  /** Adds `a[i] − b[i]` for every quantity (a paired difference), skipping pairs with a NaN side. */
  addDifference(a: ArrayLike<number>, aOffset: number, b: ArrayLike<number>, bOffset: number): void {
    for (let i = 0; i < this.size; i++) {
      const x = a[aOffset + i]! - b[bOffset + i]!;
      if (Number.isNaN(x)) continue;
      const n = ++this.count[i];
      const delta = x - this.means[i]!;
      this.means[i] += delta / n;
      this.m2[i] += delta * (x - this.means[i]!);
    }
  }

  /**
   * Folds another accumulator's observations into this one (Chan et al.'s parallel update), as if they had
   * been added here. The result equals sequential addition up to rounding, not bit for bit.
   */
  merge(other: Moments): void {
    if (other.size !== this.size) throw new Error(`Moments.merge: sizes differ (${this.size} vs ${other.size})`);
    for (let i = 0; i < this.size; i++) {
      const nb = other.count[i]!;
      if (nb === 0) continue;
      const na = this.count[i]!;
      const n = na + nb;
      const delta = other.means[i]! - this.means[i]!;
      this.means[i] += (delta * nb) / n;
      this.m2[i] += other.m2[i]! + (delta * delta * na * nb) / n;
      this.count[i] = n;
    }
  }

  /** Number of (non-NaN) observations of quantity i. */
  n(i: number): number {
    return this.count[i]!;
  }

  /** 95 % Student-t confidence interval of the mean of quantity i; the half-width is NaN below two observations. */
  estimate(i: number): ConfidenceInterval {
    const n = this.count[i]!;
    const mean = n === 0 ? NaN : this.means[i]!;
    const halfWidth = n < 2 ? NaN : tQuantile975(n - 1) * Math.sqrt(this.m2[i]! / (n - 1) / n);
    return { mean, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, n };
  }
}
