import type { CallRecord, Port } from "@berthsim/core";

/** Utilisation per time bucket: occupied hours ÷ open hours of the bucket, for each berth and each area. */
export interface UtilisationSeries {
  readonly bucketHours: number;
  /** Start of each bucket, hours. */
  readonly starts: readonly number[];
  readonly berths: ReadonlyMap<string, Float64Array>;
  readonly areas: ReadonlyMap<string, Float64Array>;
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * Utilisation over time, in buckets of `bucketHours` from 0 to the horizon (the last one may be shorter). A berth
 * counts as occupied from berthing start to departure, as in the KPIs; closures are taken out of its open
 * hours. An area's figure is its berths' occupied hours over their open hours. A bucket with no open hours is NaN.
 */
export const utilisationSeries = (
  port: Port,
  calls: readonly CallRecord[],
  horizon: number,
  bucketHours: number,
): UtilisationSeries => {
  const count = Math.ceil(horizon / bucketHours);
  const starts = Array.from({ length: count }, (_, i) => i * bucketHours);
  const bucketIndex = new Map(port.berths.map((b, i) => [b.id, i]));
  const occupied = port.berths.map(() => new Float64Array(count));
  const open = port.berths.map((b) => {
    const hours = Float64Array.from(starts, (s) => Math.min(s + bucketHours, horizon) - s);
    for (const c of b.closures ?? [])
      for (let i = 0; i < count; i++) hours[i]! -= overlap(c.start, c.end, starts[i]!, Math.min(starts[i]! + bucketHours, horizon));
    return hours;
  });
  for (const c of calls) {
    if (c.status !== "served") continue;
    const j = bucketIndex.get(c.berth!);
    if (j === undefined) continue;
    const from = Math.max(0, Math.floor(c.berthingStart! / bucketHours));
    const to = Math.min(count - 1, Math.floor(Math.min(c.end!, horizon) / bucketHours));
    for (let i = from; i <= to; i++)
      occupied[j]![i]! += overlap(c.berthingStart!, c.end!, starts[i]!, Math.min(starts[i]! + bucketHours, horizon));
  }
  const ratio = (members: readonly number[]): Float64Array =>
    Float64Array.from(starts, (_, i) => {
      let occ = 0;
      let hours = 0;
      for (const j of members) {
        occ += occupied[j]![i]!;
        hours += open[j]![i]!;
      }
      return hours > 0 ? occ / hours : NaN;
    });
  const berths = new Map(port.berths.map((b, j) => [b.id, ratio([j])]));
  const areaIds = [...new Set(port.berths.map((b) => b.area))];
  const areas = new Map(areaIds.map((a) => [a, ratio(port.berths.flatMap((b, j) => (b.area === a ? [j] : [])))]));
  return { bucketHours, starts, berths, areas };
};
