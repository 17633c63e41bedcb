import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { berthBodyArb, hours, PROPERTY_TIMEOUT, rulesOfKind, runs, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, run, violationsIn } from "./harness.ts";

describe("property 5: FCFS", { timeout: PROPERTY_TIMEOUT }, () => {
  it("under fcfs, no ship is overtaken by a later arrival at a berth it could have used at that moment", () => {
    assertScenarioProperty(
      fc.property(scenarioArb({ rules: rulesOfKind("fcfs") }), (s) => {
        expect(violationsIn(s, "order")).toEqual([]);
      }),
      runs(501),
    );
  });

  it("with one berth that takes every ship and never closes, fcfs berths ships in (arrival, id) order", () => {
    const onlyBerth = berthBodyArb.map(({ closures: _, ...b }) => ({
      ...b,
      id: "B1",
      length: 400,
      depth: 20,
      cargo: ["container", "coal", "grain"] as const,
      foreignTradeOpen: true,
      rates: { container: 1, coal: 1, grain: 1 },
    }));
    const arb = fc.record({
      port: fc.record({ berth: onlyBerth, shiftHours: hours(0, 2) }).map(({ berth, shiftHours }) => ({
        name: "One berth",
        areas: [{ id: "a", name: "A", nameZh: "A" }],
        berths: [berth],
        anchorages: [],
        shiftHours,
      })),
    });
    assertScenarioProperty(
      fc.property(arb.chain(({ port }) => scenarioArb({ rules: rulesOfKind("fcfs"), port: fc.constant(port) })), (s) => {
        const served = run(s).calls.filter((c) => c.status === "served");
        const byStart = [...served].sort((a, b) => a.berthingStart! - b.berthingStart!);
        expect(byStart.map((c) => c.id)).toEqual(served.map((c) => c.id));
      }),
      runs(502),
    );
  });
});
