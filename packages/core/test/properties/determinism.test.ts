import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs, type Scenario, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, run } from "./harness.ts";

/** The scenario with its berths and calls listed in another order (a permutation chosen by fast-check). */
const reordered = scenarioArb().chain((s) =>
  fc
    .record({
      berths: fc.shuffledSubarray([...s.port.berths], { minLength: s.port.berths.length }),
      calls: fc.shuffledSubarray([...s.calls], { minLength: s.calls.length }),
    })
    .map(({ berths, calls }): [Scenario, Scenario] => [s, { ...s, port: { ...s.port, berths }, calls }]),
);

describe("property 6: determinism", { timeout: PROPERTY_TIMEOUT }, () => {
  it("the same input gives byte-identical JSON output, log included", () => {
    assertScenarioProperty(
      fc.property(scenarioArb(), (s) => {
        const one = JSON.stringify(run(structuredClone(s), true));
        const two = JSON.stringify(run(structuredClone(s), true));
        expect(two).toBe(one);
      }),
      runs(601),
    );
  });

  it("the output does not depend on the order in which berths and calls are listed", () => {
    fc.assert(
      fc.property(reordered, ([s, t]) => {
        expect(JSON.stringify(run(t, true))).toBe(JSON.stringify(run(s, true)));
      }),
      runs(602),
    );
  });
});
