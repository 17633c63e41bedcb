import type { Problem } from "./Problem.ts";
import { Schedule } from "./Schedule.ts";

/** Orders two ships (indices) for a dispatcher: negative when `a` takes a free berth first. */
export type ShipCompare = (p: Problem, a: number, b: number) => number;

/**
 * A non-delay dispatcher, as the simulator runs one: at the earliest instant τ at which some unplanned ship can
 * start at some berth, the first such ship by `compare` takes, among the berths free for it at τ, the one where it
 * finishes first (ties: lower berth index). Windows are not looked at, so the result may break them.
 */
export const dispatch = (p: Problem, compare: ShipCompare): Schedule => {
  const { n, m } = p;
  const s = new Schedule(p);
  const free = new Float64Array(m).fill(-Infinity);
  const planned = new Uint8Array(n);
  for (let round = 0; round < n; round++) {
    let tau = Infinity;
    let pick = -1;
    for (let i = 0; i < n; i++) {
      if (planned[i]) continue;
      let t = Infinity;
      for (const k of p.berthsOf[i]!) t = Math.min(t, p.est(i, k, free[k]!));
      if (t < tau) {
        tau = t;
        pick = i;
      } else if (t === tau && pick >= 0 && compare(p, i, pick) < 0) pick = i;
    }
    if (pick < 0) pick = planned.indexOf(0); // every berth left to it is closed for good: the plan breaks windows
    let best = p.berthsOf[pick]![0]!;
    let bestEnd = Infinity;
    for (const k of p.berthsOf[pick]!) {
      if (p.est(pick, k, free[k]!) !== tau) continue;
      const end = tau + p.h[pick * m + k]!;
      if (end < bestEnd) {
        bestEnd = end;
        best = k;
      }
    }
    planned[pick] = 1;
    s.seq[best]!.push(pick);
    free[best] = bestEnd;
  }
  s.refreshAll();
  return s;
};

/** First come, first served: earlier arrival first, then lower index. */
export const byArrival: ShipCompare = (p, a, b) => p.arrival[a]! - p.arrival[b]! || a - b;

/** Class priority as a weight: higher weight first, then first come, first served. */
export const byWeightThenArrival: ShipCompare = (p, a, b) => p.weight[b]! - p.weight[a]! || byArrival(p, a, b);
