import type { BerthPlanner, PlannedBerthing, PlanningSnapshot } from "../../src/index.ts";

/**
 * Hand-written planners for the tests of the `optimised` hook. None optimises anything: each is a few lines whose
 * plan is easy to predict, so that a test can state what the dispatcher must do with it.
 */

/**
 * A list schedule with look-ahead: ships by weight (highest first), then arrival, then id, each on the usable berth
 * where it starts first (ties: berth order), no earlier than `delay` hours after its arrival. With delay 0 it holds
 * a free berth for a heavier ship expected soon.
 */
export const listPlanner = (delay = 0): BerthPlanner => ({
  plan: (s) => {
    const free = s.berths.map((b) => b.free);
    const order = [...s.ships].sort((a, b) => b.weight - a.weight || a.arrival - b.arrival || (a.id < b.id ? -1 : 1));
    const out: PlannedBerthing[] = [];
    for (const ship of order) {
      let best = -1;
      let bestStart = Infinity;
      ship.hours.forEach((h, j) => {
        if (h === null) return;
        const start = Math.max(free[j]!, ship.arrival + delay);
        if (start < bestStart) {
          best = j;
          bestStart = start;
        }
      });
      free[best] = bestStart + ship.hours[best]!;
      out.push({ ship: ship.id, berth: s.berths[best]!.id, start: bestStart });
    }
    return out;
  },
});

/** Records every snapshot it is given and plans with `inner`. */
export const recordingPlanner = (inner: BerthPlanner = listPlanner()): BerthPlanner & { readonly seen: PlanningSnapshot[] } => {
  const seen: PlanningSnapshot[] = [];
  return { seen, plan: (s) => (seen.push(s), inner.plan(s)) };
};

/** A small deterministic hash of a string and a number, for planners that look arbitrary but are reproducible. */
const hash = (id: string, t: number): number => {
  let h = Math.imul(Math.round(t * 64) | 0, 0x9e3779b1);
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), 0x01000193);
  return (h >>> 0) % 1024;
};

/**
 * An erratic planner: every ship on a usable berth picked by a hash of (ship, now), starting at the berth's free
 * time or its arrival — or, one time in three, half an hour later; lines in reverse order, some ship listed twice,
 * some at a busy berth "now". Nothing in it is sensible; the dispatcher must still keep every rule of feasibility.
 */
export const erraticPlanner: BerthPlanner = {
  plan: (s) => {
    const out: PlannedBerthing[] = [];
    for (const ship of s.ships) {
      const usable = ship.hours.flatMap((h, j) => (h === null ? [] : [j]));
      const x = hash(ship.id, s.now);
      const j = usable[x % usable.length]!;
      const start = Math.max(s.berths[j]!.free, ship.arrival) + (x % 3 === 0 ? 0.5 : 0);
      out.push({ ship: ship.id, berth: s.berths[j]!.id, start });
      if (x % 5 === 0) out.push({ ship: ship.id, berth: s.berths[usable[0]!]!.id, start: s.now });
    }
    return out.reverse();
  },
};
