/**
 * What the schedule checker reports. Every violation names its rule, the calls and the berth involved and the
 * instant, and says in one sentence what went wrong; docs/guarantees.md states each rule for a port planner.
 */
export type ViolationRule =
  // Feasibility: each assignment on its own, and assignments sharing a berth (at a shared quay: metres × time).
  | "unknownBerth"
  | "beforeArrival"
  | "beforeTide"
  | "afterHorizon"
  | "shiftTime"
  | "serviceTime"
  | "incompatibleBerth"
  | "closure"
  | "overlap"
  | "quayPosition"
  | "quayDepth"
  | "quayOverlap"
  | "quayShips"
  // Conservation: every call exactly once, with a status its fields and the port agree with.
  | "duplicateInput"
  | "missingCall"
  | "unknownCall"
  | "duplicateCall"
  | "statusFields"
  | "wrongRejection"
  | "missedRejection"
  | "waitField"
  // Dispatching: no needless idling, and who goes first.
  | "nonDelay"
  | "fcfs"
  | "priority"
  | "cappedPriority"
  | "overtakenCount";

export type RuleFamily = "feasibility" | "conservation" | "nonDelay" | "order" | "counts";

/** The family of each rule, so that a test or a report can ask for one family at a time. */
export const RULE_FAMILY: Readonly<Record<ViolationRule, RuleFamily>> = {
  unknownBerth: "feasibility",
  beforeArrival: "feasibility",
  beforeTide: "feasibility",
  afterHorizon: "feasibility",
  shiftTime: "feasibility",
  serviceTime: "feasibility",
  incompatibleBerth: "feasibility",
  closure: "feasibility",
  overlap: "feasibility",
  quayPosition: "feasibility",
  quayDepth: "feasibility",
  quayOverlap: "feasibility",
  quayShips: "feasibility",
  duplicateInput: "conservation",
  missingCall: "conservation",
  unknownCall: "conservation",
  duplicateCall: "conservation",
  statusFields: "conservation",
  wrongRejection: "conservation",
  missedRejection: "conservation",
  waitField: "conservation",
  nonDelay: "nonDelay",
  fcfs: "order",
  priority: "order",
  cappedPriority: "order",
  overtakenCount: "counts",
};

export interface Violation {
  readonly rule: ViolationRule;
  /** Ids of the calls involved; for order rules the ship berthed first, then the ships it went ahead of. */
  readonly calls: readonly string[];
  readonly berth?: string;
  /** The instant (hours) at which the rule is broken, when there is one. */
  readonly t?: number;
  readonly message: string;
}

/** Builds a violation, leaving out the fields that do not apply (so reports and `toEqual` stay clean). */
export const violation = (
  rule: ViolationRule,
  calls: readonly string[],
  message: string,
  where: { readonly berth?: string | undefined; readonly t?: number | undefined } = {},
): Violation => ({
  rule,
  calls,
  ...(where.berth === undefined ? {} : { berth: where.berth }),
  ...(where.t === undefined ? {} : { t: where.t }),
  message,
});
