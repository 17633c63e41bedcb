import type { RuleSet } from "../RuleSet.ts";
import type { TradeClass } from "../TradeClass.ts";
import type { VesselCall } from "../VesselCall.ts";
import { compareIds } from "./Schedule.ts";

// The checker's own statement of the dispatching order (docs/model.md, "Rule sets"), written as a sort key so
// that it shares no code with priority.ts:
//   fcfs            (arrival, id)
//   priority        (class rank, arrival, id)
//   cappedPriority  (0, arrival, id) for a ship that has waited capHours or more at `now`,
//                   (1, class rank, arrival, id) for one that has not.
// A class's rank is its first position in `classOrder`; classes not listed share the rank after the last one.

/** Rank of a class under a rule set: 0 is served first. */
export const rankOf = (rules: RuleSet, tradeClass: TradeClass): number => {
  const i = rules.classOrder.indexOf(tradeClass);
  return i >= 0 ? i : rules.classOrder.length;
};

/** Whether the ship has waited the rule set's cap at `now` (never, without a cap or outside cappedPriority). */
export const pastCap = (rules: RuleSet, now: number, call: VesselCall): boolean =>
  rules.kind === "cappedPriority" && rules.capHours !== undefined && now - call.arrival >= rules.capHours;

const key = (rules: RuleSet, now: number, call: VesselCall): readonly number[] => {
  if (rules.kind === "fcfs") return [call.arrival];
  if (pastCap(rules, now, call)) return [0, 0, call.arrival];
  return [1, rankOf(rules, call.tradeClass), call.arrival];
};

/** Whether `a` is offered a berth before `b` at `now` under the rule set (a strict total order for distinct ids). */
export const goesBefore = (rules: RuleSet, now: number, a: VesselCall, b: VesselCall): boolean => {
  const ka = key(rules, now, a);
  const kb = key(rules, now, b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]!;
  return compareIds(a.id, b.id) < 0;
};

/** Whether `a` arrived before `b`: earlier arrival, or the same instant and a lower id. */
export const arrivedBefore = (a: VesselCall, b: VesselCall): boolean =>
  a.arrival !== b.arrival ? a.arrival < b.arrival : compareIds(a.id, b.id) < 0;
