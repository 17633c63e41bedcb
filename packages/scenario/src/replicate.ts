import {
  type BerthPlanner,
  generateTraffic,
  type PreparedCalls,
  prepareCalls,
  replicationSeed,
  type RuleSet,
  type SimulationResult,
  simulate,
  type VesselCall,
} from "@berthsim/core";
import { rollingPlanner } from "@berthsim/optimize";
import type { Scenario } from "./Scenario.ts";

const ROLLING = rollingPlanner();

/** The planner a rule set needs to run: the rolling-horizon optimiser for `optimised`, none for dispatching rules. */
export const plannerFor = (rules: RuleSet): BerthPlanner | undefined => (rules.kind === "optimised" ? ROLLING : undefined);

/**
 * The calls of replication `k` (0-based): the scenario's streams generated from the replication's seed, plus
 * its explicit calls. Every rule set of the replication gets these same calls (common random numbers).
 */
export const replicationCalls = (scenario: Scenario, k: number): VesselCall[] => {
  const generated = generateTraffic(scenario.traffic, scenario.horizon, replicationSeed(scenario.seed, k));
  return scenario.calls === undefined ? generated : [...generated, ...scenario.calls];
};

/** Runs replication `k` of the scenario under each of its rule sets, in the scenario's order. */
export const runReplication = (
  scenario: Scenario,
  k: number,
  options: { log?: boolean; records?: boolean; columns?: boolean } = {},
): SimulationResult[] => {
  const calls = replicationCalls(scenario, k);
  // Rule sets with one queue scope share the preparation of the calls (the same results as preparing each run).
  const prepared = new Map<RuleSet["queueScope"], PreparedCalls>();
  const preparedFor = (scope: RuleSet["queueScope"]): PreparedCalls => {
    let p = prepared.get(scope);
    if (p === undefined) prepared.set(scope, (p = prepareCalls(scenario.port, calls, scope)));
    return p;
  };
  return scenario.rules.map((rules) =>
    simulate({
      port: scenario.port,
      calls,
      prepared: preparedFor(rules.queueScope),
      rules,
      horizon: scenario.horizon,
      warmup: scenario.warmup,
      planner: plannerFor(rules),
      ...(options.log === undefined ? {} : { log: options.log }),
      ...(options.records === undefined ? {} : { records: options.records }),
      ...(options.columns === undefined ? {} : { columns: options.columns }),
    }),
  );
};
