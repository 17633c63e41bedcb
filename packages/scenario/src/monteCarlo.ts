import {
  type BatchWorker,
  type FromWorker,
  kpiKeys,
  kpiVector,
  MonteCarloAccumulator,
  type MonteCarloEstimates,
  MonteCarloRun,
  type PoolOptions,
  runPool,
  type RunOutcome,
  type StopRule,
  type ToWorker,
  workerHandler,
} from "@berthsim/core";
import { monteCarloKeys, writeClearanceVector } from "./clearanceMonteCarlo.ts";

export { monteCarloKeys };
import { runReplication } from "./replicate.ts";
import type { Scenario } from "./Scenario.ts";

/**
 * The KPI vectors of replications [from, to) of the scenario: for each replication, every rule set in the
 * scenario's order, each `kpiVector` of the scenario's port followed, with a clearance stage, by its
 * `clearanceVector` (keys: `monteCarloKeys(scenario)`) — `(to − from) × rules × keys` numbers. This is the
 * whole of a Monte Carlo worker's job; it is a pure function of (scenario, from, to).
 */
export const replicationVectors = (scenario: Scenario, from: number, to: number): Float64Array => {
  const berthKeys = kpiKeys(scenario.port).length;
  const stride = monteCarloKeys(scenario).length;
  const rules = scenario.rules.length;
  const out = new Float64Array((to - from) * rules * stride);
  for (let k = from; k < to; k++) {
    // The clearance stage reads each call's outcome, as columns (no record objects); without it, KPIs only.
    const results = runReplication(scenario, k, { log: false, records: false, columns: scenario.clearance !== undefined });
    for (let r = 0; r < rules; r++) {
      const at = ((k - from) * rules + r) * stride;
      kpiVector(scenario.port, results[r]!.kpis, out, at);
      writeClearanceVector(scenario, k, results[r]!, out, at + berthKeys);
    }
  }
  return out;
};

/** The message handler of a Monte Carlo worker thread (Node or browser) for scenarios. */
export const monteCarloWorkerHandler = (): ((message: ToWorker<Scenario>) => FromWorker | undefined) =>
  workerHandler(replicationVectors);

export interface MonteCarloOptions {
  /** Replications (default: the scenario's); with `until`, the most that will be run. */
  readonly replications?: number;
  /** Stop once this KPI's 95 % half-width is within the target under every rule set (checked per batch). */
  readonly until?: StopRule;
  /** Index in `scenario.rules` of the rule set the others are compared with (default 0). */
  readonly baseline?: number;
  /** Replications per batch; default `defaultBatchSize(replications)`. Never depends on the number of threads. */
  readonly batchSize?: number;
}

/** A Monte Carlo run of the scenario, ready to be driven in-process (`runMonteCarlo`) or by a pool of threads. */
export const planMonteCarlo = (scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloRun => {
  const accumulator = new MonteCarloAccumulator({
    keys: monteCarloKeys(scenario),
    ruleSets: scenario.rules.map((r) => ({ id: r.id, name: r.name })),
    ...(options.baseline === undefined ? {} : { baseline: options.baseline }),
  });
  return new MonteCarloRun(accumulator, {
    replications: options.replications ?? scenario.replications,
    ...(options.until === undefined ? {} : { until: options.until }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  });
};

/** Every KPI of every rule set with 95 % intervals, paired differences, and what was run. */
export interface MonteCarloSummary extends MonteCarloEstimates {
  readonly scenario: {
    readonly id: string;
    readonly name: string;
    readonly seed: number;
    readonly horizon: number;
    readonly warmup: number;
  };
  /** Replications planned (the cap, with a stop rule); `replications` is how many were run. */
  readonly plannedReplications: number;
  readonly until: StopRule | null;
  readonly outcome: RunOutcome;
}

/** The summary of a finished run of `scenario`. */
export const summarizeMonteCarlo = (scenario: Scenario, run: MonteCarloRun): MonteCarloSummary => {
  if (run.outcome === undefined) throw new Error(`summarizeMonteCarlo: the run is not finished (${run.folded} folded)`);
  const { id, name, seed, horizon, warmup } = scenario;
  return {
    scenario: { id, name, seed, horizon, warmup },
    plannedReplications: run.replications,
    until: run.until ?? null,
    outcome: run.outcome,
    ...run.accumulator.estimates(),
  };
};

/**
 * Runs the Monte Carlo study in this thread: replications in order, streamed into the accumulator (memory flat
 * in the number of replications). Replication k uses the k-th replication seed of the scenario's seed and gives
 * every rule set the same ships. The summary is byte-identical (as JSON) to a run on any number of threads.
 */
export const runMonteCarlo = (
  scenario: Scenario,
  options: MonteCarloOptions & { readonly onProgress?: (folded: number, planned: number) => void } = {},
): MonteCarloSummary => {
  const run = planMonteCarlo(scenario, options);
  for (let b = run.next(); b !== undefined; b = run.next()) {
    run.accept(b.from, replicationVectors(scenario, b.from, b.to));
    options.onProgress?.(run.folded, run.replications);
  }
  return summarizeMonteCarlo(scenario, run);
};

/**
 * Runs the Monte Carlo study on `workers` — worker threads in Node, Web Workers in a browser, each a
 * `channelWorker` over `monteCarloWorkerHandler` — and summarises it. Batches are folded in replication order, so
 * the summary is byte-identical (as JSON) to `runMonteCarlo`'s, whatever the number of workers.
 */
export const runMonteCarloWith = async (
  scenario: Scenario,
  workers: readonly BatchWorker[],
  options: MonteCarloOptions & PoolOptions = {},
): Promise<MonteCarloSummary> => {
  const run = planMonteCarlo(scenario, options);
  await runPool(run, workers, options);
  if (run.outcome === undefined) throw new Error(`Monte Carlo run of "${scenario.id}" aborted after ${run.folded} replications`);
  return summarizeMonteCarlo(scenario, run);
};
