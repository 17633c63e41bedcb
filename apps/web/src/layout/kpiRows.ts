import { type Port, TRADE_CLASS_IDS, type TradeClass } from "@berthsim/core";

/** One row of the KPI table: a key of the core's KPI vector, how to scale and round it, and what it is. */
export interface KpiRow {
  readonly key: string;
  /** Multiplier for display (100 for shares shown in %). */
  readonly scale: number;
  readonly digits: number;
  readonly label:
    | { readonly kind: "plain"; readonly id: PlainKpi }
    | { readonly kind: "class"; readonly tradeClass: TradeClass }
    | { readonly kind: "area"; readonly area: string }
    | { readonly kind: "classTide"; readonly tradeClass: TradeClass }
    | { readonly kind: "anchorageOver"; readonly anchorage: string };
}

export type PlainKpi =
  | "meanWait"
  | "p90Wait"
  | "probWait"
  | "awtAst"
  | "turnaround"
  | "overtaken"
  | "portUtil"
  | "queueMean"
  | "queueMax"
  | "served"
  | "waiting"
  | "rejected"
  | "outside"
  | "tideWait";

const plain = (key: string, id: PlainKpi, digits: number, scale = 1): KpiRow => ({ key, scale, digits, label: { kind: "plain", id } });

/**
 * The rows of the KPI table for `port`, in reading order: waiting overall and per class, utilisation for the
 * port and each area, the queue, and the counts. Keys are those of the core's `kpiKeys(port)`. A port with tide
 * windows gets the tide's part of the mean wait (overall and per class) beside the waits; each anchorage of
 * limited capacity, its hours over capacity (ships waiting outside for it).
 */
export const kpiRows = (port: Port): KpiRow[] => [
  plain("wait.mean", "meanWait", 2),
  plain("wait.p90", "p90Wait", 2),
  plain("wait.share", "probWait", 1, 100),
  plain("awtAst", "awtAst", 3),
  plain("turnaround.mean", "turnaround", 1),
  plain("overtaken.mean", "overtaken", 3),
  ...(port.tide === undefined ? [] : [plain("tideWait.mean", "tideWait", 2)]),
  ...TRADE_CLASS_IDS.flatMap((c): KpiRow[] => [
    { key: `wait.mean.${c}`, scale: 1, digits: 2, label: { kind: "class", tradeClass: c } },
    ...(port.tide === undefined
      ? []
      : [{ key: `tideWait.mean.${c}`, scale: 1, digits: 2, label: { kind: "classTide", tradeClass: c } } satisfies KpiRow]),
  ]),
  plain("util.port", "portUtil", 1, 100),
  ...port.areas.map((a): KpiRow => ({ key: `util.area.${a.id}`, scale: 100, digits: 1, label: { kind: "area", area: a.id } })),
  plain("queue.mean", "queueMean", 2),
  plain("queue.max", "queueMax", 1),
  plain("count.served", "served", 0),
  plain("count.waiting", "waiting", 1),
  plain("count.rejected", "rejected", 1),
  plain("outside.ships", "outside", 1),
  ...port.anchorages
    .filter((a) => a.capacity !== Infinity)
    .map((a): KpiRow => ({ key: `anchorage.hoursOverCapacity.${a.id}`, scale: 1, digits: 1, label: { kind: "anchorageOver", anchorage: a.id } })),
];
