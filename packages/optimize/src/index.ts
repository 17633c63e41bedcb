export { fcfsSchedule, prioritySchedule } from "./listSchedule.ts";
export { type LowerBound, lowerBound } from "./lowerBound.ts";
export { type Assignment, type Plan, planObjective } from "./Plan.ts";
export { readCordeau, type ReadCordeauOptions } from "./readCordeau.ts";
export { KRAMER_FORBIDDEN, readKramer } from "./readKramer.ts";
export { DEFAULT_PLAN_ITERATIONS, rollingPlanner, type RollingPlannerOptions } from "./rollingPlanner.ts";
export type { Snapshot, SnapshotBerth, SnapshotShip } from "./Snapshot.ts";
export { type Solution, solve, type SolveOptions } from "./solve.ts";
export { type PlanCheck, validatePlan } from "./validatePlan.ts";
