import { readFileSync } from "node:fs";
import { encodeScenario, jiaxingDefault } from "../../src/index.ts";

/** The scenarios/ directory of this package. */
export const SCENARIOS_DIR = new URL("../../scenarios/", import.meta.url);

/** The text of a shipped scenario file. */
export const scenarioText = (name: string): string => readFileSync(new URL(name, SCENARIOS_DIR), "utf8");

// Mutable copies for tests that break one field at a time.
export type Json = any;

/** A fresh copy of scenarios/example-small.json, parsed. */
export const exampleFile = (): Json => JSON.parse(scenarioText("example-small.json"));

/** A fresh copy of the default Jiaxing scenario as file data. */
export const jiaxingFile = (): Json => encodeScenario(jiaxingDefault);
