import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSchedule, RULE_SETS, simulate } from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";
import { PROPERTY_TIMEOUT, rulesOfKind, runs, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, violationsIn } from "./harness.ts";

// Found by these properties: the simulator once counted ships berthed in the same dispatch round as a later
// arrival as overtaken (two ships arriving together at two free berths under FCFS gave the first one
// `overtaken: 1`). The shrunk counterexamples stay below as regression tests.

describe("overtaken counts", { timeout: PROPERTY_TIMEOUT }, () => {
  it("the simulator's overtaken counts equal the checker's count of later arrivals berthed ahead", () => {
    assertScenarioProperty(
      fc.property(scenarioArb(), (s) => {
        expect(violationsIn(s, "counts")).toEqual([]);
      }),
      runs(901),
    );
  });

  it("under fcfs no ship is ever counted as overtaken", () => {
    assertScenarioProperty(
      fc.property(scenarioArb({ rules: rulesOfKind("fcfs") }), (s) => {
        const r = simulate(s);
        expect(r.calls.filter((c) => c.overtaken > 0).map((c) => c.id)).toEqual([]);
      }),
      runs(902),
    );
  });

  // Shrunk counterexample (seed 901): two berths free, two ships arriving together; each gets a berth at once.
  it("regression: two ships arriving together at two free berths under fcfs are not overtaken", () => {
    const port = tinyPort([berth("B1"), berth("B2")]);
    const calls = [ship("s0", 17.5, 0), ship("s1", 17.5, 0)];
    const r = simulate({ port, calls, rules: RULE_SETS.fcfs, horizon: 60 });
    expect(r.calls.map((c) => [c.id, c.berth, c.berthingStart, c.overtaken])).toEqual([
      ["s0", "B1", 17.5, 0],
      ["s1", "B2", 17.5, 0],
    ]);
  });

  // The same fault under priority: "near" (later by id) goes first, "dom" takes the other berth at the same instant.
  it("regression: under priority a ship berthed at the same instant as a higher class is not overtaken", () => {
    const port = tinyPort([berth("B1"), berth("B2")]);
    const calls = [ship("a-dom", 0, 2, "domesticDirect"), ship("b-near", 0, 2, "nearSeaDirect")];
    const r = simulate({ port, calls, rules: RULE_SETS.priority, horizon: 60 });
    expect(r.calls.map((c) => [c.id, c.berth, c.berthingStart])).toEqual([
      ["a-dom", "B2", 0],
      ["b-near", "B1", 0],
    ]);
    expect(checkSchedule({ port, calls, rules: RULE_SETS.priority, horizon: 60, schedule: r.calls })).toEqual([]);
  });

  it("counts a real overtaking once: a higher class arriving later takes the only berth first", () => {
    const port = tinyPort([berth("B1")]);
    const calls = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];
    const r = simulate({ port, calls, rules: RULE_SETS.priority, horizon: 60 });
    expect(r.calls.map((c) => c.overtaken)).toEqual([0, 1, 0]);
    expect(checkSchedule({ port, calls, rules: RULE_SETS.priority, horizon: 60, schedule: r.calls })).toEqual([]);
  });
});
