export {
  type BerthPlanner,
  CLASS_WEIGHT_RATIO,
  classWeight,
  DEFAULT_LOOKAHEAD_HOURS,
  type PlannedBerthing,
  type PlanningBerth,
  type PlanningShip,
  type PlanningSnapshot,
} from "./BerthPlanner.ts";
export {
  checkSchedule,
  RULE_FAMILY,
  type RuleFamily,
  type ScheduleCheckInput,
  type ScheduledCall,
  type Violation,
  type ViolationRule,
} from "./check/checkSchedule.ts";
export {
  type ClearanceDirection,
  type ClearanceFlow,
  type ClearanceInput,
  type ClearanceKpis,
  clearanceKeys,
  clearanceKpis,
  type ClearanceLevers,
  type ClearanceParams,
  type ClearanceStats,
  clearanceStats,
  type ClearanceTargets,
  type ClearanceUnit,
  clearanceVector,
  clearCargo,
  clearCargoKpis,
  type DirectionKpis,
  flowOf,
  type Inspection,
  NO_LEVERS,
  WorkCalendar,
  type WorkWindow,
} from "./clearance/index.ts";
export { eligibleBerths, fits, holds, rejectionReason } from "./compatibility.ts";
export { type Distribution, meanOf, sample, scvOf } from "./Distribution.ts";
export { EventQueue } from "./EventQueue.ts";
export {
  type AheadReason,
  type ExplainInput,
  explainWait,
  type ShipRef,
  type WaitExplanation,
} from "./explain/explainWait.ts";
export { aheadReasonText, renderExplanation } from "./explain/renderExplanation.ts";
export { type BerthUtilisation, computeKpis, type Kpis, waitStats, type WaitStats } from "./kpis.ts";
export {
  type AccumulatorOptions,
  type Batch,
  type BatchWorker,
  channelWorker,
  defaultBatchSize,
  type FromWorker,
  kpiKeys,
  kpiVector,
  Moments,
  MonteCarloAccumulator,
  type MonteCarloEstimates,
  MonteCarloRun,
  type PairedDifferences,
  parseStopRule,
  type PoolOptions,
  type RuleSetEstimates,
  type RunOutcome,
  type RunPlan,
  runPool,
  type StopRule,
  type ToWorker,
  type WorkerChannel,
  workerHandler,
} from "./montecarlo/index.ts";
export {
  type Anchorage,
  type AnchorageKind,
  type Area,
  type Berth,
  CARGO_KINDS,
  type CargoKind,
  type Closure,
  type Port,
} from "./Port.ts";
export { deepStretches, depthProfile, type Quay, quayExtent, quayHolds, type QuaySegment } from "./Quay.ts";
export {
  classRank,
  compareShips,
  type OrderReason,
  orderReason,
  type QueuedShip,
  shipOrder,
  type ShipOrder,
} from "./priority.ts";
export { cobhamMG1, erlangC, mg1Wait, mmcPriorityWaits, mmcWait, type PriorityClassLoad } from "./queueing.ts";
export { createRandom, type Random, replicationSeed } from "./Random.ts";
export {
  BUILT_IN_RULE_SETS,
  DEFAULT_CAP_HOURS,
  FOREIGN_TRADE_PRIORITY_ORDER,
  RULE_SETS,
  type RuleSet,
  SELECTABLE_RULE_SETS,
} from "./RuleSet.ts";
export { serviceHours } from "./serviceTime.ts";
export { type PreparedCalls, prepareCalls } from "./PreparedCalls.ts";
export { simulate } from "./simulate.ts";
export type { SimulationInput } from "./SimulationInput.ts";
export {
  type AnchorageSeries,
  type CallRecord,
  type CallStatus,
  type LogEntry,
  type LogEvent,
  type OutcomeColumns,
  REJECTED,
  SERVED,
  type SimulationResult,
  WAITING,
} from "./SimulationResult.ts";
export { confidenceInterval95, type ConfidenceInterval, mean, quantileSorted, tQuantile975, variance } from "./stats.ts";
export { M2_PERIOD_HOURS, needsTide, nextWindow, type Tide } from "./tide.ts";
export { dayOfWeek, HOURS_PER_DAY, HOURS_PER_WEEK, HOURS_PER_YEAR } from "./time.ts";
export { isForeignTrade, TRADE_CLASS_IDS, TRADE_CLASSES, type TradeClass, type TradeClassInfo, tradeClassInfo } from "./TradeClass.ts";
export {
  generateStream,
  generateTraffic,
  type LinerService,
  type PoissonStream,
  type TrafficStream,
  type VesselSpec,
} from "./traffic.ts";
export type { VesselCall } from "./VesselCall.ts";
