import { describe, expect, it } from "vitest";
import { RULE_SETS, type ScheduledCall } from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";
import { check, rulesOf, served } from "./lines.ts";

// A 500 m quay, 10 % clearance: a 150 m ship holds 165 m. Its first 200 m are 8 m deep, the rest 12 m.
const quay = berth("Q", {
  length: 500,
  quay: {
    clearanceMetres: 0,
    clearanceShare: 0.1,
    depths: [
      { from: 0, to: 200, depth: 8 },
      { from: 200, to: 500, depth: 12 },
    ],
  },
});
const port = tinyPort([quay]);
const at = (line: ScheduledCall, position: number): ScheduledCall => ({ ...line, position });

describe("checkSchedule: shared quays", () => {
  it("accepts two ships side by side on one quay", () => {
    const calls = [ship("a", 0, 4), ship("b", 0, 4)];
    expect(check({ port, calls, schedule: [at(served("a", "Q", 0, 4), 0), at(served("b", "Q", 0, 4), 165)] })).toEqual([]);
  });

  it("reports two ships holding the same metres at the same time, naming both stretches", () => {
    const calls = [ship("a", 0, 4), ship("b", 0, 4)];
    const v = check({ port, calls, schedule: [at(served("a", "Q", 0, 4), 0), at(served("b", "Q", 0, 4), 160)] });
    expect(v).toContainEqual({
      rule: "quayOverlap",
      calls: ["a", "b"],
      berth: "Q",
      t: 0,
      message: 'quay "Q" holds "a" over [0, 165) m × [0, 4) h and "b" over [160, 325) m × [0, 4) h',
    });
  });

  it("lets ships hold the same metres one after the other", () => {
    const calls = [ship("a", 0, 4), ship("b", 4, 4)];
    expect(check({ port, calls, schedule: [at(served("a", "Q", 0, 4), 0), at(served("b", "Q", 4, 4), 100)] })).toEqual([]);
  });

  it("reports a ship whose stretch, with its clearance, runs past the end of the quay", () => {
    const v = check({ port, calls: [ship("a", 0, 4)], schedule: [at(served("a", "Q", 0, 4), 340)] });
    expect(v).toContainEqual(expect.objectContaining({ rule: "quayPosition", calls: ["a"], berth: "Q" }));
    expect(v.find((x) => x.rule === "quayPosition")!.message).toBe(
      '"a" holds [340, 505) m of quay "Q" (length overall 150 m and clearance), outside its 500 m',
    );
  });

  it("reports a ship lying where the quay is shallower than its draft", () => {
    const deep = ship("a", 0, 4, "domesticDirect", { draft: 10 });
    const v = check({ port, calls: [deep], schedule: [at(served("a", "Q", 0, 4), 100)] });
    expect(v).toContainEqual(
      expect.objectContaining({
        rule: "quayDepth",
        message: '"a" (draft 10 m) lies at [100, 250) m of quay "Q", where the water is 8 m deep',
      }),
    );
  });

  it("reports a line at a quay without a position, and a position at a discrete berth", () => {
    const both = tinyPort([quay, berth("B")]);
    const calls = [ship("a", 0, 4), ship("b", 0, 4)];
    const v = check({ port: both, calls, schedule: [served("a", "Q", 0, 4), at(served("b", "B", 0, 4), 20)] });
    expect(rulesOf(v).filter((r) => r === "quayPosition")).toHaveLength(2);
  });

  it("reports more ships alongside than the quay's limit", () => {
    const two = tinyPort([{ ...quay, quay: { ...quay.quay!, maxShips: 1 } }]);
    const calls = [ship("a", 0, 4), ship("b", 0, 4)];
    const v = check({ port: two, calls, schedule: [at(served("a", "Q", 0, 4), 0), at(served("b", "Q", 0, 4), 165)] });
    expect(rulesOf(v)).toContain("quayShips");
  });

  it("reports a ship left waiting although it fits beside the ships alongside (non-delay)", () => {
    const calls = [ship("a", 0, 4), ship("b", 0, 4)];
    const v = check({ port, calls, schedule: [at(served("a", "Q", 0, 4), 0), at(served("b", "Q", 4, 4), 0)] });
    expect(v).toContainEqual(
      expect.objectContaining({
        rule: "nonDelay",
        calls: ["b"],
        t: 0,
        message: 'at 0 h berth "Q" has room while "b" waits and could berth there',
      }),
    );
  });

  it("allows a later, smaller ship onto the quay while a larger one that fits nowhere waits (fcfs)", () => {
    // big holds 352 m: beside a (0–165 m) only 335 m remain.
    const calls = [ship("a", 0, 10), ship("big", 1, 4, "domesticDirect", { loa: 320 }), ship("small", 2, 4)];
    const schedule = [at(served("a", "Q", 0, 10), 0), at(served("big", "Q", 10, 4), 0), at(served("small", "Q", 2, 4), 165)];
    expect(check({ port, calls, schedule, rules: RULE_SETS.fcfs })).toEqual([]);
  });

  it("reports an earlier ship passed over when it could have taken the later one's place (fcfs)", () => {
    const calls = [ship("a", 0, 10), ship("first", 1, 4), ship("second", 1, 4), ship("third", 2, 4)];
    // The quay holds a and two more 165 m stretches (0–165, 165–330, 330–495): "third" takes the last place at
    // t = 2 while "first" waits until 10.
    const schedule = [
      at(served("a", "Q", 0, 10), 0),
      at(served("second", "Q", 1, 4), 165),
      at(served("third", "Q", 2, 4), 330),
      at(served("first", "Q", 10, 4), 0),
    ];
    const v = check({ port, calls, schedule, rules: RULE_SETS.fcfs });
    expect(rulesOf(v)).toContain("fcfs");
  });
});
