import { createRandom } from "@berthsim/core";
import { byArrival, dispatch } from "./internal/dispatch.ts";
import { createDualSearch, roundBound } from "./internal/bound.ts";
import { focusedSearch, focusScratch, localSearch } from "./internal/localSearch.ts";
import { Problem } from "./internal/Problem.ts";
import { recreate, ruin } from "./internal/ruinRecreate.ts";
import { Schedule } from "./internal/Schedule.ts";
import { trivialPerShip } from "./internal/trivialBound.ts";
import type { Plan } from "./Plan.ts";
import type { Snapshot } from "./Snapshot.ts";

/** Share of a time limit that the bound may take (the search gets the rest, and all of it once the bound stalls). */
const BOUND_SHARE = 0.3;

/** Ships up to which every search iteration ends with a full local search. */
const FULL_SEARCH_SHIPS = 60;

export interface SolveOptions {
  /** Seed of the search's random numbers. Default 1. */
  readonly seed?: number;
  /** Time limit in seconds, read through `clock`. Default 1 s, or none when `maxIterations` is given. */
  readonly timeLimit?: number;
  /** Budget of large-neighbourhood iterations. Without a time limit the result depends on the seed only. */
  readonly maxIterations?: number;
  /** Milliseconds from some origin; the only clock the solver reads. Default `performance.now`. */
  readonly clock?: () => number;
  /**
   * Raise the lower bound by the Lagrangian relaxation (default true). Without it the bound is the sum of each
   * ship's cost on its own — enough to stop at once when no two ships compete, and much cheaper to set up for
   * the small snapshots of a rolling horizon.
   */
  readonly bound?: boolean;
}

export interface Solution {
  readonly plan: Plan;
  /** Σ weight · (end − arrival) of the plan (plus a penalty per hour of broken window when `feasible` is false). */
  readonly objective: number;
  /** A proven lower bound on the optimum (`Infinity` when no plan can keep every window). */
  readonly lowerBound: number;
  /** (objective − lowerBound) / objective: how far from optimal the plan can at most be. */
  readonly gap: number;
  /** The plan keeps every window. */
  readonly feasible: boolean;
  /** objective = lowerBound: the plan is optimal. */
  readonly optimal: boolean;
  readonly iterations: number;
  readonly boundSteps: number;
  /** Milliseconds spent, by `clock`. */
  readonly elapsed: number;
}

/** Initial plan: ships by arrival, each at its cheapest place among the ships already planned. */
const greedy = (p: Problem): Schedule => {
  const s = new Schedule(p);
  const order = Array.from({ length: p.n }, (_, i) => i).sort((a, b) => p.arrival[a]! - p.arrival[b]! || a - b);
  const where = new Int32Array(2);
  for (const i of order) {
    s.bestInsertion(i, where);
    s.insert(where[0]!, where[1]!, i);
  }
  return s;
};

/**
 * The bound meets the objective up to floating-point noise: on non-integer data `roundBound` lowers the bound by
 * a relative 1e-9, so an absolute 1e-9 would never let a bound equal to the objective prove it.
 */
const provenOptimal = (bound: number, objective: number): boolean =>
  bound >= objective - 2e-9 * Math.max(1, Math.abs(objective));

const violates = (s: Schedule): boolean => {
  const p = s.p;
  for (let i = 0; i < p.n; i++) if (p.violation(i, s.berthOf[i]!, s.start[i]!) > 0) return true;
  return false;
};

/**
 * Solves a snapshot: a greedy plan, improved by local search (relocate, swap) and a large neighbourhood search
 * (ruin a time slice or a few berths, reinsert each ship at its cheapest place, local search, simulated-annealing
 * acceptance), while the Lagrangian relaxation of the time-indexed model (internal/Lagrangian.ts) raises the lower
 * bound — by column generation on small snapshots, by subgradient steps on large ones. Stops at the time limit,
 * the iteration budget, or as soon as the bound proves the plan optimal.
 *
 * Randomness comes only from `seed`; the clock only decides when to stop (and, under a time limit, how the time
 * is shared between bound and search). With `maxIterations` and no time limit the result is a function of the
 * snapshot and the seed. When no plan keeps every window, the plan returned breaks them as little as the search
 * found, `feasible` is false and `lowerBound` is `Infinity` if the relaxation proves it.
 */
