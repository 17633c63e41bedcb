import { describe, expect, it } from "vitest";
import { RULE_SETS, type RuleSet } from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";
import { check, rulesOf, served } from "./lines.ts";

describe("checkSchedule: who goes first", () => {
  const port = tinyPort([berth("B1")]);
  const calls = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];
  const domFirst = [served("busy", "B1", 0, 10), served("dom", "B1", 10, 2), served("near", "B1", 12, 2)];
  const nearFirst = [served("busy", "B1", 0, 10), served("near", "B1", 10, 2), served("dom", "B1", 12, 2)];

  it("under priority, reports a lower class berthed while a higher class waits for that berth", () => {
    expect(check({ port, calls, schedule: domFirst, rules: RULE_SETS.priority })).toEqual([
      {
        rule: "priority",
        calls: ["dom", "near"],
        berth: "B1",
        t: 10,
        message:
          'at 10 h berth "B1" goes to "dom" (domesticDirect, rank 3, arrived 1 h) while "near" (nearSeaDirect, rank 0, arrived 2 h) waits, could berth there, and comes first under priority',
      },
    ]);
    expect(check({ port, calls, schedule: nearFirst, rules: RULE_SETS.priority })).toEqual([]);
  });

  it("under FCFS, reports a later arrival berthed while an earlier one waits for that berth", () => {
    expect(rulesOf(check({ port, calls, schedule: nearFirst, rules: RULE_SETS.fcfs }))).toEqual(["fcfs"]);
    expect(check({ port, calls, schedule: domFirst, rules: RULE_SETS.fcfs })).toEqual([]);
  });

  it("breaks ties of class and arrival by id, in code-unit order", () => {
    const twins = [ship("busy", 0, 10), ship("A-2", 1, 2, "nearSeaDirect"), ship("A-10", 1, 2, "nearSeaDirect")];
    const idOrder = [served("busy", "B1", 0, 10), served("A-10", "B1", 10, 2), served("A-2", "B1", 12, 2)];
    const reversed = [served("busy", "B1", 0, 10), served("A-2", "B1", 10, 2), served("A-10", "B1", 12, 2)];
    for (const rules of [RULE_SETS.fcfs, RULE_SETS.priority, RULE_SETS.priorityCapped]) {
      expect(check({ port, calls: twins, schedule: idOrder, rules })).toEqual([]);
      expect(rulesOf(check({ port, calls: twins, schedule: reversed, rules }))).toEqual([rules.kind]);
    }
  });

  it("ranks classes missing from the class order after every listed one", () => {
    const nearOnly: RuleSet = { ...RULE_SETS.priority, classOrder: ["nearSeaDirect"] };
    const three = [ship("busy", 0, 10), ship("bulk", 1, 2, "domesticBulk"), ship("feeder", 2, 2, "ningboFeeder")];
    const bulkFirst = [served("busy", "B1", 0, 10), served("bulk", "B1", 10, 2), served("feeder", "B1", 12, 2)];
    // Unlisted classes are equal to each other: FCFS between them.
    expect(check({ port, calls: three, schedule: bulkFirst, rules: nearOnly })).toEqual([]);
    expect(rulesOf(check({ port, calls: three, schedule: bulkFirst, rules: RULE_SETS.priority }))).toEqual(["priority"]);
  });

  const long2 = () => [ship("busy", 0, 10), ship("deepBusy", 0, 20), ship("dom", 1, 2, "domesticDirect")];

  it("does not count a waiting ship that could not use the berth: too big, or not finishing before a closure", () => {
    const closing = tinyPort([berth("B1", { closures: [{ start: 13, end: 50 }] })]);
    const longNear = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 4, "nearSeaDirect")];
    const schedule = [served("busy", "B1", 0, 10), served("dom", "B1", 10, 2), served("near", "B1", 50, 4)];
    expect(check({ port: closing, calls: longNear, schedule, rules: RULE_SETS.priority })).toEqual([]);
    // "near" is too deep for B1 (12 m); the only deep berth is busy until 20.
    const p2 = tinyPort([berth("B1"), berth("deep", { depth: 16 })]);
    const tooDeep = [...long2(), ship("near", 2, 2, "nearSeaDirect", { draft: 13 })];
    const s2 = [served("busy", "B1", 0, 10), served("deepBusy", "deep", 0, 20), served("dom", "B1", 10, 2), served("near", "deep", 20, 2)];
    expect(check({ port: p2, calls: tooDeep, schedule: s2, rules: RULE_SETS.priority })).toEqual([]);
  });

  it("does not treat ships berthed at the same instant at other berths as waiting", () => {
    const two = tinyPort([berth("B1"), berth("B2")]);
    const c = [ship("dom", 0, 2, "domesticDirect"), ship("near", 0, 2, "nearSeaDirect")];
    const s = [served("dom", "B1", 0, 2), served("near", "B2", 0, 2)];
    expect(check({ port: two, calls: c, schedule: s, rules: RULE_SETS.priority })).toEqual([]);
  });

  describe("under cappedPriority", () => {
    const capped: RuleSet = { ...RULE_SETS.priorityCapped, capHours: 5 };
    const long = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];

    it("serves ships past the cap FCFS among themselves, class ignored", () => {
      // At 10 both have waited past the 5 h cap (dom 9 h, near 8 h): FCFS between them, so dom goes first.
      expect(check({ port, calls: long, schedule: domFirst, rules: capped })).toEqual([]);
      expect(check({ port, calls: long, schedule: nearFirst, rules: capped })).toEqual([
        expect.objectContaining({ rule: "cappedPriority", calls: ["near", "dom"], t: 10 }),
      ]);
    });

    it("lets a higher class go first while neither ship has reached the cap", () => {
      const wide: RuleSet = { ...capped, capHours: 20 };
      expect(check({ port, calls: long, schedule: nearFirst, rules: wide })).toEqual([]);
      expect(rulesOf(check({ port, calls: long, schedule: domFirst, rules: wide }))).toEqual(["cappedPriority"]);
    });

    it("puts a ship past the cap ahead of a higher class below it", () => {
      const late = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 9, 2, "nearSeaDirect")];
      const dom = [served("busy", "B1", 0, 10), served("dom", "B1", 10, 2), served("near", "B1", 12, 2)];
      const near = [served("busy", "B1", 0, 10), served("near", "B1", 10, 2), served("dom", "B1", 12, 2)];
      expect(check({ port, calls: late, schedule: dom, rules: capped })).toEqual([]);
      expect(check({ port, calls: late, schedule: near, rules: capped })[0]!.message).toContain(
        '"dom" (domesticDirect, rank 3, arrived 1 h, past the cap)',
      );
    });

    it("reaches the cap at exactly capHours of waiting", () => {
      const exact = [ship("busy", 0, 6), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];
      const dom = [served("busy", "B1", 0, 6), served("dom", "B1", 6, 2), served("near", "B1", 8, 2)];
      expect(check({ port, calls: exact, schedule: dom, rules: capped })).toEqual([]);
    });

    it("is plain priority when the rule set has no cap", () => {
      const { capHours: _, ...uncapped } = capped;
      expect(rulesOf(check({ port, calls: long, schedule: domFirst, rules: uncapped }))).toEqual(["cappedPriority"]);
    });
  });
});
