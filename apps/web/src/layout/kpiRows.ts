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
    | { readonly kind: "area"; readonly area: string };
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
  | "outside";

const plain = (key: string, id: PlainKpi, digits: number, scale = 1): KpiRow => ({ key, scale, digits, label: { kind: "plain", id } });

/**
 * The rows of the KPI table for `port`, in reading order: waiting overall and per class, utilisation for the
 * port and each area, the queue, and the counts. Keys are those of the core's `kpiKeys(port)`.
 */
export const kpiRows = (port: Port): KpiRow[] => [
  plain("wait.mean", "meanWait", 2),
  plain("wait.p90", "p90Wait", 2),
  plain("wait.share", "probWait", 1, 100),
  plain("awtAst", "awtAst", 3),
  plain("turnaround.mean", "turnaround", 1),
  plain("overtaken.mean", "overtaken", 3),
  ...TRADE_CLASS_IDS.map((c): KpiRow => ({ key: `wait.mean.${c}`, scale: 1, digits: 2, label: { kind: "class", tradeClass: c } })),
  plain("util.port", "portUtil", 1, 100),
  ...port.areas.map((a): KpiRow => ({ key: `util.area.${a.id}`, scale: 100, digits: 1, label: { kind: "area", area: a.id } })),
  plain("queue.mean", "queueMean", 2),
  plain("queue.max", "queueMax", 1),
  plain("count.served", "served", 0),
  plain("count.waiting", "waiting", 1),
  plain("count.rejected", "rejected", 1),
  plain("outside.ships", "outside", 1),
];
