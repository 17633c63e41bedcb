export { BUILT_IN_SCENARIOS, findScenario } from "./builtInScenarios.ts";
export {
  type ClearanceComparison,
  type ClearanceVariant,
  compareClearance,
  monteCarloKeys,
  replicationClearance,
} from "./clearanceMonteCarlo.ts";
export { type CallListCsvOptions, type CallListCsvResult, parseCallListCsv } from "./callListCsv.ts";
export { decodeScenario, type DecodeScenarioResult, parseScenarioJson } from "./decodeScenario.ts";
export { encodeScenario } from "./encodeScenario.ts";
export { jiaxingDefault } from "./jiaxing.ts";
export { JIAXING_CLEARANCE } from "./jiaxingClearance.ts";
export { jiaxingCongested } from "./jiaxingCongested.ts";
export { DG_ANCHORAGE_CAPACITY, jiaxingPort } from "./jiaxingPort.ts";
export { type KpiRun, kpisToCsv } from "./kpisToCsv.ts";
export {
  type MonteCarloOptions,
  type MonteCarloSummary,
  monteCarloWorkerHandler,
  planMonteCarlo,
  replicationVectors,
  runMonteCarlo,
  runMonteCarloWith,
  summarizeMonteCarlo,
} from "./monteCarlo.ts";
export { type MeasureScenario, measureScenario, PLAN_BASELINE, PLAN_MEASURES, type PlanMeasure } from "./planMeasures.ts";
export { plannerFor, replicationCalls, runReplication } from "./replicate.ts";
export type { Scenario } from "./Scenario.ts";
export { ScenarioFile, type ScenarioFileData } from "./ScenarioFile.ts";
export { scenarioJsonSchema } from "./scenarioJsonSchema.ts";
export { scheduleToCsv } from "./scheduleToCsv.ts";
export { applyWhatIfs } from "./whatIfs/applyWhatIfs.ts";
export { formatWhatIfSpec, parseWhatIfSpec, WHAT_IFS } from "./whatIfs/WHAT_IFS.ts";
export type { AnyWhatIf, WhatIf, WhatIfParam, WhatIfResult, WhatIfSpec } from "./whatIfs/WhatIf.ts";
