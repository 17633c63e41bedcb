import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_SETS, type RuleSet, type SimulationResult } from "../../src/index.ts";
import { rankOf } from "../../src/check/dispatchOrder.ts";
import { berthBodyArb, portWithoutClosuresArb, PROPERTY_TIMEOUT, rulesOfKind, type Scenario, scenarioArb } from "./arbitraries.ts";
import { counterexampleTo, run } from "./harness.ts";
import { scenarioTables } from "./tables.ts";

// Claims a planner might expect that do NOT hold. Each test asserts that fast-check finds a counterexample; the
// shrunk ones are written out in docs/guarantees.md and replayed as plain tests in nonPropertyExamples.test.ts.

const waitOf = (r: SimulationResult, id: string): number => r.calls.find((c) => c.id === id)!.wait;
const notRejected = (r: SimulationResult) => r.calls.filter((c) => c.status !== "rejected");

/** Ids of ships (not rejected in `before`) that wait longer in `after`. */
const waitLonger = (before: SimulationResult, after: SimulationResult): string[] =>
  notRejected(before)
    .filter((c) => after.calls.some((x) => x.id === c.id) && waitOf(after, c.id) > c.wait)
    .map((c) => c.id);

describe("property 8: honest non-properties (fast-check finds a counterexample)", { timeout: PROPERTY_TIMEOUT }, () => {
  /** A scenario, and the same with one more berth, "B9"; without any closure when `closures` is false. */
  const withExtraBerth = (rules: fc.Arbitrary<RuleSet>, closures = true) =>
    fc
      .record({
        s: scenarioArb({ rules, ...(closures ? {} : { port: portWithoutClosuresArb }) }),
        extra: closures ? berthBodyArb : berthBodyArb.map(({ closures: _, ...b }) => b),
      })
      .map(({ s, extra }) => ({
        s,
        bigger: { ...s, port: { ...s.port, berths: [...s.port.berths, { ...extra, id: "B9" }] } },
      }));
  const noShipWaitsLonger = ({ s, bigger }: { s: Scenario; bigger: Scenario }) => waitLonger(run(s), run(bigger)).length === 0;
  const showExtra = ({ s, bigger }: { s: Scenario; bigger: Scenario }) =>
    `${scenarioTables(bigger, { without: run(s), "with B9": run(bigger) })}\nlonger: ${waitLonger(run(s), run(bigger))}`;

  it("adding a berth can make some ship wait longer under priority", () => {
    const priority = fc.constantFrom(RULE_SETS.priority, { ...RULE_SETS.priority, berthChoice: "bestFit" as const });
    const found = counterexampleTo(withExtraBerth(priority), noShipWaitsLonger, 801, showExtra);
    expect(waitLonger(run(found.s), run(found.bigger)).length).toBeGreaterThan(0);
  });

  it("adding a berth can make some ship wait longer even under fcfs and without closures", () => {
    const found = counterexampleTo(withExtraBerth(rulesOfKind("fcfs"), false), noShipWaitsLonger, 3, showExtra);
    expect(waitLonger(run(found.s), run(found.bigger)).length).toBeGreaterThan(0);
  });

  it("removing a ship that is not the last to arrive can make another ship wait longer", () => {
    const arb = fc.record({ s: scenarioArb({ minCalls: 2 }), k: fc.nat() }).map(({ s, k }) => {
      const sorted = [...s.calls].sort((a, b) => a.arrival - b.arrival || (a.id < b.id ? -1 : 1));
      const gone = sorted[k % (sorted.length - 1)]!;
      return { s, less: { ...s, calls: s.calls.filter((c) => c !== gone) }, gone: gone.id };
    });
    const show = ({ s, less, gone }: { s: Scenario; less: Scenario; gone: string }) =>
      `${scenarioTables(s, { all: run(s), [`without ${gone}`]: run(less) })}\nlonger: ${waitLonger(run(s), run(less))}`;
    const found = counterexampleTo(arb, ({ s, less }) => waitLonger(run(s), run(less)).length === 0, 803, show);
    expect(waitLonger(run(found.s), run(found.less)).length).toBeGreaterThan(0);
  });

  it("renaming ships so that their id order changes can change a ship's wait (ties go by id)", () => {
    const reverseIds = (s: Scenario): Scenario => {
      const ids = s.calls.map((c) => c.id).sort();
      const to = new Map(ids.map((id, i) => [id, ids[ids.length - 1 - i]!]));
      return { ...s, calls: s.calls.map((c) => ({ ...c, id: to.get(c.id)! })) };
    };
    // Each ship's wait, the ship identified by its name (which renaming keeps) rather than its id.
    const outcome = (s: Scenario) => {
      const r = run(s);
      return s.calls.map((c) => `${c.name}: ${waitOf(r, c.id)}`).sort();
    };
    const show = (s: Scenario) =>
      `${scenarioTables(s, { ids: run(s) })}\n\nreversed ids:\n${scenarioTables(reverseIds(s), { reversed: run(reverseIds(s)) })}`;
    const found = counterexampleTo(scenarioArb(), (s) => JSON.stringify(outcome(s)) === JSON.stringify(outcome(reverseIds(s))), 16, show);
    expect(outcome(found)).not.toEqual(outcome(reverseIds(found)));
  });

  it("priority does not make every ship of the first class wait less than under fcfs", () => {
    const asFcfs = (s: Scenario): Scenario => ({ ...s, rules: { ...s.rules, kind: "fcfs" } });
    const topWaitLonger = (s: Scenario): string[] => {
      const prio = run(s);
      const fcfs = run(asFcfs(s));
      return notRejected(prio)
        .filter((c) => rankOf(s.rules, c.tradeClass) === 0 && c.wait > waitOf(fcfs, c.id))
        .map((c) => c.id);
    };
    const show = (s: Scenario) => `${scenarioTables(s, { priority: run(s), fcfs: run(asFcfs(s)) })}\nlonger: ${topWaitLonger(s)}`;
    // Without closures, so that the example shows priority at work, not a closure.
    const arb = scenarioArb({ rules: rulesOfKind("priority"), port: portWithoutClosuresArb });
    const found = counterexampleTo(arb, (s) => topWaitLonger(s).length === 0, 1, show);
    expect(topWaitLonger(found).length).toBeGreaterThan(0);
  });
});
