export { kpiKeys, kpiVector } from "./kpiVector.ts";
export { Moments } from "./Moments.ts";
export {
  type AccumulatorOptions,
  MonteCarloAccumulator,
  type MonteCarloEstimates,
  type PairedDifferences,
  type RuleSetEstimates,
} from "./MonteCarloAccumulator.ts";
export { type Batch, defaultBatchSize, MonteCarloRun, type RunOutcome, type RunPlan } from "./MonteCarloRun.ts";
export { channelWorker, type FromWorker, type ToWorker, type WorkerChannel, workerHandler } from "./protocol.ts";
export { type BatchWorker, type PoolOptions, runPool } from "./runPool.ts";
export { parseStopRule, type StopRule } from "./stopRule.ts";
