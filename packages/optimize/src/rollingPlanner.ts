import type { BerthPlanner, PlannedBerthing, PlanningSnapshot } from "@berthsim/core";
import type { Snapshot, SnapshotShip } from "./Snapshot.ts";
import { solve } from "./solve.ts";

export interface RollingPlannerOptions {
  /** Seed of the solver at every re-plan (default 1): the same snapshot always gets the same plan. */
  readonly seed?: number;
  /**
   * Large-neighbourhood iterations per re-plan and per group of berths (default `DEFAULT_PLAN_ITERATIONS`). An
   * iteration budget, not a time limit, so that a run depends on its input alone, on any machine.
   */
  readonly maxIterations?: number;
}

/**
 * Default large-neighbourhood iterations per re-plan: none — greedy, FCFS and local search to a local optimum. On a
 * year of Jiaxing 10 or 50 iterations cost 3–10× the time for a few hundredths of an hour of mean wait
 * (docs/optimizer.md, "Cost per re-plan").
 */
export const DEFAULT_PLAN_ITERATIONS = 0;

/** The solver needs positive handling times; a ship that holds a berth 0 h is given this many (3.6 ms). */
const MIN_HOURS = 1e-6;

/**
 * The planner of the `optimised` rule set: solves the snapshot's DBAP (weighted time in port of the ships at
 * anchor and those expected) with `solve` under an iteration budget, without the Lagrangian bound. Berths and
 * ships fall apart into groups that share no berth (container berths, coal berths, …); only the groups in which a
 * ship at anchor could start at a free berth are solved — the simulator commits nothing elsewhere —, each on its
 * own. Deterministic: the plan is a function of the snapshot and the options.
 */
export const rollingPlanner = (options: RollingPlannerOptions = {}): BerthPlanner => {
  const seed = options.seed ?? 1;
  const maxIterations = options.maxIterations ?? DEFAULT_PLAN_ITERATIONS;
  return {
    plan: (snapshot) => {
      const out: PlannedBerthing[] = [];
      for (const group of groupsToPlan(snapshot)) {
        const { plan } = solve(toSnapshot(snapshot, group), { seed, maxIterations, bound: false });
        for (const a of plan) out.push({ ship: a.ship, berth: a.berth, start: a.start });
      }
      return out;
    },
  };
};

/** A set of berths and the ships that may use them, no ship using a berth outside it (indices into the snapshot). */
interface Group {
  readonly berths: number[];
  readonly ships: number[];
}

/**
 * The groups (connected components of "ship may use berth") in which something can start now: a ship at anchor
 * may use one of the group's berths that is free. Groups in order of their lowest berth index.
 */
const groupsToPlan = (s: PlanningSnapshot): Group[] => {
  const m = s.berths.length;
  const parent = Int32Array.from({ length: m }, (_, j) => j);
  const root = (j: number): number => {
    while (parent[j] !== j) j = parent[j] = parent[parent[j]!]!;
    return j;
  };
  for (const ship of s.ships) {
    let first = -1;
    ship.hours.forEach((h, j) => {
      if (h === null) return;
      if (first < 0) first = j;
      else parent[root(j)] = root(first);
    });
  }
  const live = new Uint8Array(m);
  for (const ship of s.ships)
    if (ship.waiting) ship.hours.forEach((h, j) => h !== null && s.berths[j]!.free <= s.now && (live[root(j)] = 1));
  const byRoot = new Map<number, Group>();
  for (let j = 0; j < m; j++) {
    const r = root(j);
    if (!live[r]) continue;
    let g = byRoot.get(r);
    if (g === undefined) byRoot.set(r, (g = { berths: [], ships: [] }));
    g.berths.push(j);
  }
  s.ships.forEach((ship, i) => {
    const j = ship.hours.findIndex((h) => h !== null);
    if (j >= 0) byRoot.get(root(j))?.ships.push(i);
  });
  return [...byRoot.values()];
};

/** The group as a solver snapshot: berths open when they free, closures sorted, hours at the group's berths. */
const toSnapshot = (s: PlanningSnapshot, g: Group): Snapshot => ({
  name: `t = ${s.now} h`,
  berths: g.berths.map((j) => {
    const b = s.berths[j]!;
    const closures = b.closures.filter((c) => c.end > b.free).sort((x, y) => x.start - y.start || x.end - y.end);
    return closures.length === 0 ? { id: b.id, open: b.free } : { id: b.id, open: b.free, closures };
  }),
  ships: g.ships.map((i): SnapshotShip => {
    const ship = s.ships[i]!;
    return {
      id: ship.id,
      arrival: ship.arrival,
      handling: g.berths.map((j) => {
        const h = ship.hours[j]!;
        return h === null ? null : Math.max(h, MIN_HOURS);
      }),
      weight: ship.weight,
    };
  }),
});
