import { type ConfidenceInterval, HOURS_PER_YEAR, TRADE_CLASS_IDS, type TradeClass, tradeClassInfo } from "@berthsim/core";
import type { MonteCarloSummary, Scenario } from "@berthsim/scenario";

/** Display width: CJK characters take two columns in a terminal. */
const width = (s: string): number => {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
};
const padEnd = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number): string => " ".repeat(Math.max(0, n - width(s))) + s;

/** A number with a true minus sign (−), as in "−3.1". */
const num = (x: number, digits: number): string => {
  const s = x.toFixed(digits);
  return s.startsWith("-") ? (/^-0\.?0*$/.test(s) ? s.slice(1) : `\u2212${s.slice(1)}`) : s;
};

/** "12.3 ± 0.4", or "12.3" for a single replication, or "–" when there is nothing to show. */
export const formatCi = (ci: ConfidenceInterval | undefined, digits = 1, scale = 1): string =>
  ci === undefined || Number.isNaN(ci.mean)
    ? "–"
    : Number.isNaN(ci.halfWidth)
      ? num(ci.mean * scale, digits)
      : `${num(ci.mean * scale, digits)} ± ${(ci.halfWidth * scale).toFixed(digits)}`;

/** "−3.1 [−3.4, −2.8]": a paired difference with its 95 % interval. */
export const formatDiff = (ci: ConfidenceInterval | undefined, digits = 1, scale = 1): string =>
  ci === undefined || Number.isNaN(ci.mean)
    ? "–"
    : Number.isNaN(ci.halfWidth)
      ? num(ci.mean * scale, digits)
      : `${num(ci.mean * scale, digits)} [${num(ci.lower * scale, digits)}, ${num(ci.upper * scale, digits)}]`;

export const table = (header: readonly string[], rows: readonly (readonly string[])[], rightFrom: number): string => {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i >= rightFrom ? padStart(c, widths[i]!) : padEnd(c, widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
};

/** Trade classes with at least one served call under some rule set. */
const classesIn = (summary: MonteCarloSummary): TradeClass[] =>
  TRADE_CLASS_IDS.filter((c) => summary.ruleSets.some((r) => (r.kpis[`calls.${c}`]?.mean ?? 0) > 0));

export const classLabel = (c: TradeClass): string => {
  const info = tradeClassInfo(c);
  return `${info.labelZh} ${info.label}`;
};

const heading = (scenario: Scenario, s: MonteCarloSummary): string => {
  const runs = `${s.replications} replication${s.replications === 1 ? "" : "s"}`;
  const stop =
    s.until === null
      ? ""
      : s.outcome === "stopRuleMet"
        ? ` Stopped once the 95 % half-width of ${s.until.key} was ≤ ${s.until.halfWidth} under every rule set.`
        : ` The half-width of ${s.until.key} was still above ${s.until.halfWidth} after the cap of ${s.plannedReplications}.`;
  return [
    `berthsim — ${scenario.name} (${scenario.id})`,
    `${runs} of ${(scenario.horizon / 24).toFixed(0)} days (first ${(scenario.warmup / 24).toFixed(0)} days discarded), ` +
      `seed ${scenario.seed}. Figures are means over replications ± the half-width of a 95 % confidence interval.${stop}`,
  ].join("\n");
};

/** Waiting per rule set and class, then utilisation per area and queues: the tables of `berthsim run`. */
export const renderSummary = (scenario: Scenario, s: MonteCarloSummary): string => {
  const years = (scenario.horizon - scenario.warmup) / HOURS_PER_YEAR;
  const classes = classesIn(s);
  const tidal = scenario.port.tide !== undefined;
  const waitRows = s.ruleSets.flatMap((r) =>
    classes.map((c, i) => [
      i === 0 ? r.name : "",
      classLabel(c),
      Number.isNaN(r.kpis[`calls.${c}`]?.mean ?? NaN) ? "–" : (r.kpis[`calls.${c}`]!.mean / years).toFixed(0),
      formatCi(r.kpis[`wait.mean.${c}`], 2),
      // The tide's part of the mean wait, only for ports with tide windows (other tables stay as they were).
      ...(tidal ? [formatCi(r.kpis[`tideWait.mean.${c}`], 2)] : []),
      formatCi(r.kpis[`wait.p90.${c}`], 2),
      formatCi(r.kpis[`awtAst.${c}`], 2),
    ]),
  );
  const waitHeads = ["Rule set", "Class", "Calls/yr", "Mean wait (h)", ...(tidal ? ["of which tide (h)"] : []), "P90 wait (h)", "AWT/AST"];
  const waits = table(waitHeads, waitRows, 2);
  const areas = scenario.port.areas;
  const utilRows = s.ruleSets.map((r) => [
    r.name,
    ...areas.map((a) => formatCi(r.kpis[`util.area.${a.id}`], 1, 100)),
    formatCi(r.kpis["util.port"], 1, 100),
    formatCi(r.kpis["queue.mean"], 2),
    formatCi(r.kpis["count.rejected"], 1),
    formatCi(r.kpis["count.waiting"], 1),
  ]);
  const util = table(
    ["Rule set", ...areas.map((a) => `${a.nameZh} ${a.name} util %`), "Port util %", "Ships waiting", "Rejected", "At anchor at end"],
    utilRows,
    1,
  );
  return [heading(scenario, s), "", "Waiting for a berth, by trade class", waits, "", "Berth utilisation and queue", util, ""].join(
    "\n",
  );
};

/** The paired differences of each rule set against the baseline: the extra tables of `berthsim compare`. */
export const renderDifferences = (scenario: Scenario, s: MonteCarloSummary): string => {
  if (s.differences.length === 0) return "";
  const nameOf = (id: string): string => s.ruleSets.find((r) => r.id === id)?.name ?? id;
  const baseline = nameOf(s.differences[0]!.baseline);
  const classes = classesIn(s);
  const waitRows = s.differences.flatMap((d) =>
    [...classes.map((c) => [classLabel(c), `.${c}`] as const), ["All ships", ""] as const].map(([label, suffix], i) => [
      i === 0 ? nameOf(d.ruleSet) : "",
      label,
      formatDiff(d.kpis[`wait.mean${suffix}`], 2),
      formatDiff(d.kpis[`wait.p90${suffix}`], 2),
    ]),
  );
  const waits = table(["Rule set", "Class", "Δ mean wait (h)", "Δ P90 wait (h)"], waitRows, 2);
  const areas = scenario.port.areas;
  const utilRows = s.differences.map((d) => [
    nameOf(d.ruleSet),
    ...areas.map((a) => formatDiff(d.kpis[`util.area.${a.id}`], 1, 100)),
    formatDiff(d.kpis["util.port"], 1, 100),
    formatDiff(d.kpis["queue.mean"], 2),
  ]);
  const util = table(
    ["Rule set", ...areas.map((a) => `Δ ${a.name} util (pp)`), "Δ Port util (pp)", "Δ Ships waiting"],
    utilRows,
    1,
  );
  return [
    `Paired differences against ${baseline}: the same ships in each replication; means with 95 % intervals`,
    waits,
    "",
    util,
    "",
  ].join("\n");
};
