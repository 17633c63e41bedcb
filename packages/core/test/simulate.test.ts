import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { M2_PERIOD_HOURS, RULE_SETS, simulate, type RuleSet, type SimulationInput } from "../src/index.ts";
import { berth, ship, tinyPort } from "./helpers/tinyPort.ts";
import { portArb, portWithQuaysArb, scenarioArb } from "./properties/arbitraries.ts";

const run = (input: Omit<SimulationInput, "horizon" | "log"> & { horizon?: number }) =>
  simulate({ horizon: 1000, log: true, ...input });

const brief = (r: ReturnType<typeof simulate>) => r.log!.map((e) => [e.t, e.event, e.call, e.at ?? ""].join(" "));

describe("simulate", () => {
  it("serves one ship on one berth: arrive, berth, depart", () => {
    const r = run({ port: tinyPort([berth("B1")]), calls: [ship("s1", 1, 5)], rules: RULE_SETS.fcfs });
    expect(brief(r)).toEqual(["1 arrive s1 ", "1 berth s1 B1", "6 depart s1 B1"]);
    expect(r.calls[0]).toMatchObject({ status: "served", wait: 0, berth: "B1", berthingStart: 1, serviceStart: 1, end: 6 });
  });

  it("makes a second ship wait at anchor until the berth frees", () => {
    const port = tinyPort([berth("B1")], {
      anchorages: [{ id: "G", name: "General", kind: "general", capacity: Infinity }],
    });
    const r = run({ port, calls: [ship("s1", 0, 4), ship("s2", 1, 2)], rules: RULE_SETS.fcfs });
    expect(brief(r)).toEqual([
      "0 arrive s1 ",
      "0 berth s1 B1",
      "1 arrive s2 ",
      "1 anchor s2 G",
      "4 depart s1 B1",
      "4 berth s2 B1",
      "6 depart s2 B1",
    ]);
    expect(r.calls.map((c) => c.wait)).toEqual([0, 3]);
    expect(r.calls[1]!.anchorage).toBe("G");
  });

  it("adds the shift time between leaving the anchorage and starting service", () => {
    const port = tinyPort([berth("B1")], { shiftHours: 1.5 });
    const r = run({ port, calls: [ship("s1", 0, 4), ship("s2", 1, 2)], rules: RULE_SETS.fcfs });
    expect(r.calls[1]).toMatchObject({ wait: 4.5, berthingStart: 5.5, serviceStart: 7, end: 9 });
  });

  it("lets a higher class overtake under priority but not under FCFS", () => {
    const calls = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];
    const port = tinyPort([berth("B1")]);
    const fcfs = run({ port, calls, rules: RULE_SETS.fcfs });
    const prio = run({ port, calls, rules: RULE_SETS.priority });
    expect(fcfs.calls.map((c) => [c.id, c.berthingStart])).toEqual([["busy", 0], ["dom", 10], ["near", 12]]);
    expect(prio.calls.map((c) => [c.id, c.berthingStart])).toEqual([["busy", 0], ["dom", 12], ["near", 10]]);
    expect(prio.calls.find((c) => c.id === "dom")!.overtaken).toBe(1);
    expect(fcfs.calls.every((c) => c.overtaken === 0)).toBe(true);
  });

  it("considers a ship arriving when a berth frees together with those already waiting", () => {
    // The departure and the near-sea arrival happen at t = 10; the dispatcher sees both.
    const calls = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 10, 2, "nearSeaDirect")];
    const r = run({ port: tinyPort([berth("B1")]), calls, rules: RULE_SETS.priority });
    expect(r.calls.find((c) => c.id === "near")!.berthingStart).toBe(10);
  });

  it("gives the berth to the ship past the anti-starvation cap", () => {
    const rules: RuleSet = { ...RULE_SETS.priorityCapped, capHours: 5 };
    const calls = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];
    const r = run({ port: tinyPort([berth("B1")]), calls, rules });
    expect(r.calls.map((c) => [c.id, c.berthingStart])).toEqual([["busy", 0], ["dom", 10], ["near", 12]]);
  });

  it("rejects a ship that fits no berth and says why", () => {
    const calls = [ship("deep", 0, 1, "nearSeaDirect", { draft: 14.2 })];
    const r = run({ port: tinyPort([berth("B1", { depth: 13 })]), calls, rules: RULE_SETS.fcfs });
    expect(r.calls[0]).toMatchObject({
      status: "rejected",
      rejectReason: "draft 14.2 m exceeds the depth of every suitable berth in the port (max 13.0 m)",
    });
    expect(brief(r)).toEqual(["0 arrive deep ", "0 reject deep "]);
  });

  it("keeps foreign-trade ships off berths not open to them; domestic ships may use any", () => {
    const port = tinyPort([berth("closed", { foreignTradeOpen: false })]);
    const calls = [ship("f", 0, 1, "nearSeaDirect"), ship("d", 0, 1, "domesticDirect")];
    const r = run({ port, calls, rules: RULE_SETS.fcfs });
    expect(r.calls.map((c) => [c.id, c.status])).toEqual([
      ["d", "served"],
      ["f", "rejected"],
    ]);
    expect(r.calls[1]!.rejectReason).toBe(
      'foreign-trade ship, but no berth in the port that handles "container" is open to foreign ships',
    );
  });

  it("does not berth a ship that could not finish before a planned closure", () => {
    const port = tinyPort([berth("B1", { closures: [{ start: 5, end: 20 }] })]);
    const r = run({ port, calls: [ship("short", 0, 4), ship("long", 1, 6)], rules: RULE_SETS.fcfs });
    expect(r.calls.map((c) => [c.id, c.berthingStart])).toEqual([["short", 0], ["long", 20]]);
    expect(r.kpis.berths[0]!.openHours).toBe(985);
  });

  it("keeps ships to their home area with queues per area, and pools them port-wide otherwise", () => {
    const port = tinyPort([berth("A1", { area: "a" }), berth("B1", { area: "b" })]);
    const calls = [ship("x", 0, 10, "domesticDirect", { homeArea: "a" }), ship("y", 1, 10, "domesticDirect", { homeArea: "a" })];
    const perArea = run({ port, calls, rules: RULE_SETS.fcfsArea });
    const pooled = run({ port, calls, rules: RULE_SETS.fcfs });
    expect(perArea.calls.map((c) => c.berth)).toEqual(["A1", "A1"]);
    expect(pooled.calls.map((c) => c.berth)).toEqual(["A1", "B1"]);
  });

  it("rejects with the area named when the home area has no berth that fits", () => {
    const port = tinyPort([berth("A1", { area: "a", length: 100 }), berth("B1", { area: "b" })]);
    const r = run({ port, calls: [ship("x", 0, 1, "domesticDirect", { homeArea: "a" })], rules: RULE_SETS.fcfsArea });
    expect(r.calls[0]!.rejectReason).toBe('length overall 150.0 m exceeds every suitable berth in area "a" (max 100.0 m)');
  });

  it("chooses the berth free longest by default and the shortest that fits with best fit", () => {
    const port = tinyPort([berth("long", { length: 400 }), berth("short", { length: 200 })]);
    const calls = [ship("first", 0, 1), ship("second", 5, 1)];
    const earliest = run({ port, calls, rules: RULE_SETS.fcfs });
    const best = run({ port, calls, rules: { ...RULE_SETS.fcfs, berthChoice: "bestFit" } });
    // At t = 0 both are free since 0: the tie goes to berth id order ("long" < "short").
    expect(earliest.calls.map((c) => c.berth)).toEqual(["long", "short"]);
    expect(best.calls.map((c) => c.berth)).toEqual(["short", "short"]);
  });

  it("sends dangerous-goods ships to the dangerous-goods anchorage and counts those left outside", () => {
    const port = tinyPort([berth("B1")], {
      anchorages: [
        { id: "G", name: "General", kind: "general", capacity: Infinity },
        { id: "DG", name: "Dangerous goods", kind: "dangerousGoods", capacity: 1 },
      ],
    });
    const dg = { dangerousGoods: true };
    const calls = [ship("busy", 0, 10), ship("d1", 1, 1, "foreignOther", dg), ship("d2", 2, 1, "foreignOther", dg)];
    const r = run({ port, calls, rules: RULE_SETS.fcfs });
    expect(r.log!.filter((e) => e.event === "anchor").map((e) => [e.t, e.call, e.at])).toEqual([
      [1, "d1", "DG"],
      [2, "d2", "outside"],
      [10, "d2", "DG"],
    ]);
    expect(r.calls.find((c) => c.id === "d2")!.hoursOutside).toBe(8);
    expect(r.kpis.outside.ships).toBe(1);
    expect(r.kpis.anchorages.find((a) => a.id === "DG")!.max).toBe(1);
  });

  it("sends a waiting ship to an anchorage of its home area first", () => {
    const port = tinyPort([berth("B1")], {
      anchorages: [
        { id: "DG-a", name: "DG a", kind: "dangerousGoods", capacity: 1, area: "a" },
        { id: "DG-b", name: "DG b", kind: "dangerousGoods", capacity: 1, area: "b" },
      ],
    });
    const dg = (homeArea: string) => ({ dangerousGoods: true, homeArea });
    const calls = [ship("busy", 0, 10), ship("x", 1, 1, "foreignOther", dg("b")), ship("y", 2, 1, "foreignOther", dg("b"))];
    const r = run({ port, calls, rules: RULE_SETS.fcfs });
    expect(r.log!.filter((e) => e.event === "anchor").map((e) => [e.call, e.at])).toEqual([
      ["x", "DG-b"],
      ["y", "DG-a"],
    ]);
  });

  it("accounts for every call: served, still waiting at the horizon, or rejected", () => {
    const calls = [ship("a", 0, 50), ship("b", 1, 5), ship("c", 2, 5, "nearSeaDirect", { loa: 999 }), ship("d", 60, 1)];
    const r = simulate({ port: tinyPort([berth("B1")]), calls, rules: RULE_SETS.fcfs, horizon: 40 });
    expect(r.calls.map((c) => [c.id, c.status])).toEqual([
      ["a", "served"],
      ["b", "waiting"],
      ["c", "rejected"],
      ["d", "waiting"],
    ]);
    expect(r.kpis).toMatchObject({ arrived: 4, served: 1, waiting: 2, rejected: 1 });
    expect(r.calls[1]!.wait).toBe(39);
  });

  it("returns the same KPIs without per-call records when asked for KPIs only", () => {
    const calls = [ship("a", 0, 3), ship("b", 0, 3, "nearSeaDirect"), ship("c", 1, 2), ship("x", 2, 1, "nearSeaDirect", { loa: 999 })];
    const input = { port: tinyPort([berth("B1")]), calls, rules: RULE_SETS.priority, horizon: 5 };
    const full = simulate(input);
    const lean = simulate({ ...input, records: false });
    expect(lean.calls).toEqual([]);
    expect(lean.kpis).toEqual(full.kpis);
    expect(lean.kpis).toMatchObject({ arrived: 4, served: 2, waiting: 1, rejected: 1 });
  });

  it("gives exactly the same KPIs without records, at shared quays and behind a tide too (they are fed another way)", () => {
    const tideArb = fc.option(
      fc.record({ period: fc.constant(M2_PERIOD_HOURS), windowHours: fc.constantFrom(2, 4), phase: fc.constantFrom(0, 5), lowWaterDepth: fc.constantFrom(6, 9, 12) }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(scenarioArb({ port: fc.oneof(portArb, portWithQuaysArb) }), tideArb, (s, tide) => {
        const port = tide === undefined ? s.port : { ...s.port, tide };
        const full = simulate({ ...s, port });
        const lean = simulate({ ...s, port, records: false });
        expect(lean.calls).toEqual([]);
        expect(JSON.stringify(lean.kpis)).toBe(JSON.stringify(full.kpis));
      }),
      { numRuns: 300, seed: 47 },
    );
  });

  it("gives the same result whatever order the calls and berths are listed in", () => {
    const calls = [ship("a", 0, 3), ship("b", 0, 3, "nearSeaDirect"), ship("c", 1, 2), ship("d", 1, 2, "ningboFeeder")];
    const berths = [berth("B1"), berth("B2", { length: 200 })];
    const one = simulate({ port: tinyPort(berths), calls, rules: RULE_SETS.priority, horizon: 100 });
    const two = simulate({ port: tinyPort([...berths].reverse()), calls: [...calls].reverse(), rules: RULE_SETS.priority, horizon: 100 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it("counts hours covered by overlapping closures once in a berth's open hours", () => {
    const closures = [
      { start: 10, end: 30 },
      { start: 20, end: 40 },
      { start: 35, end: 38 },
    ];
    const r = simulate({ port: tinyPort([berth("B1", { closures })]), calls: [], rules: RULE_SETS.fcfs, horizon: 100, warmup: 15 });
    // Closed [15, 40): 25 of the 85 observed hours.
    expect(r.kpis.berths[0]!.openHours).toBe(60);
  });

  it("measures utilisation as occupied over open hours after the warm-up", () => {
    const r = simulate({ port: tinyPort([berth("B1")]), calls: [ship("a", 0, 30), ship("b", 50, 10)], rules: RULE_SETS.fcfs, horizon: 100, warmup: 20 });
    // [20, 30) from a, [50, 60) from b: 20 of 80 hours.
    expect(r.kpis.port).toBeCloseTo(0.25, 12);
    expect(r.kpis.overall.served).toBe(1);
  });
});

describe("simulate: shared quays", () => {
  // 500 m, clearance 10 % of the length overall: a 150 m ship holds 165 m, a 200 m ship 220 m.
  const quay = berth("Q", { length: 500, quay: { clearanceMetres: 0, clearanceShare: 0.1 } });

  it("berths ships side by side on one quay, leftmost first, and a third waits until one leaves", () => {
    const calls = [ship("s1", 0, 5, "domesticDirect", { loa: 200 }), ship("s2", 1, 2, "domesticDirect", { loa: 200 }), ship("s3", 2, 4, "domesticDirect", { loa: 200 })];
    const r = run({ port: tinyPort([quay]), calls, rules: RULE_SETS.fcfs });
    expect(brief(r)).toEqual([
      "0 arrive s1 ",
      "0 berth s1 Q",
      "1 arrive s2 ",
      "1 berth s2 Q",
      "2 arrive s3 ",
      "3 depart s2 Q",
      "3 berth s3 Q",
      "5 depart s1 Q",
      "7 depart s3 Q",
    ]);
    expect(r.calls.map((c) => [c.id, c.position, c.loa])).toEqual([["s1", 0, 200], ["s2", 220, 200], ["s3", 220, 200]]);
  });

  it("puts a ship in the leftmost place it fits under earliest-free, and in the shortest gap under best fit", () => {
    // s1 holds 0–165 m until t = 2, s2 165–385 m; s3 (110 m with clearance) then fits in [0, 165) or [385, 500).
    const calls = [ship("s1", 0, 2), ship("s2", 0, 9, "domesticDirect", { loa: 200 }), ship("s3", 3, 4, "domesticDirect", { loa: 100 })];
    const positions = (berthChoice: "earliestFree" | "bestFit") =>
      run({ port: tinyPort([quay]), calls, rules: { ...RULE_SETS.fcfs, berthChoice } }).calls.map((c) => c.position);
    expect(positions("earliestFree")).toEqual([0, 165, 0]);
    expect(positions("bestFit")).toEqual([0, 165, 385]);
  });

  it("under best fit compares a quay's gap with the length of a free berth", () => {
    // s0 (352 m with clearance) fits only the quay and leaves a 148 m gap; s1 (110 m) fits the gap or berth B.
    const calls = [ship("s0", 0, 9, "domesticDirect", { loa: 320 }), ship("s1", 1, 4, "domesticDirect", { loa: 100 })];
    const where = (bLength: number, berthChoice: "earliestFree" | "bestFit") =>
      run({ port: tinyPort([quay, berth("B", { length: bLength })]), calls, rules: { ...RULE_SETS.fcfs, berthChoice } })
        .calls.map((c) => `${c.berth}@${c.position}`);
    expect(where(300, "bestFit")).toEqual(["Q@0", "Q@352"]);
    expect(where(120, "bestFit")).toEqual(["Q@0", "B@0"]);
    // Earliest-free: both have been free since 0, so berth id order decides.
    expect(where(300, "earliestFree")).toEqual(["Q@0", "B@0"]);
  });

  it("keeps a deep ship off the shallow end of a quay", () => {
    const shallowStart = berth("Q", {
      length: 500,
      depth: 12,
      quay: { clearanceMetres: 10, clearanceShare: 0, depths: [{ from: 0, to: 200, depth: 8 }, { from: 200, to: 500, depth: 12 }] },
    });
    const calls = [ship("deep", 0, 5, "domesticDirect", { draft: 11 }), ship("light", 0, 5)];
    const r = run({ port: tinyPort([shallowStart]), calls, rules: RULE_SETS.fcfs });
    expect(r.calls.map((c) => [c.id, c.position])).toEqual([["deep", 200], ["light", 0]]);
  });

  it("rejects a ship that fits the quay's length but not with its clearance, naming the rule", () => {
    const r = run({ port: tinyPort([quay]), calls: [ship("long", 0, 5, "domesticDirect", { loa: 480 })], rules: RULE_SETS.fcfs });
    expect(r.calls[0]!.rejectReason).toBe(
      "length overall 480.0 m exceeds every suitable berth in the port (max 500.0 m, less a quay's clearance)",
    );
  });

  it("measures utilisation by metre-hours: ships alongside add up, clearance counts as unused", () => {
    const calls = [ship("s1", 0, 10, "domesticDirect", { loa: 200 }), ship("s2", 0, 10, "domesticDirect", { loa: 200 })];
    const r = run({ port: tinyPort([quay]), calls, rules: RULE_SETS.fcfs, horizon: 20 });
    expect(r.kpis.berths[0]).toMatchObject({ utilisation: 0.5, metreHours: 4000, openMetreHours: 10000, metreUtilisation: 0.4 });
    expect(r.kpis.metreUtilisation.port).toBe(0.4);
  });
});
