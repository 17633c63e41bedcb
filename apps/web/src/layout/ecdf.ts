import type { CallRecord, TradeClass } from "@berthsim/core";

/** Points of an empirical distribution function: a share `p` of the sample is ≤ `x`. */
export interface EcdfPoint {
  readonly x: number;
  readonly p: number;
}

/**
 * The ECDF of a sample as the corners of its step function: one point per distinct value, with the share of
 * the sample at or below it. Empty for an empty sample.
 */
export const ecdf = (values: ArrayLike<number>): EcdfPoint[] => {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const points: EcdfPoint[] = [];
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && sorted[i + 1] === sorted[i]) continue;
    points.push({ x: sorted[i]!, p: (i + 1) / n });
  }
  return points;
};

/**
 * Waiting times of served calls per trade class, for calls that arrived in the KPIs' window [warm-up, horizon),
 * so the distributions match the KPI table.
 */
export const waitsByClass = (calls: readonly CallRecord[], warmup: number, horizon: number): Map<TradeClass, number[]> => {
  const byClass = new Map<TradeClass, number[]>();
  for (const c of calls) {
    if (c.status !== "served" || c.arrival < warmup || c.arrival >= horizon) continue;
    const list = byClass.get(c.tradeClass);
    if (list === undefined) byClass.set(c.tradeClass, [c.wait]);
    else list.push(c.wait);
  }
  return byClass;
};
