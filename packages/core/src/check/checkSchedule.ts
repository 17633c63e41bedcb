import { checkConservation } from "./conservation.ts";
import { checkFeasibility } from "./feasibility.ts";
import { checkNonDelay } from "./nonDelay.ts";
import { checkOrder } from "./order.ts";
import { checkOvertakenCounts } from "./overtaken.ts";
import { indexSchedule, type ScheduleCheckInput } from "./Schedule.ts";
import type { Violation } from "./Violation.ts";

/**
 * Checks a schedule against berthsim's rules, independently of the simulator: it re-derives which berths a ship
 * may use, how long it stays, and the dispatching order from docs/model.md, and shares no code with simulate.ts,
 * compatibility.ts, serviceTime.ts or priority.ts. Returns every violation found, in the order feasibility,
 * conservation, non-delay, order (fcfs / priority / cappedPriority), counts; an empty list means the schedule
 * keeps every rule. Accepts `SimulationResult.calls` as the schedule, or the lines of any other tool.
 * Under an `optimised` rule set a planner decides who goes first and may keep a berth idle for a ship it expects,
 * so neither non-delay nor an order is checked: feasibility, conservation and counts are.
 */
export const checkSchedule = (input: ScheduleCheckInput): Violation[] => {
  const index = indexSchedule(input);
  const dispatching = input.rules.kind !== "optimised";
  return [
    ...checkFeasibility(index),
    ...checkConservation(index),
    ...(dispatching ? checkNonDelay(index) : []),
    ...(dispatching ? checkOrder(index) : []),
    ...checkOvertakenCounts(index),
  ];
};

export type { ScheduleCheckInput, ScheduledCall } from "./Schedule.ts";
export { RULE_FAMILY, type RuleFamily, type Violation, type ViolationRule } from "./Violation.ts";
