import { describe, expect, it } from "vitest";
import { RULE_SETS } from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";
import { check, rulesOf, served, waiting } from "./lines.ts";

describe("checkSchedule: non-delay", () => {
  it("reports a berth left idle while a ship that could use it waits", () => {
    const port = tinyPort([berth("B1")]);
    const v = check({ port, calls: [ship("a", 0, 4), ship("b", 1, 2)], schedule: [served("a", "B1", 0, 4), served("b", "B1", 5, 2)] });
    expect(v).toEqual([
      {
        rule: "nonDelay",
        calls: ["b"],
        berth: "B1",
        t: 4,
        message: 'at 4 h berth "B1" is idle while "b" waits and could berth there',
      },
    ]);
  });

  it("reports a ship left waiting at the horizon while a berth stood idle", () => {
    const port = tinyPort([berth("B1"), berth("B2")]);
    const v = check({ port, calls: [ship("a", 0, 4), ship("b", 1, 2)], schedule: [served("a", "B1", 0, 4), waiting("b")], horizon: 10 });
    expect(v.map((x) => [x.rule, x.berth, x.t])).toEqual([
      ["nonDelay", "B2", 1],
      ["nonDelay", "B1", 4],
      ["nonDelay", "B2", 4],
    ]);
  });

  it("accepts an idle berth when the waiting ship could not finish before its closure", () => {
    const port = tinyPort([berth("B1", { closures: [{ start: 5, end: 20 }] })]);
    const calls = [ship("short", 0, 4), ship("long", 1, 6)];
    expect(check({ port, calls, schedule: [served("short", "B1", 0, 4), served("long", "B1", 20, 6)] })).toEqual([]);
  });

  it("counts the shift time against the closure too", () => {
    const port = tinyPort([berth("B1", { closures: [{ start: 5, end: 20 }] })], { shiftHours: 1 });
    // At 0 the ship would hold the berth over [0, 5): one hour of shift and four of handling, just before the closure.
    const calls = [ship("a", 0, 4)];
    expect(rulesOf(check({ port, calls, schedule: [served("a", "B1", 20, 4, 1)] }))).toEqual(["nonDelay"]);
    const longer = [ship("a", 0, 4.5)];
    expect(check({ port, calls: longer, schedule: [served("a", "B1", 20, 4.5, 1)] })).toEqual([]);
  });

  it("treats a berth as busy during the shift time", () => {
    const port = tinyPort([berth("B1")], { shiftHours: 2 });
    const calls = [ship("a", 0, 1), ship("b", 1, 1)];
    expect(check({ port, calls, schedule: [served("a", "B1", 0, 1, 2), served("b", "B1", 3, 1, 2)] })).toEqual([]);
  });

  it("does not count berths outside a ship's home area when queues are per area", () => {
    const port = tinyPort([berth("A1", { area: "a" }), berth("B1", { area: "b" })]);
    const calls = [ship("x", 0, 10, "domesticDirect", { homeArea: "a" }), ship("y", 1, 10, "domesticDirect", { homeArea: "a" })];
    const schedule = [served("x", "A1", 0, 10), served("y", "A1", 10, 10)];
    expect(check({ port, calls, schedule, rules: RULE_SETS.fcfsArea })).toEqual([]);
    expect(rulesOf(check({ port, calls, schedule, rules: RULE_SETS.fcfs }))).toEqual(["nonDelay"]);
  });

  it("looks again when a closure ends", () => {
    const port = tinyPort([berth("B1", { closures: [{ start: 0, end: 8 }] })]);
    const v = check({ port, calls: [ship("a", 2, 1)], schedule: [served("a", "B1", 9, 1)] });
    expect(v.map((x) => [x.rule, x.t])).toEqual([["nonDelay", 8]]);
  });

  it("asks nothing at or after the horizon", () => {
    const port = tinyPort([berth("B1")]);
    const calls = [ship("a", 0, 30), ship("b", 1, 2)];
    expect(check({ port, calls, schedule: [served("a", "B1", 0, 30), waiting("b")], horizon: 30 })).toEqual([]);
  });
});
