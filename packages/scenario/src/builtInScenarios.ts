import { jiaxingDefault } from "./jiaxing.ts";
import { jiaxingCongested } from "./jiaxingCongested.ts";
import type { Scenario } from "./Scenario.ts";

/** The scenarios that ship with berthsim, default first. Ids are unique. */
export const BUILT_IN_SCENARIOS: readonly Scenario[] = [jiaxingDefault, jiaxingCongested];

/** The built-in scenario with this id (e.g. "jiaxing-default"), or `undefined` when there is none. */
export const findScenario = (id: string): Scenario | undefined => BUILT_IN_SCENARIOS.find((s) => s.id === id);