export const solve = (snapshot: Snapshot, options: SolveOptions = {}): Solution => {
  const clock = options.clock ?? (() => performance.now());
  const t0 = clock();
  const maxIterations = options.maxIterations ?? Infinity;
  const limitMs = (options.timeLimit ?? (options.maxIterations === undefined ? 1 : Infinity)) * 1000;
  const timed = Number.isFinite(limitMs);
  const rng = createRandom(options.seed ?? 1, "optimize/solve");
  const p = new Problem(snapshot);
  const { n } = p;

  const trivial = trivialPerShip(p);
  let trivialSum = 0;
  for (const c of trivial) trivialSum += c;

  let maxH = 0;
  for (const v of p.h) if (v > maxH) maxH = v;
  const window = 2 * maxH;

  const cur = greedy(p);
  const fcfs = dispatch(p, byArrival);
  if (fcfs.total < cur.total) cur.copyFrom(fcfs);
  // No local search when every ship already has its own best place (no two compete): the plan is optimal.
  if (!(Number.isFinite(trivialSum) && provenOptimal(trivialSum, cur.total))) localSearch(cur, rng, window);
  const best = new Schedule(p);
  best.copyFrom(cur);
  const cand = new Schedule(p);

  const dual =
    options.bound !== false && Number.isFinite(trivialSum)
      ? createDualSearch(p, trivial, violates(best) ? Infinity : best.total)
      : undefined;
  const search = dual?.search;
  dual?.cg?.addSchedule(best);
  let searching = search !== undefined;
  const infeasible = !Number.isFinite(trivialSum) || (dual !== undefined && !dual.lag.feasible);
  const lowerBound = (): number =>
    infeasible ? Infinity : roundBound(p, Math.max(trivialSum, search?.best ?? -Infinity), best.total);

  const removed = new Int32Array(n);
  const key = new Float64Array(n);
  const idx = new Int32Array(n);
  const qMax = Math.max(2, Math.min(n, Math.round(Math.max(6, n / 12))));
  const meanCost = best.total / n;
  const temp0 = 0.6 * meanCost;
  const temp1 = 0.01 * meanCost;
  // Up to ~60 ships a full local search after each ruin-and-recreate is cheap; beyond, only around the change.
  const fullSearch = n <= FULL_SEARCH_SHIPS;
  const scratch = focusScratch(n);
  const focusWindow = 0.25 * maxH;

  let iterations = 0;
  let sinceBest = 0;
  let boundMs = 0;
  for (;;) {
    // One step of the bound per search iteration until it can rise no further; under a time limit, only while the
    // bound has had less than its share of the time.
    if (searching && (!timed || boundMs <= BOUND_SHARE * (clock() - t0))) {
      const b0 = timed ? clock() : 0;
      searching = search!.step(best.total);
      if (timed) boundMs += clock() - b0;
    }
    if (!infeasible && provenOptimal(lowerBound(), best.total)) break;
    const elapsed = clock() - t0;
    if (iterations >= maxIterations || elapsed >= limitMs) break;
    const progress = Math.max(iterations / maxIterations, elapsed / limitMs);
    const temp = temp0 * (temp1 / temp0) ** progress;

    cand.copyFrom(cur);
    const q = 2 + Math.floor(rng.next() * (qMax - 1));
    const count = ruin(cand, rng, q, removed, key, idx);
    recreate(cand, rng, removed, count, key);
    if (fullSearch) localSearch(cand, rng, window);
    else {
      let from = Infinity;
      let to = -Infinity;
      for (let c = 0; c < count; c++) {
        const t = cand.start[removed[c]!]!;
        if (t < from) from = t;
        if (t > to) to = t;
      }
      focusedSearch(cand, rng, focusWindow, from, to, scratch);
    }
    iterations++;
    sinceBest++;
    const d = cand.total - cur.total;
    if (d < 1e-9 || rng.next() < Math.exp(-d / temp)) cur.copyFrom(cand);
    if (cur.total < best.total - 1e-9) {
      if (!fullSearch) localSearch(cur, rng, window);
      cur.refreshAll();
      best.copyFrom(cur);
      dual?.cg?.addSchedule(best);
      sinceBest = 0;
    }
    if (sinceBest > 0 && sinceBest % 500 === 0) cur.copyFrom(best);
  }

  best.refreshAll();
  const plan = best.toPlan();
  const feasible = !violates(best);
  const objective = best.total;
  const lb = lowerBound();
  return {
    plan,
    objective,
    lowerBound: lb,
    gap: objective > 0 ? Math.max(0, (objective - lb) / objective) : 0,
    feasible,
    optimal: feasible && provenOptimal(lb, objective),
    iterations,
    boundSteps: search?.steps ?? 0,
    elapsed: clock() - t0,
  };
};
