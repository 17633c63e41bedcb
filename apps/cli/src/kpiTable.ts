import { type ConfidenceInterval, tradeClassInfo } from "@berthsim/core";
import type { Scenario } from "@berthsim/scenario";
import type { RuleSetSummary } from "./compareRuleSets.ts";

/** Display width: CJK characters take two columns in a terminal. */
const width = (s: string): number => {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
};
const padEnd = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number): string => " ".repeat(Math.max(0, n - width(s))) + s;

/** "12.3 ± 0.4", or "12.3" for a single replication. */
export const formatCi = (ci: ConfidenceInterval, digits = 1): string =>
  Number.isNaN(ci.mean)
    ? "–"
    : Number.isNaN(ci.halfWidth)
      ? ci.mean.toFixed(digits)
      : `${ci.mean.toFixed(digits)} ± ${ci.halfWidth.toFixed(digits)}`;

const table = (header: readonly string[], rows: readonly (readonly string[])[], rightFrom: number): string => {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i >= rightFrom ? padStart(c, widths[i]!) : padEnd(c, widths[i]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
};

/** The comparison as plain-text tables: waiting per rule set and class, then utilisation per area. */
export const renderComparison = (scenario: Scenario, summaries: readonly RuleSetSummary[], replications: number): string => {
  const years = (scenario.horizon - scenario.warmup) / 8760;
  const head = [
    `berthsim — ${scenario.name} (${scenario.id})`,
    `${replications} replication${replications === 1 ? "" : "s"} of ${(scenario.horizon / 24).toFixed(0)} days ` +
      `(first ${(scenario.warmup / 24).toFixed(0)} days discarded), seed ${scenario.seed}. ` +
      `Figures are means over replications ± the half-width of a 95 % confidence interval.`,
  ].join("\n");
  const waitRows = summaries.flatMap((s) =>
    s.byClass.map((c, i) => {
      const info = tradeClassInfo(c.tradeClass);
      return [
        i === 0 ? s.name : "",
        `${info.labelZh} ${info.label}`,
        (c.served.mean / years).toFixed(0),
        formatCi(c.meanWait, 2),
        formatCi(c.p90Wait, 2),
        formatCi(c.awtAst, 2),
      ];
    }),
  );
  const waits = table(["Rule set", "Class", "Calls/yr", "Mean wait (h)", "P90 wait (h)", "AWT/AST"], waitRows, 2);
  const areaIds = scenario.port.areas.map((a) => a.id);
  const areaNames = scenario.port.areas.map((a) => `${a.nameZh} ${a.name}`);
  const utilRows = summaries.map((s) => [
    s.name,
    ...areaIds.map((a) => formatCi(scale(s.areas[a]!, 100), 1)),
    formatCi(scale(s.port, 100), 1),
    formatCi(s.queue, 2),
    formatCi(s.rejected, 1),
    formatCi(s.waitingAtHorizon, 1),
  ]);
  const util = table(
    ["Rule set", ...areaNames.map((n) => `${n} util %`), "Port util %", "Ships waiting", "Rejected", "At anchor at end"],
    utilRows,
    1,
  );
  return [head, "", "Waiting for a berth, by trade class", waits, "", "Berth utilisation and queue", util, ""].join("\n");
};

const scale = (ci: ConfidenceInterval, k: number): ConfidenceInterval => ({
  mean: ci.mean * k,
  halfWidth: ci.halfWidth * k,
  lower: ci.lower * k,
  upper: ci.upper * k,
  n: ci.n,
});
