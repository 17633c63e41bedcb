/**
 * What does optimisation buy per class? FCFS, foreign-trade priority and the optimised rule set (rolling horizon,
 * `rollingPlanner`) on jiaxing-default and jiaxing-congested: for each class the mean wait and the mean time in
 * port (wait + berthing + service) with 95 % confidence intervals over replications, the paired difference of
 * each rule set against FCFS (same ships in a replication: common random numbers), and the time a year takes.
 * Prints a Markdown report; docs/optimizer.md ("What does optimisation buy per class") records it.
 *
 *   npx tsx packages/scenario/bench/rolling.bench.ts [--replications 20] [--iterations 0] [--lookahead 48] [--scope port]
 *
 * `--scope area` compares the per-area rule sets (fcfs-area, priority-area, optimised with a queue per area).
 *
 * One thread, replications in order; CPU time (process user + system) is reported beside wall time because the
 * machine may be shared.
 */
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import {
  type BerthPlanner,
  confidenceInterval95,
  type Kpis,
  RULE_SETS,
  type RuleSet,
  simulate,
  TRADE_CLASS_IDS,
  type TradeClass,
} from "@berthsim/core";
import { rollingPlanner } from "@berthsim/optimize";
import { jiaxingCongested, jiaxingDefault, replicationCalls, type Scenario } from "../src/index.ts";

const { values } = parseArgs({
  options: {
    replications: { type: "string", default: "20" },
    iterations: { type: "string", default: "0" },
    lookahead: { type: "string", default: "48" },
    scope: { type: "string", default: "port" },
  },
});
const replications = Number(values.replications);
const iterations = Number(values.iterations);
const lookahead = Number(values.lookahead);
const perArea = values.scope === "area";
const optimised: RuleSet = {
  ...RULE_SETS.optimised,
  ...(perArea ? { id: "optimised-area", queueScope: "area" as const } : {}),
  name: `Optimised (rolling horizon, ${lookahead} h look-ahead${perArea ? ", queue per area" : ""})`,
  lookaheadHours: lookahead,
};
const RULES: readonly RuleSet[] = perArea
  ? [RULE_SETS.fcfsArea, RULE_SETS.priorityArea, optimised]
  : [RULE_SETS.fcfs, RULE_SETS.priority, optimised];
const solver = rollingPlanner({ maxIterations: iterations });
// Counts re-plans and the ships of the groups solved (the lines of each plan).
let plans = 0;
let planned = 0;
const planner: BerthPlanner = {
  plan: (snapshot) => {
    const lines = solver.plan(snapshot);
    plans++;
    planned += lines.length;
    return lines;
  },
};

type Metric = "meanWait" | "meanTurnaround";
const METRICS: readonly [Metric, string][] = [
  ["meanWait", "mean wait, h"],
  ["meanTurnaround", "mean time in port, h"],
];
const GROUPS: readonly (TradeClass | "overall")[] = ["overall", ...TRADE_CLASS_IDS];

const valueOf = (k: Kpis, group: TradeClass | "overall", metric: Metric): number =>
  group === "overall" ? k.overall[metric] : (k.byClass[group]?.[metric] ?? NaN);

const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : "—");
const ci = (xs: readonly number[]): string => {
  const c = confidenceInterval95(xs);
  return `${fmt(c.mean)} ± ${fmt(c.halfWidth)}`;
};

const study = (scenario: Scenario): string => {
  // kpis[r][k]: rule set r, replication k.
  const kpis: Kpis[][] = RULES.map(() => []);
  const cpu: number[][] = RULES.map(() => []);
  const wall: number[][] = RULES.map(() => []);
  plans = 0;
  planned = 0;
  for (let k = 0; k < replications; k++) {
    const calls = replicationCalls(scenario, k);
    RULES.forEach((rules, r) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const result = simulate({
        port: scenario.port,
        calls,
        rules,
        horizon: scenario.horizon,
        warmup: scenario.warmup,
        records: false,
        ...(rules.kind === "optimised" ? { planner } : {}),
      });
      wall[r]!.push((performance.now() - t0) / 1000);
      const c = process.cpuUsage(c0);
      cpu[r]!.push((c.user + c.system) / 1e6);
      kpis[r]!.push(result.kpis);
    });
    process.stderr.write(`${scenario.id}: ${k + 1}/${replications}\r`);
  }
  process.stderr.write("\n");
  const lines: string[] = [`### ${scenario.id} (${replications} replications, ${kpis[0]![0]!.arrived} calls in replication 0)`, ""];
  for (const [metric, label] of METRICS) {
    lines.push(`${label}: mean ± 95 % half-width; Δ = paired difference with ${RULES[0]!.id} (negative: shorter than under it)`, "");
    lines.push(`| class | ${RULES.map((r) => r.id).join(" | ")} | Δ priority | Δ optimised |`);
    lines.push(`| --- | ${RULES.map(() => "---:").join(" | ")} | ---: | ---: |`);
    for (const g of GROUPS) {
      const series = RULES.map((_, r) => kpis[r]!.map((x) => valueOf(x, g, metric)));
      if (series[0]!.every((x) => Number.isNaN(x))) continue;
      const diff = (r: number) => ci(series[r]!.map((x, k) => x - series[0]![k]!));
      lines.push(`| ${g} | ${series.map(ci).join(" | ")} | ${diff(1)} | ${diff(2)} |`);
    }
    lines.push("");
  }
  const areas = Object.keys(kpis[0]![0]!.areas);
  const util = (r: number) => areas.map((a) => `${a} ${fmt(100 * confidenceInterval95(kpis[r]!.map((x) => x.areas[a]!)).mean, 0)} %`);
  lines.push(`Berth utilisation by area: ${RULES.map((r, i) => `${r.id} ${util(i).join(", ")}`).join("; ")}.`, "");
  const served = RULES.map((_, r) => ci(kpis[r]!.map((x) => x.served)));
  lines.push(`Ships served per year: ${RULES.map((r, i) => `${r.id} ${served[i]}`).join("; ")}.`, "");
  const time = RULES.map((r, i) => `${r.id} ${fmt(confidenceInterval95(cpu[i]!).mean, 2)} s CPU (${fmt(confidenceInterval95(wall[i]!).mean, 2)} s wall)`);
  lines.push(`Time per simulated year (mean over replications): ${time.join("; ")}.`, "");
  lines.push(
    `Optimised: ${fmt(plans / replications, 0)} re-plans per year, ${fmt(planned / Math.max(1, plans), 1)} ships per ` +
      "re-plan in the groups solved.",
    "",
  );
  return lines.join("\n");
};

const header =
  `Command: \`npx tsx packages/scenario/bench/rolling.bench.ts --replications ${replications} --iterations ${iterations} ` +
  `--lookahead ${values.lookahead} --scope ${values.scope}\`. Rule sets: ${RULES.map((r) => `${r.id} (${r.name})`).join(", ")}; ` +
  `rolling planner: ${iterations} large-neighbourhood iterations per re-plan, seed 1. ` +
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average at start ` +
  `${loadavg().map((x) => x.toFixed(1)).join(" / ")}.`;
console.log([header, "", study(jiaxingDefault), study(jiaxingCongested)].join("\n"));
