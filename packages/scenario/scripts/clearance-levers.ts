/**
 * The action plan's clearance levers on the default Jiaxing scenario, side by side: the baseline (every lever
 * off), each lever alone, and all of them, over the scenario's 20 replications under foreign-trade priority
 * berthing. Every variant clears the same served calls with the same draws, so the differences are paired.
 * Prints the Markdown table of docs/clearance.md:
 *
 *   npx tsx packages/scenario/scripts/clearance-levers.ts
 */
import type { ConfidenceInterval } from "@berthsim/core";
import { applyWhatIfs, compareClearance, jiaxingDefault, parseWhatIfSpec, type Scenario } from "../src/index.ts";

const scenario = jiaxingDefault;

const variant = (id: string, name: string, edits: readonly string[]) => {
  const specs = edits.map((text) => {
    const p = parseWhatIfSpec(text);
    if (!p.ok) throw new Error(p.errors.join("\n"));
    return p.spec;
  });
  const r = applyWhatIfs(scenario, specs);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return { id, name, clearance: (r.scenario as Scenario).clearance! };
};

const LEVERS = ["advance-declaration", "tally-during-discharge", "same-day-processing", "weekend-inspection", "non-intrusive-inspection"];
const variants = [
  variant("baseline", "Baseline (every lever off)", []),
  ...LEVERS.map((id) => variant(id, `\`${id}\``, [id])),
  variant("all", "All five", LEVERS),
];

const ruleSet = scenario.rules.findIndex((r) => r.id === "priority");
const started = Date.now();
const c = compareClearance(scenario, variants, { ruleSet, onProgress: (k, n) => process.stderr.write(`\rreplication ${k}/${n}`) });
process.stderr.write(`\rdone in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

const f = (x: number, digits: number, scale: number): string => (x * scale).toFixed(digits).replace(/^-/, "−");
const ci = (v: ConfidenceInterval | undefined, digits = 1, scale = 1): string =>
  v === undefined || Number.isNaN(v.mean) ? "–" : `${f(v.mean, digits, scale)} ± ${f(v.halfWidth, digits, 1 * scale)}`;
const diff = (v: ConfidenceInterval | undefined, digits = 1, scale = 1): string =>
  v === undefined || Number.isNaN(v.mean)
    ? "–"
    : v.halfWidth === 0 && v.mean === 0
      ? "0"
      : `${f(v.mean, digits, scale)} [${f(v.lower, digits, scale)}, ${f(v.upper, digits, scale)}]`;

const head = [
  "Variant",
  "Import mean (h)",
  "Δ import mean (h)",
  "Import P90 (h)",
  "Import ≤ 120 h (%)",
  "Δ (pp)",
  "Export mean (h)",
  "Δ export mean (h)",
  "Export ≤ 10 h (%)",
  "Δ (pp)",
];
console.log(`| ${head.join(" | ")} |`);
console.log(`| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`);
c.ruleSets.forEach((r, i) => {
  const d = i === 0 ? undefined : c.differences[i - 1]!.kpis;
  const k = r.kpis;
  console.log(
    `| ${[
      r.name,
      ci(k["clearance.import.mean"]),
      d === undefined ? "" : diff(d["clearance.import.mean"]),
      ci(k["clearance.import.p90"]),
      ci(k["clearance.import.withinTarget"], 1, 100),
      d === undefined ? "" : diff(d["clearance.import.withinTarget"], 1, 100),
      ci(k["clearance.export.mean"]),
      d === undefined ? "" : diff(d["clearance.export.mean"]),
      ci(k["clearance.export.withinTarget"], 1, 100),
      d === undefined ? "" : diff(d["clearance.export.withinTarget"], 1, 100),
    ].join(" | ")} |`,
  );
});
console.log(
  `\n${c.replications} replications of jiaxing-default (seed ${c.scenario.seed}), rule set ${c.scenario.ruleSet}; ` +
    "means ± 95 % half-widths; Δ: paired difference against the baseline with its 95 % interval.",
);
