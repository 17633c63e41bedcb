import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPERTY_TIMEOUT, runs, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, run, violationsIn } from "./harness.ts";

describe("property 1: feasibility", { timeout: PROPERTY_TIMEOUT }, () => {
  it("every served ship is at a berth it may use, after its arrival, with shift and handling times, clear of closures", () => {
    assertScenarioProperty(
      fc.property(scenarioArb(), (s) => {
        expect(violationsIn(s, "feasibility")).toEqual([]);
      }),
      runs(101),
    );
  });

  it("no berth ever holds two ships at once, and no ship is berthed before it arrives or at the horizon", () => {
    // The same facts as above, computed directly from the records rather than through the checker.
    assertScenarioProperty(
      fc.property(scenarioArb(), (s) => {
        const served = run(s).calls.filter((c) => c.status === "served");
        for (const c of served) {
          expect(c.berthingStart!).toBeGreaterThanOrEqual(c.arrival);
          expect(c.berthingStart!).toBeLessThan(s.horizon);
          expect(c.serviceStart).toBe(c.berthingStart! + s.port.shiftHours);
        }
        const byBerth = new Map<string, typeof served>();
        for (const c of served) byBerth.set(c.berth!, [...(byBerth.get(c.berth!) ?? []), c]);
        for (const list of byBerth.values()) {
          list.sort((a, b) => a.berthingStart! - b.berthingStart! || a.end! - b.end!);
          for (let i = 1; i < list.length; i++) expect(list[i]!.berthingStart!).toBeGreaterThanOrEqual(list[i - 1]!.end!);
        }
      }),
      runs(102),
    );
  });
});
