import type { Closure } from "./Port.ts";
import type { RuleSet } from "./RuleSet.ts";
import type { TradeClass } from "./TradeClass.ts";

/**
 * The hook of the `optimised` rule set: at each dispatching instant the simulator hands a planner what it knows
 * — the berths, the ships at anchor and the ships expected within the look-ahead — and commits only the planned
 * berthings that start now, at a free berth, for a ship that has arrived. Everything else in the plan is
 * provisional: the next event (arrival, departure, reopening, or the earliest later start in the plan) re-plans.
 * The core defines the interface and never imports a solver (`rollingPlanner` in @berthsim/optimize is one).
 *
 * Times are hours (see time.ts). Ships and berths are named by id; `berths` and each ship's `hours` list berths in
 * the port's berth-id order.
 */
export interface PlanningBerth {
  readonly id: string;
  /** When it can next take a ship: `now` when free, else when the ship alongside leaves (ships are never moved). */
  readonly free: number;
  /** Its closures [start, end): no ship may hold it during one (possibly some already over). */
  readonly closures: readonly Closure[];
}

export interface PlanningShip {
  readonly id: string;
  readonly tradeClass: TradeClass;
  /** Its arrival (at anchor) or ETA (expected): the earliest time it can be berthed. */
  readonly arrival: number;
  /** True for a ship at anchor, false for one expected within the look-ahead. */
  readonly waiting: boolean;
  /**
   * Hours it would hold each berth once berthed — the port's shift time plus its service time there —, in the
   * order of `PlanningSnapshot.berths`; `null` where it may not berth (it does not fit, or outside its queue scope).
   */
  readonly hours: readonly (number | null)[];
  /** Cost of one hour of its time in port (waiting + handling) in the planner's objective: `classWeight`. */
  readonly weight: number;
}

export interface PlanningSnapshot {
  readonly now: number;
  /** No ship is berthed at or after it. */
  readonly horizon: number;
  readonly berths: readonly PlanningBerth[];
  /** The ships at anchor, then those expected by `now + lookaheadHours`, each in (arrival, id) order. */
  readonly ships: readonly PlanningShip[];
}

/** One line of a plan: ship `ship` is berthed at berth `berth` at `start` (hours). */
export interface PlannedBerthing {
  readonly ship: string;
  readonly berth: string;
  readonly start: number;
}

/**
 * Plans berthings for a snapshot. A plan may leave ships out and may name any start; the simulator commits a line
 * only when the ship is at anchor, `start` is `now`, and the berth is free and open for the ship's whole stay, and
 * it commits at most one ship per berth per round. A line naming an unknown ship or berth, or a berth the ship may
 * not use, is a planner bug and stops the run with an error. Must be deterministic for the simulation to be.
 */
export interface BerthPlanner {
  readonly plan: (snapshot: PlanningSnapshot) => readonly PlannedBerthing[];
}

/** Default look-ahead of the `optimised` rule set, hours: two days of ETAs (docs/optimizer.md). */
export const DEFAULT_LOOKAHEAD_HOURS = 48;

/** Default ratio between the weights of two consecutive classes of `classOrder` (an assumption, docs/optimizer.md). */
export const CLASS_WEIGHT_RATIO = 2;

/**
 * The weight of a class in the planner's objective (cost of an hour in port). `rules.classWeights` when it lists
 * the class; otherwise, from `classOrder` of k classes: 2^(k − rank), so each class weighs twice the next and a
 * class not listed weighs 1 — with an empty `classOrder`, every ship weighs 1 (minimum total time in port).
 */
export const classWeight = (rules: RuleSet, tradeClass: TradeClass): number => {
  const given = rules.classWeights?.[tradeClass];
  if (given !== undefined) return given;
  const k = rules.classOrder.length;
  const rank = rules.classOrder.indexOf(tradeClass);
  return CLASS_WEIGHT_RATIO ** (rank < 0 ? 0 : k - rank);
};
