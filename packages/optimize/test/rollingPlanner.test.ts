import {
  checkSchedule,
  type PlanningSnapshot,
  RULE_SETS,
  type RuleSet,
  simulate,
  type VesselCall,
} from "@berthsim/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// The core's generators of small ports, calls and rule sets (test helpers, not its public API).
import { NUM_RUNS, rulesOfKind, type Scenario, scenarioArb } from "../../core/test/properties/arbitraries.ts";
import { berth, ship, tinyPort as port } from "../../core/test/helpers/tinyPort.ts";
import { rollingPlanner } from "../src/index.ts";

/** Σ weight · (end − arrival) of a run's served calls: the objective the planner minimises. */
const weightedTime = (r: ReturnType<typeof simulate>, weight: (c: VesselCall["tradeClass"]) => number): number =>
  r.calls.reduce((sum, c) => sum + weight(c.tradeClass) * (c.end! - c.arrival), 0);

const snapshot = (over: Partial<PlanningSnapshot>): PlanningSnapshot => ({ now: 0, horizon: 100, berths: [], ships: [], ...over });

describe("rollingPlanner", () => {
  it("plans a heavier expected ship first when that costs less than serving the waiting one now", () => {
    const plan = rollingPlanner().plan(
      snapshot({
        berths: [{ id: "B1", free: 0, closures: [] }],
        ships: [
          { id: "dom", tradeClass: "domesticDirect", arrival: 0, waiting: true, hours: [10], weight: 1 },
          { id: "near", tradeClass: "nearSeaDirect", arrival: 2, waiting: false, hours: [2], weight: 32 },
        ],
      }),
    );
    // dom first: 1·10 + 32·(12 − 2) = 330; near first: 32·2 + 1·14 = 78.
    expect(plan).toEqual([
      { ship: "dom", berth: "B1", start: 4 },
      { ship: "near", berth: "B1", start: 2 },
    ]);
  });

  it("solves only the groups of berths in which a ship at anchor could start at a free berth", () => {
    const plan = rollingPlanner().plan(
      snapshot({
        now: 5,
        berths: [
          { id: "box", free: 5, closures: [] },
          { id: "coal", free: 5, closures: [] },
          { id: "oil", free: 9, closures: [] },
        ],
        ships: [
          { id: "a", tradeClass: "domesticDirect", arrival: 4, waiting: true, hours: [3, null, null], weight: 1 },
          { id: "c", tradeClass: "domesticBulk", arrival: 7, waiting: false, hours: [null, 6, null], weight: 1 },
          { id: "o", tradeClass: "domesticBulk", arrival: 2, waiting: true, hours: [null, null, 6], weight: 1 },
        ],
      }),
    );
    expect(plan).toEqual([{ ship: "a", berth: "box", start: 5 }]);
  });

  it("keeps clear of closures, sorted or not, and plans a ship that holds a berth 0 h", () => {
    const closures = [
      { start: 20, end: 30 },
      { start: 2, end: 8 },
    ];
    const plan = rollingPlanner().plan(
      snapshot({
        berths: [{ id: "B1", free: 0, closures }],
        ships: [
          { id: "zero", tradeClass: "domesticDirect", arrival: 0, waiting: true, hours: [0], weight: 1 },
          { id: "long", tradeClass: "domesticDirect", arrival: 0, waiting: true, hours: [5], weight: 1 },
        ],
      }),
    );
    expect(plan.find((l) => l.ship === "zero")!.start).toBe(0);
    expect(plan.find((l) => l.ship === "long")!.start).toBe(8);
  });

  it("gives the same plan for the same snapshot", () => {
    const s = snapshot({
      berths: [
        { id: "B1", free: 0, closures: [] },
        { id: "B2", free: 3, closures: [] },
      ],
      ships: Array.from({ length: 12 }, (_, i) => ({
        id: `s${i}`,
        tradeClass: "domesticDirect" as const,
        arrival: i % 4 === 0 ? 0 : i * 1.5,
        waiting: i % 4 === 0,
        hours: [2 + (i % 5), 3 + (i % 3)],
        weight: 1 + (i % 3),
      })),
    });
    expect(rollingPlanner({ maxIterations: 30 }).plan(s)).toEqual(rollingPlanner({ maxIterations: 30 }).plan(s));
  });
});

