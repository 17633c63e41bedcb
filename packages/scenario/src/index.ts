export type { Scenario } from "./Scenario.ts";
