import type { RuleSet } from "./RuleSet.ts";
import type { TradeClass } from "./TradeClass.ts";

/** What the dispatching order needs to know of a waiting ship. */
export interface QueuedShip {
  readonly id: string;
  readonly tradeClass: TradeClass;
  readonly arrival: number;
}

/**
 * The rank of a class under a rule set: its index in `classOrder` (0 = highest); classes not listed rank
 * after every listed one, equal to each other.
 */
export const classRank = (rules: RuleSet, tradeClass: TradeClass): number => {
  const i = rules.classOrder.indexOf(tradeClass);
  return i < 0 ? rules.classOrder.length : i;
};

/** Orders two waiting ships at time `now`: negative when `a` is offered a berth first. */
export type ShipOrder = (now: number, a: QueuedShip, b: QueuedShip) => number;

/**
 * **The** dispatching order of berthsim, for one rule set. This is the only place where priority is decided.
 *
 * 1. `cappedPriority` only: a ship that has waited at least `capHours` goes before every ship that has not.
 * 2. `priority` and `cappedPriority` (for ships not past the cap): higher class first, i.e. lower index in
 *    `classOrder`.
 * 3. Earlier arrival first (FCFS). For `fcfs` this is the whole rule; ships past the cap are FCFS among themselves.
 * 4. Ties (same class, same arrival instant): lower id first, by code-unit order, so the outcome never depends
 *    on the order in which the input lists the calls.
 */
export const shipOrder = (rules: RuleSet): ShipOrder => {
  const ranks = new Map(rules.classOrder.map((c, i) => [c, i]));
  const unlisted = rules.classOrder.length;
  const byClass = rules.kind !== "fcfs";
  const cap = rules.kind === "cappedPriority" ? (rules.capHours ?? Infinity) : Infinity;
  return (now, a, b) => {
    let classMatters = byClass;
    if (cap !== Infinity) {
      const aPast = now - a.arrival >= cap;
      const bPast = now - b.arrival >= cap;
      if (aPast !== bPast) return aPast ? -1 : 1;
      if (aPast) classMatters = false;
    }
    if (classMatters && a.tradeClass !== b.tradeClass) {
      const d = (ranks.get(a.tradeClass) ?? unlisted) - (ranks.get(b.tradeClass) ?? unlisted);
      if (d !== 0) return d;
    }
    if (a.arrival !== b.arrival) return a.arrival - b.arrival;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
};

/** `shipOrder(rules)(now, a, b)`, for one-off comparisons. */
export const compareShips = (rules: RuleSet, now: number, a: QueuedShip, b: QueuedShip): number =>
  shipOrder(rules)(now, a, b);

/**
 * Which step of the dispatching order puts `a` before `b` at `now`: `pastCap` (step 1), `higherClass` (step 2),
 * `earlierArrival` (step 3) or `lowerId` (step 4); `undefined` when `a` does not go first. It follows the steps of
 * `shipOrder` above, for explanations ("why did it wait"); a property test holds the two together.
 */
export type OrderReason = "pastCap" | "higherClass" | "earlierArrival" | "lowerId";

export const orderReason = (rules: RuleSet, now: number, a: QueuedShip, b: QueuedShip): OrderReason | undefined => {
  if (!(compareShips(rules, now, a, b) < 0)) return undefined;
  const cap = rules.kind === "cappedPriority" ? (rules.capHours ?? Infinity) : Infinity;
  const aPast = now - a.arrival >= cap;
  if (aPast !== now - b.arrival >= cap) return "pastCap";
  if (rules.kind !== "fcfs" && !aPast && classRank(rules, a.tradeClass) !== classRank(rules, b.tradeClass)) return "higherClass";
  return a.arrival !== b.arrival ? "earlierArrival" : "lowerId";
};
