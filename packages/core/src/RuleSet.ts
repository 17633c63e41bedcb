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
 */
export interface RuleSet {
  readonly id: string;
  readonly name: string;
  readonly kind: "fcfs" | "priority" | "cappedPriority";
  readonly classOrder: readonly TradeClass[];
  readonly capHours?: number;
  readonly queueScope: "port" | "area";
  readonly berthChoice: "earliestFree" | "bestFit";
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
} as const satisfies Record<string, RuleSet>;

/** Every built-in rule set, in the order reports list them. */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = Object.values(RULE_SETS);
