import { byArrival, byWeightThenArrival, dispatch } from "./internal/dispatch.ts";
import { Problem } from "./internal/Problem.ts";
import type { Plan } from "./Plan.ts";
import type { Snapshot } from "./Snapshot.ts";

/**
 * The first-come-first-served plan a dispatcher makes without look-ahead: whenever a berth can take a ship, the
 * earliest-arrived ship that can start there now takes it (choosing, among the berths free for it, the one where it
 * finishes first). This is the `fcfs` rule set of the simulator, with berths chosen by handling time.
 */
export const fcfsSchedule = (snapshot: Snapshot): Plan => dispatch(new Problem(snapshot), byArrival).toPlan();

/**
 * As `fcfsSchedule`, but the waiting ship with the highest weight goes first (the weight carries the class
 * priority), first come first served among equal weights — the simulator's `priority` rule set. With equal
 * weights, as in every benchmark file, it is the FCFS plan.
 */
export const prioritySchedule = (snapshot: Snapshot): Plan =>
  dispatch(new Problem(snapshot), byWeightThenArrival).toPlan();
