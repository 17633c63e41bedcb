import { byArrival, dispatch } from "./internal/dispatch.ts";
import { createDualSearch, roundBound } from "./internal/bound.ts";
import { Problem } from "./internal/Problem.ts";
import type { Schedule } from "./internal/Schedule.ts";
import { trivialPerShip } from "./internal/trivialBound.ts";
import type { Snapshot } from "./Snapshot.ts";

export interface LowerBound {
  /** The best proven bound: max(trivial, relaxation), rounded up when every plan's objective is an integer. */
  readonly value: number;
  /** Σ over ships of the least service time each could have alone. */
  readonly trivial: number;
  /** The Lagrangian (time-indexed LP) bound reached. */
  readonly relaxation: number;
  /** False when the bound proves that no plan keeps every window. */
  readonly feasible: boolean;
  readonly steps: number;
}

/**
 * A lower bound on the snapshot's optimum, on its own (`solve` computes the same one alongside its search): the
 * trivial bound, raised by at most `steps` steps on the Lagrangian relaxation of the time-indexed model (column
 * generation up to 60 ships + berths, subgradient beyond; internal/Lagrangian.ts says why it is valid).
 * `upperBound`, the cost of any valid plan, steers the steps; by default the FCFS plan's.
 */
export const lowerBound = (snapshot: Snapshot, options: { steps?: number; upperBound?: number } = {}): LowerBound => {
  const p = new Problem(snapshot);
  const perShip = trivialPerShip(p);
  let trivial = 0;
  for (const c of perShip) trivial += c;
  if (!Number.isFinite(trivial)) return { value: Infinity, trivial, relaxation: Infinity, feasible: false, steps: 0 };
  let ub = options.upperBound;
  let fcfsPlan: Schedule | undefined;
  if (ub === undefined) {
    const fcfs = (fcfsPlan = dispatch(p, byArrival));
    let broken = false;
    for (let i = 0; i < p.n; i++) broken ||= p.violation(i, fcfs.berthOf[i]!, fcfs.start[i]!) > 0;
    ub = broken ? Infinity : fcfs.total;
  }
  const { lag, search, cg } = createDualSearch(p, perShip, ub);
  if (!lag.feasible) return { value: Infinity, trivial, relaxation: Infinity, feasible: false, steps: 0 };
  if (cg !== undefined && fcfsPlan !== undefined) cg.addSchedule(fcfsPlan);
  const steps = options.steps ?? 500;
  const target = Number.isFinite(ub) ? ub : trivial * 2 + 1;
  while (search !== undefined && search.steps < steps && search.step(target));
  const relaxation = search?.best ?? trivial;
  const value = roundBound(p, Math.max(trivial, relaxation), ub);
  return { value, trivial, relaxation, feasible: true, steps: search?.steps ?? 0 };
};
