import type { AnchorageSeries } from "@berthsim/core";

/** One anchorage's chart: per bucket (x = day from 1, or bucket number), the most ships at it and waiting outside for it. */
export interface AnchorageChart {
  readonly id: string;
  readonly capacity: number;
  /** [day, most ships at the anchorage] per bucket. */
  readonly inside: readonly (readonly [number, number])[];
  /** [day, most ships at it plus most waiting outside for it] per bucket: the demand on the anchorage. */
  readonly demand: readonly (readonly [number, number])[];
  /** Highest value of `demand`, for a shared y scale. */
  readonly peak: number;
}

/**
 * The charts of the anchorages of limited capacity (open water never fills), from a result's `anchorageSeries`:
 * x is the bucket's first day (1-based; buckets are a day unless the horizon is very long).
 */
export const anchorageCharts = (series: readonly AnchorageSeries[]): AnchorageChart[] =>
  series
    .filter((s) => s.capacity !== Infinity)
    .map((s) => {
      const day = (k: number): number => (k * s.bucketHours) / 24 + 1;
      const demand = s.occupancy.map((n, k) => [day(k), n + (s.outside[k] ?? 0)] as const);
      return {
        id: s.id,
        capacity: s.capacity,
        inside: s.occupancy.map((n, k) => [day(k), n] as const),
        demand,
        peak: Math.max(0, ...demand.map(([, n]) => n)),
      };
    });
