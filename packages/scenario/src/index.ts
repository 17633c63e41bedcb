export { BUILT_IN_SCENARIOS, findScenario } from "./builtInScenarios.ts";
export { jiaxingDefault } from "./jiaxing.ts";
export { jiaxingCongested } from "./jiaxingCongested.ts";
export { jiaxingPort } from "./jiaxingPort.ts";
export { replicationCalls, runReplication } from "./replicate.ts";
export type { Scenario } from "./Scenario.ts";
