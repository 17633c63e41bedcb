import { CARGO_KINDS, type CargoKind, type Port, TRADE_CLASS_IDS, tradeClassInfo } from "@berthsim/core";
import { type Text, tx } from "./text.ts";

/** One KPI of a report table: a key of the core's KPI vector (`kpiKeys`), how to show it, and which way is better. */
export interface KpiLine {
  readonly key: string;
  readonly label: Text;
  readonly unit: Text;
  /** Multiplier for display (100 for a share shown in %). */
  readonly scale: number;
  readonly digits: number;
  readonly better: "lower" | "higher" | "neither";
}

/**
 * A section of the report: a table of `lines` (mean per measure, paired difference against the baseline) and a
 * chart of the paired differences of `chart` (keys of lines sharing one unit). A section is data: adding one
 * (clearance times, once the clearance stage exists) is adding an entry to `REPORT_SECTIONS`.
 */
export interface KpiSection {
  readonly id: string;
  readonly title: Text;
  readonly note: Text;
  readonly lines: readonly KpiLine[];
  readonly chart: readonly string[];
}

const HOURS = tx("h", "小时");
const PERCENT = tx("%", "%");
const SHIPS = tx("ships", "艘");

const line = (key: string, label: Text, unit: Text, digits: number, better: KpiLine["better"], scale = 1): KpiLine => ({
  key,
  label,
  unit,
  scale,
  digits,
  better,
});

const CARGO: Readonly<Record<CargoKind, readonly [Text, Text]>> = {
  container: [tx("Containers", "集装箱"), tx("TEU", "标箱")],
  coal: [tx("Coal", "煤炭"), tx("t", "吨")],
  grain: [tx("Grain", "粮食"), tx("t", "吨")],
  liquidBulk: [tx("Liquid bulk", "液体散货"), tx("t", "吨")],
  breakBulk: [tx("Break bulk", "件杂货"), tx("t", "吨")],
};

const waiting = (): KpiSection => {
  const classes = TRADE_CLASS_IDS.map((c) => {
    const info = tradeClassInfo(c);
    return line(`wait.mean.${c}`, tx(info.label, info.labelZh), HOURS, 2, "lower");
  });
  return {
    id: "waiting",
    title: tx("Waiting time by trade class", "各贸易类别平均等泊时间"),
    note: tx(
      "Mean hours from arrival to berthing of ships served in the observation window, per class of the plan's priority order.",
      "观察期内已靠泊船舶从到港到靠泊的平均小时数，按行动方案优先顺序的贸易类别分列。",
    ),
    lines: [
      line("wait.mean", tx("All ships", "全部船舶"), HOURS, 2, "lower"),
      ...classes,
      line("wait.p90", tx("All ships, 90th percentile", "全部船舶，90 分位"), HOURS, 1, "lower"),
    ],
    chart: classes.map((l) => l.key),
  };
};

const utilisation = (port: Port): KpiSection => {
  const areas = port.areas.map((a) => line(`util.area.${a.id}`, tx(a.name, a.nameZh), PERCENT, 1, "neither", 100));
  return {
    id: "utilisation",
    title: tx("Berth utilisation by area", "各港区泊位利用率"),
    note: tx(
      "Share of berth-hours occupied (berthing to departure) in the observation window, over the berths of each area.",
      "观察期内泊位占用时间（靠泊至离泊）占泊位总时间的比例，按港区汇总。",
    ),
    lines: [line("util.port", tx("Whole port", "全港"), PERCENT, 1, "neither", 100), ...areas],
    chart: areas.map((l) => l.key),
  };
};

const anchorages = (port: Port): KpiSection => {
  const limited = port.anchorages.filter((a) => Number.isFinite(a.capacity));
  const full = limited.map((a) =>
    line(`anchorage.hoursAtCapacity.${a.id}`, tx(`${a.name}: hours full`, `${a.name}：满锚小时数`), HOURS, 1, "lower"),
  );
  return {
    id: "anchorages",
    title: tx("Anchorages and ships waiting outside", "锚地与锚地外等候船舶"),
    note: tx(
      "Hours each limited anchorage was full; ships that found their anchorage full and waited outside; ships waiting, time-weighted.",
      "各容量有限锚地的满锚小时数；因锚地已满而在锚地外等候的船舶；等泊船舶的时间加权平均数。",
    ),
    lines: [
      ...full,
      line("outside.ships", tx("Ships that waited outside", "锚地外等候船舶数"), SHIPS, 1, "lower"),
      line("outside.mean", tx("Ships outside, time-weighted mean", "锚地外船舶（时间加权平均）"), SHIPS, 3, "lower"),
      line("queue.mean", tx("Ships waiting for a berth, mean", "等泊船舶平均数"), SHIPS, 2, "lower"),
    ],
    chart: full.map((l) => l.key),
  };
};

const throughput = (): KpiSection => ({
  id: "throughput",
  title: tx("Throughput", "吞吐量"),
  note: tx(
    "Volume handled by ships berthed in the observation window, and ships served; ships still waiting at the horizon.",
    "观察期内靠泊船舶的装卸量及服务船舶数；仿真期末仍在等候的船舶。",
  ),
  lines: [
    ...CARGO_KINDS.map((c) => line(`throughput.${c}`, CARGO[c][0], CARGO[c][1], 0, "higher")),
    line("count.served", tx("Ships served", "服务船舶数"), SHIPS, 0, "higher"),
    line("count.waiting", tx("Ships waiting at the horizon", "期末仍在等候的船舶"), SHIPS, 1, "lower"),
  ],
  chart: ["count.served"],
});

const clearance = (): KpiSection => ({
  id: "clearance",
  title: tx("Clearance time against the plan's targets", "整体通关时间与行动方案目标"),
  note: tx(
    "Imports: arrival to release (target under 120 h); exports: declaration to release (target under 10 h); the share of cargo units within target. See docs/clearance.md.",
    "进口：船舶到港至放行（目标 120 小时以内）；出口：申报至放行（目标 10 小时以内）；以及达标货物单元占比。详见 docs/clearance.md。",
  ),
  lines: [
    line("clearance.import.mean", tx("Imports, mean", "进口，平均"), HOURS, 1, "lower"),
    line("clearance.import.p90", tx("Imports, 90th percentile", "进口，90 分位"), HOURS, 1, "lower"),
    line("clearance.import.withinTarget", tx("Imports within 120 h", "进口 120 小时内占比"), PERCENT, 1, "higher", 100),
    line("clearance.export.mean", tx("Exports, mean", "出口，平均"), HOURS, 1, "lower"),
    line("clearance.export.p90", tx("Exports, 90th percentile", "出口，90 分位"), HOURS, 1, "lower"),
    line("clearance.export.withinTarget", tx("Exports within 10 h", "出口 10 小时内占比"), PERCENT, 1, "higher", 100),
  ],
  chart: ["clearance.import.mean", "clearance.import.p90", "clearance.export.mean", "clearance.export.p90"],
});

/** The report's sections for `port`, in reading order. */
export const REPORT_SECTIONS: readonly ((port: Port) => KpiSection)[] = [waiting, utilisation, anchorages, clearance, throughput];

/** The sections of the report of a study on `port`. */
export const reportSections = (port: Port): KpiSection[] => REPORT_SECTIONS.map((section) => section(port));
