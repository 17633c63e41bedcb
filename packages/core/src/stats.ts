/** Small statistics helpers shared by KPIs and Monte Carlo summaries. */

export const mean = (xs: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return xs.length === 0 ? NaN : s / xs.length;
};

/** Quantile of an ascending-sorted sample, linear interpolation between order statistics (type 7, as d3/R). */
export const quantileSorted = (sorted: ArrayLike<number>, p: number): number => {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
};

/** Sample variance (n − 1 denominator). */
export const variance = (xs: ArrayLike<number>): number => {
  const n = xs.length;
  if (n < 2) return NaN;
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < n; i++) s += (xs[i]! - m) ** 2;
  return s / (n - 1);
};

/** Two-sided Student t quantile t_{1−α/2, df} for α = 0.05, exact table to df = 30, then a series. */
export const tQuantile975 = (df: number): number => {
  const table = [
    NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
    2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
  ];
  if (df < 1) return NaN;
  if (df <= 30) return table[Math.floor(df)]!;
  // Cornish–Fisher expansion around z = 1.959964; error < 1e-4 for df > 30.
  const z = 1.959963985;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3;
};

export interface ConfidenceInterval {
  readonly mean: number;
  readonly halfWidth: number;
  readonly lower: number;
  readonly upper: number;
  readonly n: number;
}

/** 95 % confidence interval of the mean of independent observations (Student t). */
export const confidenceInterval95 = (xs: ArrayLike<number>): ConfidenceInterval => {
  const n = xs.length;
  const m = mean(xs);
  const hw = n < 2 ? NaN : tQuantile975(n - 1) * Math.sqrt(variance(xs) / n);
  return { mean: m, halfWidth: hw, lower: m - hw, upper: m + hw, n };
};
