/**
 * Where one Monte Carlo replication's time goes, phase by phase, in this thread: the same work as a worker's
 * `replicationVectors` for `jiaxing-default` under 3 rule sets (FCFS, priority, priority with cap), timed piece by
 * piece — generating the calls, preparing them (once for the three rule sets), each rule set's `simulate`
 * (outcome columns, as Monte Carlo runs it), its KPI vector, and its clearance stage (the first rule set's also
 * makes the replication's clearance draws, which the others reuse). Run with
 * `npx tsx packages/scenario/bench/replicationPhases.bench.ts [replications]`; docs/benchmarks.md records the
 * figures. Times are this thread's only: V8's helper threads (garbage collection, compilation) are not in them
 * (threadCpu.bench.ts measures those).
 */
import {
  clearanceVector,
  kpiKeys,
  kpiVector,
  prepareCalls,
  RULE_SETS,
  simulate,
} from "@berthsim/core";
import { jiaxingDefault, monteCarloKeys, replicationCalls, replicationClearance, type Scenario } from "../src/index.ts";

const REPLICATIONS = Number(process.argv[2] ?? 300);
const WARMUP = 30;
const SCENARIO: Scenario = { ...jiaxingDefault, rules: [RULE_SETS.fcfs, RULE_SETS.priority, RULE_SETS.priorityCapped] };

const PHASES = ["generate calls", "prepare calls", "simulate", "KPI vector", "clearance"] as const;
type Phase = (typeof PHASES)[number];

const main = (): void => {
  const { port, horizon, warmup, rules } = SCENARIO;
  const stride = monteCarloKeys(SCENARIO).length;
  const berthKeys = kpiKeys(port).length;
  const out = new Float64Array(rules.length * stride);
  // One preparation serves the three rule sets because they share a queue scope (as in `runReplication`).
  const scope = rules[0]!.queueScope;
  if (rules.some((r) => r.queueScope !== scope)) throw new Error("the rule sets timed here must share a queue scope");
  // ms per phase and rule set (generation and preparation under rule set 0: they are shared).
  const ms = new Map<Phase, number[]>(PHASES.map((p) => [p, rules.map(() => 0)]));
  let calls = 0;
  for (let k = 0; k < WARMUP + REPLICATIONS; k++) {
    const timed = k >= WARMUP;
    let t = performance.now();
    const lap = (phase: Phase, r: number): void => {
      const now = performance.now();
      if (timed) ms.get(phase)![r]! += now - t;
      t = now;
    };
    const replication = replicationCalls(SCENARIO, k);
    lap("generate calls", 0);
    const prepared = prepareCalls(port, replication, scope);
    lap("prepare calls", 0);
    if (timed) calls += replication.length;
    rules.forEach((ruleSet, r) => {
      const result = simulate({ port, calls: replication, prepared, rules: ruleSet, horizon, warmup, log: false, records: false, columns: true });
      lap("simulate", r);
      kpiVector(port, result.kpis, out, r * stride);
      lap("KPI vector", r);
      const clearance = replicationClearance(SCENARIO, k, result);
      if (clearance !== undefined) clearanceVector(port, clearance, out, r * stride + berthKeys);
      lap("clearance", r);
    });
  }
  const per = (x: number): number => x / REPLICATIONS;
  const total = [...ms.values()].flat().reduce((a, b) => a + b, 0);
  console.log(`${SCENARIO.id}, ${rules.map((r) => r.id).join(", ")}: ${REPLICATIONS} replications after ${WARMUP} untimed, ${Math.round(calls / REPLICATIONS)} calls each`);
  console.log(`ms per replication, this thread (per rule set where it differs):`);
  for (const phase of PHASES) {
    const xs = ms.get(phase)!;
    const sum = xs.reduce((a, b) => a + b, 0);
    const split = phase === "generate calls" || phase === "prepare calls" ? "" : `  (${xs.map((x) => per(x).toFixed(2)).join(" + ")})`;
    console.log(`  ${phase.padEnd(15)} ${per(sum).toFixed(2).padStart(6)} ms  ${((100 * sum) / total).toFixed(1).padStart(5)} %${split}`);
  }
  console.log(`  ${"total".padEnd(15)} ${per(total).toFixed(2).padStart(6)} ms`);
};

main();
