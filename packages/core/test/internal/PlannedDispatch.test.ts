import { describe, expect, it } from "vitest";
import {
  type BerthPlanner,
  checkSchedule,
  RULE_SETS,
  type RuleSet,
  simulate,
  type SimulationInput,
} from "../../src/index.ts";
import { listPlanner, recordingPlanner } from "../helpers/planners.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";

const optimised: RuleSet = RULE_SETS.optimised;

const run = (input: Omit<SimulationInput, "horizon" | "log" | "rules"> & { horizon?: number; rules?: RuleSet }) =>
  simulate({ horizon: 100, log: true, rules: optimised, ...input });

const brief = (r: ReturnType<typeof simulate>) => r.log!.map((e) => [e.t, e.event, e.call, e.at ?? ""].join(" ").trim());

// One berth; a domestic ship arrives first with a long stay, a near-sea ship (weight 32 against 4) is due 2 h later.
const port = tinyPort([berth("B1")]);
const story = [ship("dom", 0, 10, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];

describe("the optimised rule set (planned dispatch)", () => {
  it("keeps a free berth for a heavier ship it expects, then berths the waiting one when the plan says", () => {
    const r = run({ port, calls: story, planner: listPlanner() });
    expect(brief(r)).toEqual([
      "0 arrive dom",
      "2 arrive near",
      "2 berth near B1",
      "4 depart near B1",
      "4 berth dom B1",
      "14 depart dom B1",
    ]);
    const fcfs = run({ port, calls: story, rules: RULE_SETS.fcfs });
    expect(fcfs.calls.map((c) => [c.id, c.wait])).toEqual([["dom", 0], ["near", 8]]);
    expect(r.calls.map((c) => [c.id, c.wait])).toEqual([["dom", 4], ["near", 0]]);
  });

  it("shows the planner the ships at anchor and those expected within the look-ahead, never rejected ones", () => {
    const calls = [...story, ship("far", 60, 1), ship("huge", 1, 1, "domesticDirect", { loa: 999 })];
    const planner = recordingPlanner();
    run({ port: tinyPort([berth("B1"), berth("B2", { rates: { container: 5 } })], { shiftHours: 0.5 }), calls, planner });
    const first = planner.seen[0]!;
    expect(first.now).toBe(0);
    expect(first.berths.map((b) => [b.id, b.free])).toEqual([["B1", 0], ["B2", 0]]);
    expect(first.ships.map((s) => [s.id, s.arrival, s.waiting, s.hours, s.weight])).toEqual([
      ["dom", 0, true, [10.5, 10.5], 4],
      ["near", 2, false, [2.5, 2.5], 32],
    ]);
  });

  it("tells the planner when a busy berth frees, and ships it may not use as null hours", () => {
    const two = tinyPort([berth("B1"), berth("coal", { cargo: ["coal"], rates: { coal: 10 } })]);
    const calls = [ship("a", 0, 5), ship("b", 1, 3), ship("c", 1, 2, "domesticBulk", { cargo: "coal" })];
    const planner = recordingPlanner();
    run({ port: two, calls, planner });
    const atOne = planner.seen.find((s) => s.now === 1)!;
    expect(atOne.berths.map((b) => [b.id, b.free])).toEqual([["B1", 5], ["coal", 1]]);
    expect(atOne.ships.map((s) => [s.id, s.hours])).toEqual([["b", [3, null]], ["c", [null, 2]]]);
  });

  it("asks no plan when no ship at anchor could start at a free berth", () => {
    const planner = recordingPlanner();
    // b arrives while a holds the only berth; only the instants 0 and 5 can commit anything.
    run({ port, calls: [ship("a", 0, 5), ship("b", 1, 3)], planner });
    expect(planner.seen.map((s) => s.now)).toEqual([0, 5]);
  });

  it("wakes up at a planned start that is no event, so a deferred ship is not left waiting forever", () => {
    // The planner defers every ship by an hour after its arrival: nothing else happens at t = 1.
    const r = run({ port, calls: [ship("a", 0, 3)], planner: listPlanner(1) });
    expect(brief(r)).toEqual(["0 arrive a", "1 berth a B1", "4 depart a B1"]);
    expect(r.calls[0]).toMatchObject({ status: "served", wait: 1 });
  });

  it("never moves a berthed ship, whatever the plan says", () => {
    // This planner always wants the near-sea ship at B1 at once, even while dom holds it.
    const pushy: BerthPlanner = {
      plan: (s) => s.ships.map((x) => ({ ship: x.id, berth: "B1", start: x.id === "near" ? s.now : Math.max(s.now, x.arrival) })),
    };
    const r = run({ port, calls: [ship("dom", 0, 10), ship("near", 2, 2, "nearSeaDirect")], planner: pushy });
    expect(r.calls.map((c) => [c.id, c.berthingStart, c.end])).toEqual([["dom", 0, 10], ["near", 10, 12]]);
  });

  it("commits a ship expected later only once it has arrived", () => {
    const eager: BerthPlanner = { plan: (s) => s.ships.map((x) => ({ ship: x.id, berth: "B1", start: s.now })) };
    const r = run({ port: tinyPort([berth("B1"), berth("B2")]), calls: [ship("a", 0, 1), ship("b", 3, 1)], planner: eager });
    expect(r.calls.map((c) => [c.id, c.berthingStart])).toEqual([["a", 0], ["b", 3]]);
  });

  it("leaves ships the planner never plans waiting at the horizon, still accounted for", () => {
    const idle: BerthPlanner = { plan: () => [] };
    const r = run({ port, calls: [ship("a", 0, 1), ship("b", 5, 1)], planner: idle, horizon: 20 });
    expect(r.calls.map((c) => [c.id, c.status, c.wait])).toEqual([["a", "waiting", 20], ["b", "waiting", 15]]);
    expect(r.kpis).toMatchObject({ arrived: 2, served: 0, waiting: 2, rejected: 0 });
  });

  it("fails with a clear error when the rule set has no planner", () => {
    expect(() => run({ port, calls: story })).toThrow(
      'rule set "optimised" (kind "optimised") needs a planner: pass SimulationInput.planner, e.g. rollingPlanner() from @berthsim/optimize',
    );
  });

  it("stops on a plan that names an unknown ship or berth, or a berth the ship may not use", () => {
    const bad = (line: { ship: string; berth: string }): BerthPlanner => ({ plan: (s) => [{ ...line, start: s.now }] });
    const two = tinyPort([berth("B1"), berth("short", { length: 100 })]);
    const calls = [ship("a", 0, 1)];
    expect(() => run({ port: two, calls, planner: bad({ ship: "zz", berth: "B1" }) })).toThrow(
      'planner of rule set "optimised" at 0 h: line (ship "zz", berth "B1", start 0 h): no ship "zz" is in the snapshot',
    );
    expect(() => run({ port: two, calls, planner: bad({ ship: "a", berth: "B9" }) })).toThrow(/the port has no berth "B9"/);
    expect(() => run({ port: two, calls, planner: bad({ ship: "a", berth: "short" }) })).toThrow(/the ship may not use berth "short"/);
  });

  it("produces schedules the independent checker accepts, though they keep berths idle on purpose", () => {
    const r = run({ port, calls: story, planner: listPlanner() });
    const input = { port, calls: story, horizon: 100, schedule: r.calls };
    expect(checkSchedule({ ...input, rules: optimised })).toEqual([]);
    expect(r.calls.map((c) => [c.id, c.overtaken])).toEqual([["dom", 1], ["near", 0]]);
    // The same schedule is no FCFS dispatching: a berth idled while "dom" waited, then "near" went first.
    expect(checkSchedule({ ...input, rules: RULE_SETS.fcfs }).map((v) => v.rule)).toEqual(["nonDelay", "fcfs"]);
  });
});
