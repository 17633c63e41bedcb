import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, run, violationsIn } from "./harness.ts";

describe("property 2: conservation", { timeout: PROPERTY_TIMEOUT }, () => {
  it("every call appears exactly once, with a status its fields and the port agree with", () => {
    assertScenarioProperty(
      fc.property(scenarioArb(), (s) => {
        expect(violationsIn(s, "conservation")).toEqual([]);
      }),
      runs(201),
    );
  });

  it("served + waiting + rejected = arrived, and the records are the input calls in (arrival, id) order", () => {
    assertScenarioProperty(
      fc.property(scenarioArb(), (s) => {
        const { calls, kpis } = run(s);
        expect(kpis.served + kpis.waiting + kpis.rejected).toBe(kpis.arrived);
        expect(kpis.arrived).toBe(s.calls.length);
        const expected = [...s.calls].sort((a, b) => a.arrival - b.arrival || (a.id < b.id ? -1 : 1)).map((c) => c.id);
        expect(calls.map((c) => c.id)).toEqual(expected);
      }),
      runs(202),
    );
  });
});
