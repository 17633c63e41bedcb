import { type ConfidenceInterval, TRADE_CLASS_IDS } from "@berthsim/core";
import type { MonteCarloSummary, Scenario } from "@berthsim/scenario";
import { classLabel, formatCi, formatDiff, table } from "./kpiTable.ts";

type Kpis = Readonly<Record<string, ConfidenceInterval>>;

/** The groups shown: every unit, each class with units, each area with units ("" / ".<class>" / ".area.<id>"). */
const groups = (scenario: Scenario, s: MonteCarloSummary): { label: string; suffix: string }[] => {
  const has = (suffix: string): boolean =>
    s.ruleSets.some((r) => (r.kpis[`clearance.import.units${suffix}`]?.mean ?? 0) + (r.kpis[`clearance.export.units${suffix}`]?.mean ?? 0) > 0);
  return [
    { label: "All units", suffix: "" },
    ...TRADE_CLASS_IDS.filter((c) => has(`.${c}`)).map((c) => ({ label: classLabel(c), suffix: `.${c}` })),
    ...scenario.port.areas.filter((a) => has(`.area.${a.id}`)).map((a) => ({ label: `${a.nameZh} ${a.name}`, suffix: `.area.${a.id}` })),
  ];
};

const heading = (scenario: Scenario): string => {
  const c = scenario.clearance!;
  return (
    `Customs clearance per cargo unit: imports from the ship's arrival to release (target ${c.importTargetHours} h), ` +
    `exports from declaration to release (target ${c.exportTargetHours} h); docs/clearance.md`
  );
};

/** The clearance table of `berthsim run`: per rule set, overall, per class and per area; "" without a stage. */
export const renderClearance = (scenario: Scenario, s: MonteCarloSummary): string => {
  const c = scenario.clearance;
  if (c === undefined || !s.keys.includes("clearance.import.mean")) return "";
  const shown = groups(scenario, s);
  const row = (name: string, k: Kpis, g: { label: string; suffix: string }, i: number): string[] => [
    i === 0 ? name : "",
    g.label,
    formatCi(k[`clearance.import.mean${g.suffix}`], 1),
    formatCi(k[`clearance.import.p90${g.suffix}`], 1),
    formatCi(k[`clearance.import.withinTarget${g.suffix}`], 1, 100),
    formatCi(k[`clearance.export.mean${g.suffix}`], 1),
    formatCi(k[`clearance.export.p90${g.suffix}`], 1),
    formatCi(k[`clearance.export.withinTarget${g.suffix}`], 1, 100),
  ];
  const rows = s.ruleSets.flatMap((r) => shown.map((g, i) => row(r.name, r.kpis, g, i)));
  const header = [
    "Rule set",
    "Cargo units",
    "Import mean (h)",
    "Import P90 (h)",
    `Import ≤ ${c.importTargetHours} h %`,
    "Export mean (h)",
    "Export P90 (h)",
    `Export ≤ ${c.exportTargetHours} h %`,
  ];
  return ["", heading(scenario), table(header, rows, 2), ""].join("\n");
};

/** The paired differences of clearance against the baseline rule set (`berthsim compare`); "" without a stage. */
export const renderClearanceDifferences = (scenario: Scenario, s: MonteCarloSummary): string => {
  const c = scenario.clearance;
  if (c === undefined || s.differences.length === 0 || !s.keys.includes("clearance.import.mean")) return "";
  const nameOf = (id: string): string => s.ruleSets.find((r) => r.id === id)?.name ?? id;
  const shown = groups(scenario, s);
  const rows = s.differences.flatMap((d) =>
    shown.map((g, i) => [
      i === 0 ? nameOf(d.ruleSet) : "",
      g.label,
      formatDiff(d.kpis[`clearance.import.mean${g.suffix}`], 1),
      formatDiff(d.kpis[`clearance.import.withinTarget${g.suffix}`], 1, 100),
      formatDiff(d.kpis[`clearance.export.mean${g.suffix}`], 1),
      formatDiff(d.kpis[`clearance.export.withinTarget${g.suffix}`], 1, 100),
    ]),
  );
  const header = [
    "Rule set",
    "Cargo units",
    "Δ import mean (h)",
    `Δ import ≤ ${c.importTargetHours} h (pp)`,
    "Δ export mean (h)",
    `Δ export ≤ ${c.exportTargetHours} h (pp)`,
  ];
  return [`Clearance, paired differences against ${nameOf(s.differences[0]!.baseline)}`, table(header, rows, 2), ""].join("\n");
};
