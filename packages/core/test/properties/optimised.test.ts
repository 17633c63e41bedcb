import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BerthPlanner, checkSchedule, type RuleSet, simulate, type SimulationResult } from "../../src/index.ts";
import { erraticPlanner, listPlanner } from "../helpers/planners.ts";
import { NUM_RUNS, PROPERTY_TIMEOUT, type Scenario, scenarioArb, rulesOfKind } from "./arbitraries.ts";

// The `optimised` hook under hand-written planners (packages/optimize tests the same with the real solver): the
// dispatcher must keep every rule of feasibility and conservation whatever the planner says.

const optimisedArb: fc.Arbitrary<RuleSet> = fc
  .record({ rules: rulesOfKind("optimised"), lookaheadHours: fc.constantFrom(0, 4, 24, 1000) })
  .map(({ rules, lookaheadHours }) => ({ ...rules, lookaheadHours }));

const planners: readonly [string, BerthPlanner][] = [
  ["a list schedule with look-ahead", listPlanner()],
  ["a list schedule that defers each ship half an hour", listPlanner(0.5)],
  ["an erratic planner", erraticPlanner],
];

/** A quarter of the usual cases: three planners share the budget of one property. */
const runs = (seed: number) => ({ numRuns: Math.ceil(NUM_RUNS / 4), seed });

const run = (s: Scenario, planner: BerthPlanner): SimulationResult => simulate({ ...s, planner, log: true });

describe.each(planners)("the optimised rule set with %s", (_, planner) => {
  const scenarios = scenarioArb({ rules: optimisedArb });

  it("keeps every rule the checker applies to it: feasibility, conservation, overtaking counts", { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(checkSchedule({ ...s, schedule: run(s, planner).calls })).toEqual([]);
      }),
      runs(1101),
    );
  });

  it("accounts for every call: served + waiting + rejected = arrived", { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const { kpis } = run(s, planner);
        expect(kpis.served + kpis.waiting + kpis.rejected).toBe(s.calls.length);
      }),
      runs(1102),
    );
  });

  it("never preempts: a berthed ship holds its berth from berthing to its end, and berths once", { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = run(s, planner);
        for (const c of r.calls) {
          const berthings = r.log!.filter((e) => e.event === "berth" && e.call === c.id);
          const departures = r.log!.filter((e) => e.event === "depart" && e.call === c.id);
          if (c.status !== "served") {
            expect(berthings).toEqual([]);
            continue;
          }
          expect(berthings).toEqual([{ t: c.berthingStart, event: "berth", call: c.id, at: c.berth }]);
          // A ship still alongside at the horizon has no departure in the log.
          expect(departures).toEqual(c.end! < s.horizon ? [{ t: c.end, event: "depart", call: c.id, at: c.berth }] : []);
        }
      }),
      runs(1103),
    );
  });

  it("is deterministic: the same input, or the same calls and berths listed in another order, give the same JSON", { timeout: PROPERTY_TIMEOUT }, () => {
    const pairs = scenarios.chain((s) =>
      fc
        .record({
          berths: fc.shuffledSubarray([...s.port.berths], { minLength: s.port.berths.length }),
          calls: fc.shuffledSubarray([...s.calls], { minLength: s.calls.length }),
        })
        .map(({ berths, calls }): [Scenario, Scenario] => [s, { ...s, port: { ...s.port, berths }, calls }]),
    );
    fc.assert(
      fc.property(pairs, ([s, t]) => {
        const one = JSON.stringify(run(s, planner));
        expect(JSON.stringify(run(structuredClone(s), planner))).toBe(one);
        expect(JSON.stringify(run(t, planner))).toBe(one);
      }),
      runs(1104),
    );
  });
});
