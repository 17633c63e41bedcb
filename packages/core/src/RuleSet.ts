import { DEFAULT_LOOKAHEAD_HOURS } from "./BerthPlanner.ts";
import type { TradeClass } from "./TradeClass.ts";

/**
 * A rule set is data: how waiting ships are ordered (`kind`, `classOrder`, `capHours`), which berths a ship may
 * use (`queueScope`), and which free berth it takes (`berthChoice`). The ordering itself is the one comparator
 * in priority.ts.
 *
 * - `fcfs`: first come, first served by arrival time.
 * - `priority`: by rank in `classOrder` (first = highest), FCFS within a class.
 * - `cappedPriority`: as `priority`, but a ship that has waited `capHours` or more goes ahead of every ship that
 *   has not (anti-starvation); ships past the cap are served FCFS among themselves.
 *
 * `queueScope`: `port` is one port-wide queue over every compatible berth (berth integration, 整合利用泊位);
 * `area` keeps a queue per port area, a ship using only berths of its home area.
 *
 * `berthChoice` when several compatible berths are free: `earliestFree` (the one idle longest; ties by berth
 * order in the port) is the default; `bestFit` takes the shortest berth that fits, keeping long berths free.
 *
 * - `optimised` (rolling horizon): at each event a planner (`SimulationInput.planner`, see BerthPlanner.ts)
 *   re-plans the ships at anchor and those expected within `lookaheadHours`, minimising the weighted time in port
 *   (weights `classWeights`, by default from `classOrder`: `classWeight`); only berthings that start now are
 *   committed, and a berthed ship is never moved. The planner, not `berthChoice`, picks the berth.
 */
export interface RuleSet {
  readonly id: string;
  readonly name: string;
  readonly kind: "fcfs" | "priority" | "cappedPriority" | "optimised";
  readonly classOrder: readonly TradeClass[];
  readonly capHours?: number;
  readonly queueScope: "port" | "area";
  readonly berthChoice: "earliestFree" | "bestFit";
  /** `optimised` only: hours of ETAs the planner sees ahead of now (default `DEFAULT_LOOKAHEAD_HOURS`). */
  readonly lookaheadHours?: number;
  /** `optimised` only: cost of an hour in port per class; classes not listed weigh as `classWeight` says. */
  readonly classWeights?: Readonly<Partial<Record<TradeClass, number>>>;
}

/**
 * The action plan's order: container ships near-sea direct → Ningbo feeder → domestic direct; other
 * foreign-trade ships before domestic bulk. Foreign non-container ships sit between the feeder and domestic
 * direct so that a multipurpose berth also serves foreign before domestic (an assumption; see docs/model.md).
 */
export const FOREIGN_TRADE_PRIORITY_ORDER: readonly TradeClass[] = [
  "nearSeaDirect",
  "ningboFeeder",
  "foreignOther",
  "domesticDirect",
  "domesticBulk",
];

/** Default anti-starvation cap, hours (assumption: one day, a typical laycan tolerance). */
export const DEFAULT_CAP_HOURS = 24;

export const RULE_SETS = {
  fcfs: {
    id: "fcfs",
    name: "FCFS, port-wide queue",
    kind: "fcfs",
    classOrder: FOREIGN_TRADE_PRIORITY_ORDER,
    queueScope: "port",
    berthChoice: "earliestFree",
  },
  fcfsArea: {
    id: "fcfs-area",
    name: "FCFS, queue per area",
    kind: "fcfs",
    classOrder: FOREIGN_TRADE_PRIORITY_ORDER,
    queueScope: "area",
    berthChoice: "earliestFree",
  },
  priority: {
    id: "priority",
    name: "Foreign-trade priority, port-wide queue",
    kind: "priority",
    classOrder: FOREIGN_TRADE_PRIORITY_ORDER,
    queueScope: "port",
    berthChoice: "earliestFree",
  },
  priorityArea: {
    id: "priority-area",
    name: "Foreign-trade priority, queue per area",
    kind: "priority",
    classOrder: FOREIGN_TRADE_PRIORITY_ORDER,
    queueScope: "area",
    berthChoice: "earliestFree",
  },
  priorityCapped: {
    id: "priority-capped",
    name: `Priority with ${DEFAULT_CAP_HOURS} h anti-starvation cap`,
    kind: "cappedPriority",
    classOrder: FOREIGN_TRADE_PRIORITY_ORDER,
    capHours: DEFAULT_CAP_HOURS,
    queueScope: "port",
    berthChoice: "earliestFree",
  },
  optimised: {
    id: "optimised",
    name: `Optimised (rolling horizon, ${DEFAULT_LOOKAHEAD_HOURS} h look-ahead)`,
    kind: "optimised",
    classOrder: FOREIGN_TRADE_PRIORITY_ORDER,
    lookaheadHours: DEFAULT_LOOKAHEAD_HOURS,
    queueScope: "port",
    berthChoice: "earliestFree",
  },
} as const satisfies Record<string, RuleSet>;

/**
 * The built-in dispatching rule sets, in the order reports list them: the default list of scenarios, of
 * `berthsim compare` and of the web app. `optimised` is not among them: it needs a planner and costs more.
 */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = Object.values(RULE_SETS).filter((r) => r.kind !== "optimised");

/** Every rule set that can be chosen by id (`--rules`, scenario files, the web app): the built-in ones, then `optimised`. */
export const SELECTABLE_RULE_SETS: readonly RuleSet[] = [...BUILT_IN_RULE_SETS, RULE_SETS.optimised];
