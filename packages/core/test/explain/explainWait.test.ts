import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  explainWait,
  type Port,
  renderExplanation,
  RULE_SETS,
  type RuleSet,
  simulate,
  type VesselCall,
  type WaitExplanation,
} from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";
import { scenarioArb } from "../properties/arbitraries.ts";

const explain = (port: Port, calls: VesselCall[], rules: RuleSet, id: string, horizon = 100): WaitExplanation => {
  const result = simulate({ port, calls, rules, horizon, log: true });
  const e = explainWait({ port, calls, result }, id);
  if (e === undefined) throw new Error(`no call ${id}`);
  return e;
};

const aheadOf = (e: WaitExplanation) => e.ahead.map((a) => [a.ship.call, a.berth, a.at, a.reason]);

describe("explainWait(input, id)", () => {
  it("names the berth that was busy, the earlier arrival that held it and until when", () => {
    const e = explain(tinyPort([berth("B1")]), [ship("busy", 0, 10), ship("s", 2, 1)], RULE_SETS.fcfs, "s");
    expect(e).toMatchObject({ status: "served", wait: 8, queued: 2, waitedUntil: 10, berth: "B1", usableBerths: ["B1"] });
    expect(e.busy).toEqual([
      { berth: "B1", ship: { call: "busy", name: "MV busy", tradeClass: "domesticDirect", arrival: 0 }, since: 0, until: 10 },
    ]);
    expect(e.ahead).toEqual([]);
  });

  it("says a later arrival of a higher class went ahead under priority", () => {
    const calls = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];
    const e = explain(tinyPort([berth("B1")]), calls, RULE_SETS.priority, "dom");
    expect(aheadOf(e)).toEqual([["near", "B1", 10, "higherClass"]]);
    expect(renderExplanation(e)).toContain("10 h B1: MV near (near, near-sea direct, arrived 2 h): higher class under priority");
  });

  it("says an earlier arrival went ahead under FCFS, and a same-instant arrival by its lower id", () => {
    const calls = [ship("busy", 0, 10), ship("a", 1, 2), ship("b", 3, 2), ship("c", 3, 2)];
    expect(aheadOf(explain(tinyPort([berth("B1")]), calls, RULE_SETS.fcfs, "b"))).toEqual([["a", "B1", 10, "earlierArrival"]]);
    expect(aheadOf(explain(tinyPort([berth("B1")]), calls, RULE_SETS.fcfs, "c"))).toEqual([
      ["a", "B1", 10, "earlierArrival"],
      ["b", "B1", 12, "lowerId"],
    ]);
  });

  it("says a lower class went ahead because it had waited past the anti-starvation cap", () => {
    const rules: RuleSet = { ...RULE_SETS.priorityCapped, capHours: 5 };
    // At 10 "dom" has waited 9 h (past the 5 h cap), "near" only 4 h.
    const calls = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 6, 2, "nearSeaDirect")];
    const e = explain(tinyPort([berth("B1")]), calls, rules, "near");
    expect(aheadOf(e)).toEqual([["dom", "B1", 10, "pastCap"]]);
    expect(renderExplanation(e)).toContain("it had waited past the 5 h anti-starvation cap");
  });

  it("explains a tide wait: draft, low-water depth and the window it waited for", () => {
    const port = tinyPort([berth("B1")], { tide: { period: 12.42, windowHours: 3, phase: 2, lowWaterDepth: 9 } });
    const e = explain(port, [ship("deep", 6, 2, "domesticDirect", { draft: 11 })], RULE_SETS.fcfs, "deep");
    expect(e).toMatchObject({ tideWait: 8.42, tide: { draft: 11, lowWaterDepth: 9, until: 14.42 }, queued: 14.42 });
    expect(e.busy).toEqual([]);
    expect(renderExplanation(e)).toContain("tide: draft 11.0 m exceeds the channel's low-water depth 9.0 m; waited for the window opening at 14.42 h");
  });

  it("gives the hours a ship waited outside full anchorages, and which were full", () => {
    const port = tinyPort([berth("B1")], {
      anchorages: [{ id: "dg", name: "DG", kind: "dangerousGoods", capacity: 1 }],
    });
    const dg = { dangerousGoods: true };
    const calls = [ship("busy", 0, 10), ship("x", 1, 2, "domesticDirect", dg), ship("y", 2, 2, "domesticDirect", dg)];
    const e = explain(port, calls, RULE_SETS.fcfs, "y");
    expect(e.anchorage).toEqual({ at: "dg", hoursOutside: 8, full: ["dg"] });
    expect(renderExplanation(e)).toContain("anchorage: waited 8 h outside: dg full, then at dg");
  });

  it("lists the closures of its usable berths during its wait", () => {
    const port = tinyPort([berth("B1", { closures: [{ start: 0, end: 20, reason: "dredging" }] })]);
    const e = explain(port, [ship("s", 5, 2)], RULE_SETS.fcfs, "s");
    expect(e).toMatchObject({ wait: 15, closures: [{ berth: "B1", start: 0, end: 20, reason: "dredging" }], busy: [], ahead: [] });
  });

  it("says a later ship took a berth whose coming closure left too little time for this ship's longer stay", () => {
    // At 10 B1 frees; it closes at 14. "long" (6 h) cannot finish before then, "short" (2 h) can.
    const port = tinyPort([berth("B1", { closures: [{ start: 14, end: 30 }] })]);
    const calls = [ship("busy", 0, 10), ship("long", 1, 6), ship("short", 2, 2)];
    const e = explain(port, calls, RULE_SETS.fcfs, "long");
    expect(aheadOf(e)).toEqual([["short", "B1", 10, "closureAhead"]]);
    expect(e.closures).toEqual([{ berth: "B1", start: 14, end: 30 }]);
  });

  it("says a ship is still waiting at the horizon", () => {
    const e = explain(tinyPort([berth("B1")]), [ship("busy", 0, 50), ship("s", 1, 2)], RULE_SETS.fcfs, "s", 20);
    expect(e).toMatchObject({ status: "waiting", waitingAtHorizon: true, waitedUntil: 20, wait: 19 });
    expect(renderExplanation(e)).toMatch(/^MV s \(s, domestic direct\), arrived 1 h: still waiting at the horizon \(20 h\), after 19 h; rules fcfs\n/);
  });

  it("says a ship was rejected, and why", () => {
    const e = explain(tinyPort([berth("B1", { depth: 10 })]), [ship("deep", 0, 1, "domesticDirect", { draft: 12 })], RULE_SETS.fcfs, "deep");
    expect(e.status).toBe("rejected");
    expect(renderExplanation(e)).toBe(
      "MV deep (deep, domestic direct), arrived 0 h: rejected: draft 12.0 m exceeds the depth of every suitable berth in the port (max 10.0 m)\n",
    );
  });

  it("says a ship berthed on arrival did not wait", () => {
    const e = explain(tinyPort([berth("B1")]), [ship("s", 1, 2)], RULE_SETS.fcfs, "s");
    expect(renderExplanation(e)).toBe("MV s (s, domestic direct), arrived 1 h: berthed at B1 on arrival, no wait; rules fcfs\n");
  });

  it("returns undefined for an unknown id, and refuses a result without a log", () => {
    const port = tinyPort([berth("B1")]);
    const calls = [ship("s", 1, 2)];
    const logged = simulate({ port, calls, rules: RULE_SETS.fcfs, horizon: 10, log: true });
    expect(explainWait({ port, calls, result: logged }, "nope")).toBeUndefined();
    const plain = simulate({ port, calls, rules: RULE_SETS.fcfs, horizon: 10 });
    expect(() => explainWait({ port, calls, result: plain }, "s")).toThrow("explainWait needs a result simulated with log: true");
  });

  it("gives every wait for a berth a cause: a busy berth, a ship berthed ahead, or a closure", () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const port = { ...s.port, tide: { period: 12.42, windowHours: 4, phase: 1, lowWaterDepth: 10 } };
        const result = simulate({ ...s, port, log: true });
        for (const c of result.calls) {
          const e = explainWait({ port, calls: s.calls, result }, c.id)!;
          expect(e.tideWait).toBe(c.tideWait);
          if (c.status === "rejected" || c.wait - c.tideWait <= 0) continue;
          expect(e.busy.length + e.ahead.length + e.closures.length, c.id).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
