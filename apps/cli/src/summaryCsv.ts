import type { ConfidenceInterval } from "@berthsim/core";
import type { MonteCarloSummary } from "@berthsim/scenario";

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const number = (x: number): string => (Number.isFinite(x) ? String(x) : "");

/**
 * The summary as one CSV table, one row per rule set (or paired difference) and KPI: `rule_set`, `compared_with`
 * (the baseline of a paired difference, empty for a rule set's own figures), `kpi`, `mean`, `half_width`,
 * `lower`, `upper` (95 % interval) and `n` (replications with the figure). Empty cells: not estimable.
 */
export const summaryToCsv = (s: MonteCarloSummary): string => {
  const lines = ["rule_set,compared_with,kpi,mean,half_width,lower,upper,n"];
  const rows = (ruleSet: string, baseline: string, kpis: Readonly<Record<string, ConfidenceInterval>>): void => {
    for (const key of s.keys) {
      const ci = kpis[key]!;
      lines.push(
        [field(ruleSet), field(baseline), field(key), number(ci.mean), number(ci.halfWidth), number(ci.lower), number(ci.upper), String(ci.n)].join(","),
      );
    }
  };
  for (const r of s.ruleSets) rows(r.id, "", r.kpis);
  for (const d of s.differences) rows(d.ruleSet, d.baseline, d.kpis);
  return `${lines.join("\r\n")}\r\n`;
};
