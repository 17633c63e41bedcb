import type { Scenario } from "../Scenario.ts";
import { checkCallsFit, checkStreamsFit } from "./checkFit.ts";
import { checkAreaReferences, checkDuplicateIds, checkTimes } from "./checkReferences.ts";

/** Every problem of a scenario that its file's schema cannot see, as `path: message` lines (empty when none). */
export const checkScenario = (s: Scenario): string[] => [
  ...checkDuplicateIds(s),
  ...checkAreaReferences(s),
  ...checkTimes(s),
  ...checkStreamsFit(s),
  ...checkCallsFit(s),
];
