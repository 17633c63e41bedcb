import { describe, expect, it } from "vitest";
import { RULE_SETS } from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";
import { check, rejected, rulesOf, served, waiting } from "./lines.ts";

describe("checkSchedule: conservation", () => {
  const port = tinyPort([berth("B1", { length: 200 })]);
  const calls = [ship("a", 0, 4), ship("b", 1, 3)];

  it("reports an input call missing from the schedule", () => {
    expect(check({ port, calls, schedule: [served("a", "B1", 0, 4)] })).toContainEqual({
      rule: "missingCall",
      calls: ["b"],
      message: 'input call "b" is missing from the schedule',
    });
  });

  it("reports a line whose id is no input call", () => {
    const v = check({ port, calls, schedule: [served("a", "B1", 0, 4), served("b", "B1", 4, 3), waiting("ghost")] });
    expect(rulesOf(v)).toEqual(["unknownCall"]);
  });

  it("reports a call listed twice in the schedule", () => {
    const v = check({ port, calls, schedule: [served("a", "B1", 0, 4), served("b", "B1", 4, 3), waiting("b")] });
    expect(rulesOf(v)).toEqual(["duplicateCall"]);
  });

  it("reports input calls that share an id", () => {
    const v = check({ port, calls: [ship("a", 0, 4), ship("a", 5, 1)], schedule: [served("a", "B1", 0, 4)] });
    expect(rulesOf(v)).toEqual(["duplicateInput"]);
  });

  it("reports a served line without its berth or times, and a waiting line with them", () => {
    const v = check({
      port,
      calls,
      schedule: [
        { id: "a", status: "served", berth: "B1", berthingStart: 0, serviceStart: 0 },
        { ...served("b", "B1", 4, 3), status: "waiting" },
      ],
    });
    expect(v.filter((x) => x.rule === "statusFields").map((x) => x.message)).toEqual([
      '"a" is served but lacks a berth, berthing start, service start or end',
      '"b" is waiting but has a berth or berthing times',
    ]);
  });

  it("reports a rejection of a ship that a berth of its queue can take", () => {
    const v = check({ port, calls, schedule: [served("a", "B1", 0, 4), rejected("b")] });
    expect(v).toContainEqual({
      rule: "wrongRejection",
      calls: ["b"],
      message: '"b" is rejected, but berth "B1" of its queue can take it',
    });
  });

  it("accepts the rejection of a ship too long for every berth", () => {
    const long = [ship("a", 0, 4), ship("b", 1, 3, "domesticDirect", { loa: 250 })];
    expect(check({ port, calls: long, schedule: [served("a", "B1", 0, 4), rejected("b")] })).toEqual([]);
  });

  it("judges rejections within the queue scope: per area, only the home area's berths count", () => {
    const p = tinyPort([berth("A1", { area: "a", length: 100 }), berth("B1", { area: "b" })]);
    const x = [ship("x", 0, 1, "domesticDirect", { homeArea: "a" })];
    expect(check({ port: p, calls: x, schedule: [rejected("x")], rules: RULE_SETS.fcfsArea })).toEqual([]);
    expect(rulesOf(check({ port: p, calls: x, schedule: [rejected("x")], rules: RULE_SETS.fcfs }))).toEqual(["wrongRejection"]);
  });

  it("reports a ship that fits no berth left waiting instead of rejected", () => {
    const v = check({ port, calls: [ship("big", 0, 1, "domesticDirect", { draft: 20 })], schedule: [waiting("big")] });
    expect(rulesOf(v)).toEqual(["missedRejection"]);
  });

  it("treats calls arriving at or after the horizon as waiting, never rejected", () => {
    const big = [ship("big", 100, 1, "domesticDirect", { draft: 20 })];
    expect(check({ port, calls: big, schedule: [waiting("big")] })).toEqual([]);
    expect(rulesOf(check({ port, calls: big, schedule: [rejected("big")] }))).toEqual(["wrongRejection"]);
  });

  it("checks reported waits: to berthing, to the horizon while waiting, zero when rejected", () => {
    const three = [ship("a", 0, 4), ship("b", 1, 3), ship("c", 2, 1, "domesticDirect", { loa: 300 })];
    const good = [
      { ...served("a", "B1", 0, 4), wait: 0 },
      { ...served("b", "B1", 4, 3), wait: 3 },
      { ...rejected("c"), wait: 0 },
    ];
    expect(check({ port, calls: three, schedule: good })).toEqual([]);
    const bad = [{ ...served("a", "B1", 0, 4), wait: 0 }, { ...waiting("b"), wait: 1 }, { ...rejected("c"), wait: 2 }];
    expect(check({ port, calls: three, schedule: bad, horizon: 4 }).filter((v) => v.rule === "waitField")).toEqual([
      { rule: "waitField", calls: ["b"], message: '"b" (waiting) reports a wait of 1 h; it should be 3 h' },
      { rule: "waitField", calls: ["c"], message: '"c" (rejected) reports a wait of 2 h; it should be 0 h' },
    ]);
  });
});
