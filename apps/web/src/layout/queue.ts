import type { CallRecord } from "@berthsim/core";

/** A step function: `n[i]` ships wait at anchor (or outside) from `t[i]` until `t[i + 1]`. */
export interface QueueSeries {
  readonly t: Float64Array;
  readonly n: Int32Array;
  readonly max: number;
}

/**
 * The number of ships waiting for a berth over time, from the call records alone: a call joins the queue at
 * its arrival when it had to wait, and leaves it at its berthing start, or at the horizon when it was still
 * waiting then. Rejected calls never queue. Starts at (0, 0) and ends at the horizon.
 */
export const queueSeries = (calls: readonly CallRecord[], horizon: number): QueueSeries => {
  const changes: [number, number][] = [];
  for (const c of calls) {
    if (c.status === "served" && c.berthingStart! > c.arrival) changes.push([c.arrival, 1], [c.berthingStart!, -1]);
    else if (c.status === "waiting" && c.arrival < horizon) changes.push([c.arrival, 1], [horizon, -1]);
  }
  // Leaving before joining at one instant, so a berth freed and taken at t never shows a spike.
  changes.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const t: number[] = [0];
  const n: number[] = [0];
  let level = 0;
  let max = 0;
  for (let i = 0; i < changes.length; ) {
    const at = changes[i]![0];
    while (i < changes.length && changes[i]![0] === at) level += changes[i++]![1];
    if (at === t[t.length - 1]) n[n.length - 1] = level;
    else if (level !== n[n.length - 1]) {
      t.push(at);
      n.push(level);
    }
    max = Math.max(max, level);
  }
  if (t[t.length - 1]! < horizon) {
    t.push(horizon);
    n.push(n[n.length - 1]!);
  }
  return { t: Float64Array.from(t), n: Int32Array.from(n), max };
};
