import type { Snapshot } from "./Snapshot.ts";

/** One ship's place in a plan: its berth and the hours [start, end) it occupies it. */
export interface Assignment {
  readonly ship: string;
  readonly berth: string;
  readonly start: number;
  readonly end: number;
}

/** A berth plan: one assignment per ship, in the order of `Snapshot.ships`. */
export type Plan = readonly Assignment[];

/**
 * Σ weight · (end − arrival) over the plan: the weighted total service time (waiting + handling) that the solver
 * minimises. Ships are matched by id; a ship missing from the plan counts nothing (`validatePlan` reports it).
 */
export const planObjective = (snapshot: Snapshot, plan: Plan): number => {
  const byId = new Map(snapshot.ships.map((s) => [s.id, s]));
  let total = 0;
  for (const a of plan) {
    const ship = byId.get(a.ship);
    if (ship !== undefined) total += ship.weight * (a.end - ship.arrival);
  }
  return total;
};
