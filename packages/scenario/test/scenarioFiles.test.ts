import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS, encodeScenario, parseScenarioJson } from "../src/index.ts";
import { scenarioText } from "./helpers/files.ts";

// The shipped files are generated from the typed data by scripts/write-scenario-files.ts; these tests keep them
// from drifting apart. When one fails after a change to the data, rerun the script.
describe.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))("scenarios/%s.json", (id, scenario) => {
  const text = scenarioText(`${id}.json`);

  it("holds exactly encodeScenario of the built-in scenario", () => {
    expect(JSON.parse(text)).toEqual(encodeScenario(scenario));
  });

  it("decodes to the built-in scenario", () => {
    const r = parseScenarioJson(text);
    expect(r.ok ? r.scenario : r.errors).toEqual(scenario);
  });
});

describe("scenarios/example-small.json", () => {
  it("decodes without a problem", () => {
    const r = parseScenarioJson(scenarioText("example-small.json"));
    expect(r.ok ? r.scenario.id : r.errors).toBe("example-small");
  });

  it("is the complete example of docs/scenario-format.md", () => {
    const doc = readFileSync(new URL("../../../docs/scenario-format.md", import.meta.url), "utf8");
    const example = doc.slice(doc.indexOf("## A complete example")).match(/```json\n([\s\S]*?)```/)?.[1];
    expect(JSON.parse(example ?? "null")).toEqual(JSON.parse(scenarioText("example-small.json")));
  });
});
