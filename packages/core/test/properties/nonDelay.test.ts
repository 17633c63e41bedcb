import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, violationsIn } from "./harness.ts";

describe("property 3: non-delay", { timeout: PROPERTY_TIMEOUT }, () => {
  it("under every rule set, no berth stays idle while a waiting ship could berth there and finish before its next closure", () => {
    assertScenarioProperty(
      fc.property(scenarioArb(), (s) => {
        expect(violationsIn(s, "nonDelay")).toEqual([]);
      }),
      runs(301),
    );
  });
});
