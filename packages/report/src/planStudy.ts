import {
  type BatchWorker,
  type FromWorker,
  MonteCarloAccumulator,
  type MonteCarloEstimates,
  MonteCarloRun,
  type PoolOptions,
  runPool,
  type ToWorker,
  workerHandler,
} from "@berthsim/core";
import type { Scenario } from "@berthsim/scenario";
// Only the Monte Carlo module, not the package index: workers load this file, and the index would also load the
// scenario-file decoder (Effect Schema), which a worker never uses.
import { monteCarloKeys, replicationVectors } from "@berthsim/scenario/monteCarlo";

/** One arm of a study: a scenario with exactly one rule set, labelled by the measure it expresses. */
export interface StudyArm {
  readonly id: string;
  readonly name: string;
  readonly scenario: Scenario;
}

/**
 * Several scenarios compared on the same ships: arm 0 is the baseline. `keys` is the union of the arms' KPI keys
 * (`monteCarloKeys` of each arm: its port's KPIs, then its clearance KPIs; first appearance first), so that arms whose ports differ (a berth moved or added) are
 * accumulated key by key; a key an arm's port lacks is NaN for it and skipped by the accumulator.
 */
export interface PlanStudy {
  readonly arms: readonly StudyArm[];
  readonly keys: readonly string[];
}

/** The study of `arms` (baseline first). Every arm must have exactly one rule set and the baseline's seed. */
export const planStudy = (arms: readonly StudyArm[]): PlanStudy => {
  if (arms.length === 0) throw new Error("planStudy: no arm");
  const seed = arms[0]!.scenario.seed;
  for (const arm of arms) {
    if (arm.scenario.rules.length !== 1)
      throw new Error(`planStudy: arm "${arm.id}" has ${arm.scenario.rules.length} rule sets, expected 1`);
    if (arm.scenario.seed !== seed)
      throw new Error(`planStudy: arm "${arm.id}" has seed ${arm.scenario.seed}, the baseline ${seed}: not the same ships`);
  }
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const arm of arms)
    for (const key of monteCarloKeys(arm.scenario))
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
  return { arms, keys };
};

/**
 * The KPI vectors of replications [from, to) of every arm: per replication, arm after arm, each in the order of
 * `study.keys` — `(to − from) × arms × keys` numbers, the layout `MonteCarloAccumulator` reads with the arms as
 * its "rule sets". Replication k of every arm uses the k-th replication seed, hence the same ships (common random
 * numbers). A pure function of (study, from, to): the whole of a worker's job.
 */
export const studyVectors = (study: PlanStudy, from: number, to: number): Float64Array => {
  const stride = study.keys.length;
  const arms = study.arms.length;
  const out = new Float64Array((to - from) * arms * stride).fill(NaN);
  study.arms.forEach((arm, a) => {
    const own = monteCarloKeys(arm.scenario);
    const where = own.map((key) => study.keys.indexOf(key));
    const values = replicationVectors(arm.scenario, from, to);
    for (let k = 0; k < to - from; k++) {
      const base = (k * arms + a) * stride;
      for (let i = 0; i < own.length; i++) out[base + where[i]!] = values[k * own.length + i]!;
    }
  });
  return out;
};

/** The message handler of a study worker thread (Node or browser). */
export const studyWorkerHandler = (): ((message: ToWorker<PlanStudy>) => FromWorker | undefined) => workerHandler(studyVectors);

/** A Monte Carlo run of the study, arms as rule sets and arm 0 as the baseline of paired differences. */
export const planStudyRun = (study: PlanStudy, replications: number, batchSize?: number): MonteCarloRun =>
  new MonteCarloRun(
    new MonteCarloAccumulator({ keys: study.keys, ruleSets: study.arms.map((a) => ({ id: a.id, name: a.name })), baseline: 0 }),
    { replications, ...(batchSize === undefined ? {} : { batchSize }) },
  );

/** Runs the study in this thread; the estimates are bit-identical to a run on any number of workers. */
export const runStudy = (
  study: PlanStudy,
  replications: number,
  onProgress?: (folded: number, planned: number) => void,
): MonteCarloEstimates => {
  const run = planStudyRun(study, replications);
  for (let b = run.next(); b !== undefined; b = run.next()) {
    run.accept(b.from, studyVectors(study, b.from, b.to));
    onProgress?.(run.folded, run.replications);
  }
  return run.accumulator.estimates();
};

/**
 * Runs the study on `workers` (each a `channelWorker` over `studyWorkerHandler`, or an in-process function).
 * Batches are folded in replication order, so the estimates do not depend on the number of workers.
 */
export const runStudyWith = async (
  study: PlanStudy,
  replications: number,
  workers: readonly BatchWorker[],
  options: PoolOptions & { readonly batchSize?: number } = {},
): Promise<MonteCarloEstimates> => {
  const run = planStudyRun(study, replications, options.batchSize);
  await runPool(run, workers, options);
  if (run.outcome === undefined) throw new Error(`plan study aborted after ${run.folded} replications`);
  return run.accumulator.estimates();
};
