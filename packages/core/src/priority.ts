import type { RuleSet } from "./RuleSet.ts";
import { TRADE_CLASS_IDS, type TradeClass } from "./TradeClass.ts";

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
 *
 * Steps 1 to 3 are written once (`orderSteps` below); `shipOrderByIndex` applies them to the event loop's columns.
 */
export const shipOrder = (rules: RuleSet): ShipOrder => {
  const { rankOf, steps } = orderSteps(rules);
  return (now, a, b) => {
    // Ships of one class need no rank lookup: any equal numbers do.
    const same = a.tradeClass === b.tradeClass;
    const d = steps(now, a.arrival, same ? 0 : rankOf(a.tradeClass), b.arrival, same ? 0 : rankOf(b.tradeClass));
    return d !== 0 ? d : byId(a.id, b.id);
  };
};

/**
 * `shipOrder` for ships known by their index in a run's columns: `arrival[i]` and `rank[i]` (`classRanks`) stand
 * for the ship's fields, and `idOf(i)` is read only when class and arrival tie. The same steps on the same numbers,
 * so the same result, without reading a call object at every comparison (the event loop's waiting list).
 */
export const shipOrderByIndex = (
  rules: RuleSet,
  arrival: Float64Array,
  rank: Int32Array,
  idOf: (i: number) => string,
): ((now: number, a: number, b: number) => number) => {
  const { steps } = orderSteps(rules);
  return (now, a, b) => {
    const d = steps(now, arrival[a]!, rank[a]!, arrival[b]!, rank[b]!);
    return d !== 0 ? d : byId(idOf(a), idOf(b));
  };
};

/**
 * Writes each call's class rank under `rules` into `into` (as `shipOrder` ranks classes, for `shipOrderByIndex`):
 * by the call's index in TRADE_CLASS_IDS (`classSlot`), or for a class outside them (-1) by the call's own class.
 */
export const classRanks = (
  rules: RuleSet,
  classSlot: Int8Array,
  calls: readonly { readonly tradeClass: TradeClass }[],
  into: Int32Array,
): void => {
  const { rankOf } = orderSteps(rules);
  const bySlot = TRADE_CLASS_IDS.map(rankOf);
  for (let i = 0; i < calls.length; i++) {
    const slot = classSlot[i]!;
    into[i] = slot >= 0 ? bySlot[slot]! : rankOf(calls[i]!.tradeClass);
  }
};

// Steps 1 to 3 of the order on a ship's arrival and class rank (any equal numbers for ships of one class);
// 0 when they tie, and step 4 (ids) decides.
const orderSteps = (rules: RuleSet) => {
  const ranks = new Map(rules.classOrder.map((c, i) => [c, i]));
  const unlisted = rules.classOrder.length;
  const rankOf = (c: TradeClass): number => ranks.get(c) ?? unlisted;
  const byClass = rules.kind !== "fcfs";
  const cap = rules.kind === "cappedPriority" ? (rules.capHours ?? Infinity) : Infinity;
  const steps = (now: number, arrivalA: number, rankA: number, arrivalB: number, rankB: number): number => {
    let classMatters = byClass;
    if (cap !== Infinity) {
      const aPast = now - arrivalA >= cap;
      const bPast = now - arrivalB >= cap;
      if (aPast !== bPast) return aPast ? -1 : 1;
      if (aPast) classMatters = false;
    }
    if (classMatters && rankA !== rankB) return rankA - rankB;
    return arrivalA !== arrivalB ? arrivalA - arrivalB : 0;
  };
  return { rankOf, steps };
};

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
