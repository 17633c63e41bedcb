import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, rulesOfKind, runs, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, violationsIn } from "./harness.ts";

describe("property 4: priority", { timeout: PROPERTY_TIMEOUT }, () => {
  it("under priority, no ship that could have used a berth at that moment waits while a lower class, or a later arrival of its class, takes it", () => {
    assertScenarioProperty(
      fc.property(scenarioArb({ rules: rulesOfKind("priority") }), (s) => {
        expect(violationsIn(s, "order")).toEqual([]);
      }),
      runs(401),
    );
  });

  it("under cappedPriority, ships past the cap go first, FCFS among themselves, and the others as under priority", () => {
    assertScenarioProperty(
      fc.property(scenarioArb({ rules: rulesOfKind("cappedPriority") }), (s) => {
        expect(violationsIn(s, "order")).toEqual([]);
      }),
      runs(402),
    );
  });
});
