import {
  type ClearanceKpis,
  clearanceKeys,
  type ClearanceParams,
  clearanceVector,
  clearCargoKpis,
  kpiKeys,
  MonteCarloAccumulator,
  type MonteCarloEstimates,
  replicationSeed,
  type SimulationResult,
  simulate,
} from "@berthsim/core";
import { replicationCalls } from "./replicate.ts";
import type { Scenario } from "./Scenario.ts";

/**
 * The clearance KPIs of one run of replication `k`: the served calls of `result` through `clearance` (the
 * scenario's by default), drawing from the replication's seed, so that every rule set and every lever setting of
 * a replication sees the same units with the same draws. Reads the run's outcome columns when it has them
 * (`columns: true`), else its call records (then `records` must not be false).
 */
export const replicationClearance = (
  scenario: Scenario,
  k: number,
  result: SimulationResult,
  clearance: ClearanceParams | undefined = scenario.clearance,
): ClearanceKpis | undefined => {
  if (clearance === undefined) return undefined;
  const calls = result.columns ?? result.calls;
  const input = { calls, params: clearance, seed: replicationSeed(scenario.seed, k), warmup: scenario.warmup };
  return clearCargoKpis(input, scenario.port.areas.map((a) => a.id));
};

/** The Monte Carlo keys of a scenario: the berth KPIs (`kpiKeys`), then the clearance KPIs when it has the stage. */
export const monteCarloKeys = (scenario: Scenario): string[] =>
  scenario.clearance === undefined ? kpiKeys(scenario.port) : [...kpiKeys(scenario.port), ...clearanceKeys(scenario.port)];

/** Writes replication k's clearance KPIs of `result` into `out` at `offset`; nothing without a clearance stage. */
export const writeClearanceVector = (scenario: Scenario, k: number, result: SimulationResult, out: Float64Array, offset: number): void => {
  const kpis = replicationClearance(scenario, k, result);
  if (kpis !== undefined) clearanceVector(scenario.port, kpis, out, offset);
};

/** One setting of the clearance stage to compare (a lever on, say). */
export interface ClearanceVariant {
  readonly id: string;
  readonly name: string;
  readonly clearance: ClearanceParams;
}

export interface ClearanceComparison extends MonteCarloEstimates {
  readonly scenario: { readonly id: string; readonly seed: number; readonly ruleSet: string };
}

/**
 * Clearance settings side by side: in each replication the port is simulated once (under the scenario's rule set
 * `ruleSet`, default the first), and every variant clears the same served calls with the same draws, so the
 * paired differences against the first variant are the variant's doing. KPIs under `clearanceKeys(port)`, 95 %
 * intervals across `replications` (default the scenario's).
 */
export const compareClearance = (
  scenario: Scenario,
  variants: readonly ClearanceVariant[],
  options: { readonly replications?: number; readonly ruleSet?: number; readonly onProgress?: (done: number, total: number) => void } = {},
): ClearanceComparison => {
  const rules = scenario.rules[options.ruleSet ?? 0];
  if (rules === undefined) throw new Error(`compareClearance: no rule set ${options.ruleSet}`);
  const keys = clearanceKeys(scenario.port);
  const accumulator = new MonteCarloAccumulator({ keys, ruleSets: variants.map(({ id, name }) => ({ id, name })) });
  const n = options.replications ?? scenario.replications;
  const vector = new Float64Array(variants.length * keys.length);
  for (let k = 0; k < n; k++) {
    const { port, horizon, warmup } = scenario;
    const result = simulate({ port, calls: replicationCalls(scenario, k), rules, horizon, warmup });
    variants.forEach((v, i) => clearanceVector(port, replicationClearance(scenario, k, result, v.clearance)!, vector, i * keys.length));
    accumulator.add(vector);
    options.onProgress?.(k + 1, n);
  }
  return { scenario: { id: scenario.id, seed: scenario.seed, ruleSet: rules.id }, ...accumulator.estimates() };
};
