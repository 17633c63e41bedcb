import { describe, expect, it } from "vitest";
import { RULE_SETS } from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";
import { check, rulesOf, served } from "./lines.ts";

describe("checkSchedule: feasibility", () => {
  const port = tinyPort([berth("B1"), berth("B2", { length: 200 })], { shiftHours: 1 });

  it("accepts a hand-made schedule that keeps every rule", () => {
    const calls = [ship("a", 0, 4), ship("b", 2, 3)];
    expect(check({ port, calls, schedule: [served("a", "B1", 0, 4, 1), served("b", "B2", 2, 3, 1)] })).toEqual([]);
  });

  it("reports two ships on one berth at once, naming both and the berth", () => {
    const calls = [ship("a", 0, 4), ship("b", 2, 3)];
    const v = check({ port, calls, schedule: [served("a", "B1", 0, 4, 1), served("b", "B1", 4, 3, 1)] });
    expect(v).toContainEqual({
      rule: "overlap",
      calls: ["a", "b"],
      berth: "B1",
      t: 4,
      message: 'berth "B1" holds "a" over [0, 5) h and "b" over [4, 8) h at the same time',
    });
  });

  it("lets a ship berth at the very instant the previous one leaves", () => {
    const calls = [ship("a", 0, 4), ship("b", 2, 3)];
    const schedule = [served("a", "B1", 0, 4, 1), served("b", "B1", 5, 3, 1)];
    // b waited although B2 was free: that is non-delay's business, not feasibility's.
    expect(rulesOf(check({ port, calls, schedule }))).toEqual(["nonDelay"]);
  });

  it("reports a ship berthed before it arrives", () => {
    const v = check({ port, calls: [ship("a", 5, 4)], schedule: [served("a", "B1", 3, 4, 1)] });
    expect(v).toContainEqual(expect.objectContaining({ rule: "beforeArrival", calls: ["a"], berth: "B1", t: 3 }));
  });

  it("reports a deep ship berthed before its tide window, and accepts it berthed once the window opens", () => {
    const tidal = tinyPort([berth("B1")], { shiftHours: 1, tide: { period: 12.42, windowHours: 3, phase: 2, lowWaterDepth: 9 } });
    const calls = [ship("deep", 6, 4, "domesticDirect", { draft: 11 })];
    const early = check({ port: tidal, calls, schedule: [served("deep", "B1", 6, 4, 1)] });
    expect(early).toContainEqual({
      rule: "beforeTide",
      calls: ["deep"],
      berth: "B1",
      t: 6,
      message: '"deep" is berthed at 6 h; drawing 11 m, more than the channel\'s 9 m at low water, it passes the channel only in the tide window opening at 14.42 h',
    });
    expect(check({ port: tidal, calls, schedule: [served("deep", "B1", 14.42, 4, 1)] })).toEqual([]);
  });

  it("reports a ship berthed at or after the horizon", () => {
    const v = check({ port, calls: [ship("a", 0, 4)], schedule: [served("a", "B1", 100, 4, 1)] });
    expect(rulesOf(v)).toContain("afterHorizon");
  });

  it("reports handling that does not start one shift time after berthing", () => {
    const v = check({ port, calls: [ship("a", 0, 4)], schedule: [served("a", "B1", 0, 4, 0)] });
    expect(rulesOf(v)).toEqual(["shiftTime"]);
    expect(v[0]!.message).toBe('"a" starts handling at 0 h; berthed at 0 h with a shift time of 1 h it should be 1 h');
  });

  it("reports an end that is not service start plus the handling time", () => {
    const v = check({ port, calls: [ship("a", 0, 4)], schedule: [served("a", "B1", 0, 3, 1)] });
    expect(rulesOf(v)).toEqual(["serviceTime"]);
  });

  it("derives the handling time from overhead plus volume ÷ rate when the call gives none", () => {
    const b = berth("B1", { overheadHours: 2, rates: { container: 50 } });
    const call = ship("a", 0, 0, "domesticDirect", { serviceHours: undefined, volume: 200 });
    const p = tinyPort([b]);
    expect(check({ port: p, calls: [call], schedule: [served("a", "B1", 0, 6)] })).toEqual([]);
    expect(rulesOf(check({ port: p, calls: [call], schedule: [served("a", "B1", 0, 4)] }))).toEqual(["serviceTime"]);
  });

  it("accepts derived times that differ from exact sums by rounding only", () => {
    const p = tinyPort([berth("B1")], { shiftHours: 0.1 });
    const line = { id: "a", status: "served" as const, berth: "B1", berthingStart: 0.2, serviceStart: 0.30000000000000004, end: 0.6 };
    expect(check({ port: p, calls: [ship("a", 0.2, 0.3)], schedule: [line] })).toEqual([]);
  });

  it("reports a berth the ship is too long, too deep, of the wrong cargo or not open to it for", () => {
    const p = tinyPort([
      berth("short", { length: 100 }),
      berth("shallow", { depth: 5 }),
      berth("coal", { cargo: ["coal"], rates: { coal: 10 } }),
      berth("noRate", { rates: {} }),
      berth("domestic", { foreignTradeOpen: false }),
    ]);
    const near = (id: string) => ship(id, 0, 1, "nearSeaDirect");
    const calls = ["s1", "s2", "s3", "s4", "s5"].map(near);
    const schedule = ["short", "shallow", "coal", "noRate", "domestic"].map((b, i) => served(`s${i + 1}`, b, 0, 1));
    const v = check({ port: p, calls, schedule }).filter((x) => x.rule === "incompatibleBerth");
    expect(v.map((x) => x.berth)).toEqual(["short", "shallow", "coal", "noRate", "domestic"]);
    expect(v[0]!.message).toBe('"s1" is served at berth "short", which it may not use (length overall 150 m > berth length 100 m)');
    expect(v[4]!.message).toContain("foreign-trade ship (nearSeaDirect) at a berth not open to foreign ships");
  });

  it("lets a domestic ship use a berth closed to foreign trade", () => {
    const p = tinyPort([berth("domestic", { foreignTradeOpen: false })]);
    expect(check({ port: p, calls: [ship("d", 0, 1, "domesticBulk")], schedule: [served("d", "domestic", 0, 1)] })).toEqual([]);
  });

  it("keeps a ship with a home area to that area's berths when queues are per area", () => {
    const p = tinyPort([berth("A1", { area: "a" }), berth("B1", { area: "b" })]);
    const calls = [ship("x", 0, 1, "domesticDirect", { homeArea: "a" })];
    const schedule = [served("x", "B1", 0, 1)];
    expect(rulesOf(check({ port: p, calls, schedule, rules: RULE_SETS.fcfsArea }))).toContain("incompatibleBerth");
    expect(check({ port: p, calls, schedule, rules: RULE_SETS.fcfs })).toEqual([]);
  });

  it("reports a berthing whose occupation overlaps a closure of the berth", () => {
    const p = tinyPort([berth("B1", { closures: [{ start: 4, end: 6 }] })]);
    const v = check({ port: p, calls: [ship("a", 0, 5)], schedule: [served("a", "B1", 0, 5)] });
    expect(v).toEqual([
      {
        rule: "closure",
        calls: ["a"],
        berth: "B1",
        t: 0,
        message: '"a" holds berth "B1" over [0, 5) h, which overlaps its closure [4, 6) h',
      },
    ]);
  });

  it("counts the shift time as occupation when checking closures", () => {
    const p = tinyPort([berth("B1", { closures: [{ start: 4, end: 6 }] })], { shiftHours: 1 });
    expect(rulesOf(check({ port: p, calls: [ship("a", 0, 3.5)], schedule: [served("a", "B1", 0, 3.5, 1)] }))).toEqual([
      "closure",
    ]);
    expect(check({ port: p, calls: [ship("a", 0, 3)], schedule: [served("a", "B1", 0, 3, 1)] })).toEqual([]);
  });

  it("reports a berth the port does not have", () => {
    const v = check({ port, calls: [ship("a", 0, 1)], schedule: [served("a", "B9", 0, 1, 1)] });
    expect(rulesOf(v)).toEqual(["unknownBerth"]);
  });
});
