/**
 * Writes the built-in scenarios as scenario files, packages/scenario/scenarios/<id>.json, from the typed data
 * (jiaxing.ts, jiaxingCongested.ts), which stays the source. Run after changing that data:
 *
 *   npx tsx packages/scenario/scripts/write-scenario-files.ts
 *
 * test/scenarioFiles.test.ts fails when a shipped file and its typed scenario differ.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BUILT_IN_SCENARIOS, encodeScenario } from "../src/index.ts";

/** The text of a scenario file: two-space JSON and a final newline. */
const scenarioFileText = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

const dir = fileURLToPath(new URL("../scenarios/", import.meta.url));
for (const scenario of BUILT_IN_SCENARIOS) {
  const path = `${dir}${scenario.id}.json`;
  writeFileSync(path, scenarioFileText(encodeScenario(scenario)));
  console.log(`wrote ${path}`);
}
