import type { ConfidenceInterval, MonteCarloEstimates, SimulationResult } from "@berthsim/core";
import { scheduleToCsv } from "@berthsim/scenario";
import { csvFormat } from "d3";
import { csvParse } from "../shims/d3-dsv.ts";

/**
 * The schedules of one replication under every rule set as one CSV: the scenario package's `scheduleToCsv`
 * columns, after a first column `rule_set`.
 */
export const schedulesToCsv = (results: readonly SimulationResult[]): string => {
  let columns: string[] = [];
  const rows = results.flatMap((r) => {
    const parsed = csvParse(scheduleToCsv(r.calls));
    columns = [...parsed.columns];
    return parsed.map((row): Record<string, string> => ({ rule_set: r.rules.id, ...row }));
  });
  return `${csvFormat(rows, ["rule_set", ...columns])}\n`;
};

const number = (x: number): string => (Number.isFinite(x) ? String(x) : "");

/**
 * The KPI table as CSV: one row per rule set (`estimate`) or rule set against the baseline
 * (`paired_difference`) and KPI key, with the replications, mean and 95 % interval. Empty: not defined
 * (fewer than two replications, or no ship of the class).
 */
export const estimatesToCsv = (estimates: MonteCarloEstimates): string => {
  const row = (kind: string, ruleSet: string, baseline: string, kpi: string, ci: ConfidenceInterval | undefined) => ({
    kind,
    rule_set: ruleSet,
    baseline,
    kpi,
    replications: String(ci?.n ?? estimates.replications),
    mean: number(ci?.mean ?? NaN),
    lower: number(ci?.lower ?? NaN),
    upper: number(ci?.upper ?? NaN),
    half_width: number(ci?.halfWidth ?? NaN),
  });
  const baseline = estimates.differences[0]?.baseline ?? estimates.ruleSets[0]?.id ?? "";
  const rows = [
    ...estimates.ruleSets.flatMap((r) => estimates.keys.map((k) => row("estimate", r.id, "", k, r.kpis[k]))),
    ...estimates.differences.flatMap((d) => estimates.keys.map((k) => row("paired_difference", d.ruleSet, d.baseline || baseline, k, d.kpis[k]))),
  ];
  return `${csvFormat(rows, ["kind", "rule_set", "baseline", "kpi", "replications", "mean", "lower", "upper", "half_width"])}\n`;
};
