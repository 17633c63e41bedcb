import type { WaitStats } from "../kpis.ts";
import type { CallRecord } from "../SimulationResult.ts";
import { mean, quantileSorted } from "../stats.ts";
import type { RunScratch } from "./RunScratch.ts";
import { sortNumbers } from "./sortNumbers.ts";

export const EMPTY_WAIT_STATS: WaitStats = {
  served: 0,
  meanWait: NaN,
  p50Wait: NaN,
  p90Wait: NaN,
  p95Wait: NaN,
  maxWait: NaN,
  probWait: NaN,
  meanService: NaN,
  awtAst: NaN,
  meanTurnaround: NaN,
  meanOvertaken: NaN,
  meanTideWait: NaN,
};

/**
 * The sums of a group of served records besides their waits: time alongside, turnaround, overtaking, tide waits,
 * waits > 0.
 */
export class GroupSums {
  n = 0;
  service = 0;
  turnaround = 0;
  overtaken = 0;
  tideWait = 0;
  waited = 0;

  add(wait: number, service: number, turnaround: number, overtaken: number, tideWait: number): void {
    this.n++;
    this.service += service;
    this.turnaround += turnaround;
    this.overtaken += overtaken;
    this.tideWait += tideWait;
    if (wait > 0) this.waited++;
  }
}

/** The statistics of a group of `sums.n` served records whose waits are `waits`, which it sorts in place. */
const statsOf = (waits: Float64Array, sums: GroupSums): WaitStats => {
  const n = sums.n;
  if (n === 0) return EMPTY_WAIT_STATS;
  sortNumbers(waits);
  const meanWait = mean(waits);
  const meanService = sums.service / n;
  return {
    served: n,
    meanWait,
    p50Wait: quantileSorted(waits, 0.5),
    p90Wait: quantileSorted(waits, 0.9),
    p95Wait: quantileSorted(waits, 0.95),
    maxWait: waits[waits.length - 1]!,
    probWait: sums.waited / n,
    meanService,
    awtAst: meanWait / meanService,
    meanTurnaround: sums.turnaround / n,
    meanOvertaken: sums.overtaken / n,
    meanTideWait: sums.tideWait / n,
  };
};

/**
 * The running sums behind `waitStats`, fed served records one at a time, in order; each record's group (a small
 * integer, e.g. its trade class) is noted with its wait, so that one buffer serves every group (`groupStats`).
 */
export class WaitSums {
  private waits: Float64Array;
  private groups: Uint8Array;
  private readonly sums = new GroupSums();

  /** `scratch`: take the buffers from a run's reused arrays (RunScratch) instead of allocating them. */
  constructor(capacity: number, scratch?: RunScratch) {
    const size = Math.max(16, capacity);
    this.waits = scratch === undefined ? new Float64Array(size) : scratch.float64("waits", size);
    this.groups = scratch === undefined ? new Uint8Array(size) : scratch.uint8("waitGroups", size);
  }

  get n(): number {
    return this.sums.n;
  }

  add(c: CallRecord, group = 0): void {
    this.addServed(c.wait, c.end! - c.serviceStart!, c.end! - c.arrival, c.overtaken, c.tideWait, group);
  }

  /** `add` of a served call given by its figures: wait, time alongside, turnaround, ships overtaking it, tide wait. */
  addServed(wait: number, service: number, turnaround: number, overtaken: number, tideWait: number, group: number): void {
    const i = this.sums.n;
    if (i === this.waits.length) {
      const waits = new Float64Array(2 * i);
      waits.set(this.waits);
      this.waits = waits;
      const groups = new Uint8Array(2 * i);
      groups.set(this.groups);
      this.groups = groups;
    }
    this.waits[i] = wait;
    this.groups[i] = group;
    this.sums.add(wait, service, turnaround, overtaken, tideWait);
  }

  /**
   * The statistics of each group g < `sums.length` whose `wanted[g]` is set (`sums[g]`: that group's sums), in one
   * pass over the waits; undefined for the others. Call before `stats`, which sorts the waits.
   */
  groupStats(sums: readonly GroupSums[], wanted: readonly boolean[]): (WaitStats | undefined)[] {
    // Each wanted group gets a slice of one buffer, in group order; a wait goes to its group's slice.
    const start = new Int32Array(sums.length + 1);
    for (let g = 0; g < sums.length; g++) start[g + 1] = start[g]! + (wanted[g] ? sums[g]!.n : 0);
    const waits = new Float64Array(start[sums.length]!);
    const next = start.slice(0, sums.length);
    const n = this.sums.n;
    for (let i = 0; i < n; i++) {
      const g = this.groups[i]!;
      if (g < sums.length && wanted[g]) waits[next[g]!++] = this.waits[i]!;
    }
    return sums.map((group, g) => (wanted[g] ? statsOf(waits.subarray(start[g]!, start[g + 1]!), group) : undefined));
  }

  /** The statistics of every record added (sorts the waits: call once, last). */
  stats(): WaitStats {
    return statsOf(this.waits.subarray(0, this.sums.n), this.sums);
  }
}