describe("the optimised rule set with the rolling planner", () => {
  const rules: RuleSet = RULE_SETS.optimised;
  const weights: Record<string, number> = { nearSeaDirect: 32, ningboFeeder: 16, foreignOther: 8, domesticDirect: 4, domesticBulk: 2 };
  const w = (c: string) => weights[c]!;

  it("reaches the known optimum where FCFS does not: it holds the berth for the near-sea ship due in 2 h", () => {
    // One berth. Any plan serves dom and near in one of two orders: near first costs 4·14 + 32·2 = 120, dom first
    // 4·10 + 32·10 = 360; no plan does better than 120.
    const calls = [ship("dom", 0, 10), ship("near", 2, 2, "nearSeaDirect")];
    const input = { port: port([berth("B1")]), calls, horizon: 100 };
    const optimised = simulate({ ...input, rules, planner: rollingPlanner() });
    const fcfs = simulate({ ...input, rules: RULE_SETS.fcfs });
    expect(optimised.calls.map((c) => [c.id, c.berthingStart])).toEqual([["dom", 4], ["near", 2]]);
    expect(weightedTime(optimised, w)).toBe(120);
    expect(weightedTime(fcfs, w)).toBe(360);
  });

  it("sends a ship to the faster berth even when a slower one is free longer, which FCFS does not", () => {
    // "slow" has been free since 0, "fast" frees at 1 (after x). y waits 1 h for the fast berth: 1 + 5 = 6 h in port
    // against 10 h at the slow one.
    const fastSlow = port([berth("fast", { rates: { container: 20 } }), berth("slow", { rates: { container: 10 } })]);
    const calls = [
      { ...ship("x", 0, 1), serviceHours: undefined, volume: 20 },
      { ...ship("y", 0, 1), serviceHours: undefined, volume: 100 },
    ];
    const input = { port: fastSlow, calls, horizon: 100 };
    const optimised = simulate({ ...input, rules, planner: rollingPlanner() });
    expect(optimised.calls.map((c) => [c.id, c.berth, c.berthingStart, c.end])).toEqual([
      ["x", "fast", 0, 1],
      ["y", "fast", 1, 6],
    ]);
    const fcfs = simulate({ ...input, rules: RULE_SETS.fcfs });
    expect(fcfs.calls.map((c) => [c.id, c.berth, c.end])).toEqual([
      ["x", "fast", 1],
      ["y", "slow", 10],
    ]);
  });
});

describe("properties of the optimised rule set with the rolling planner", () => {
  const scenarios: fc.Arbitrary<Scenario> = scenarioArb({
    rules: fc
      .record({ rules: rulesOfKind("optimised"), lookaheadHours: fc.constantFrom(0, 6, 48) })
      .map(({ rules, lookaheadHours }) => ({ ...rules, lookaheadHours })),
  });
  const planner = rollingPlanner({ maxIterations: 5 });
  const run = (s: Scenario) => simulate({ ...s, planner, log: true });
  // A solver runs at every re-plan: a fifth of the core's cases per property.
  const runs = (seed: number) => ({ numRuns: Math.ceil(NUM_RUNS / 5), seed });
  const timeout = NUM_RUNS * 60;

  it("every schedule keeps feasibility, conservation and the overtaking counts (the checker finds nothing)", { timeout }, () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = run(s);
        expect(checkSchedule({ ...s, schedule: r.calls })).toEqual([]);
        expect(r.kpis.served + r.kpis.waiting + r.kpis.rejected).toBe(s.calls.length);
      }),
      runs(2101),
    );
  });

  it("never preempts: each served ship berths once and leaves at its end", { timeout }, () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const r = run(s);
        for (const c of r.calls.filter((c) => c.status === "served")) {
          const moves = r.log!.filter((e) => e.call === c.id && (e.event === "berth" || e.event === "depart"));
          const depart = c.end! < s.horizon ? [{ t: c.end, event: "depart", call: c.id, at: c.berth }] : [];
          expect(moves).toEqual([{ t: c.berthingStart, event: "berth", call: c.id, at: c.berth }, ...depart]);
        }
      }),
      runs(2102),
    );
  });

  it("is deterministic: the same input twice gives the same JSON", { timeout }, () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        expect(JSON.stringify(run(structuredClone(s)))).toBe(JSON.stringify(run(s)));
      }),
      runs(2103),
    );
  });

  it("serves every ship a dispatcher would serve when the horizon is far: deferral never becomes starvation", { timeout }, () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        // With every closure over and all arrivals in by hour 150, a horizon of 10,000 h leaves time for all.
        const far = { ...s, horizon: 10_000 };
        const r = run(far);
        const fcfs = simulate({ ...far, rules: { ...RULE_SETS.fcfs, queueScope: s.rules.queueScope } });
        expect(r.kpis.waiting).toBe(fcfs.kpis.waiting);
      }),
      runs(2104),
    );
  });
});
