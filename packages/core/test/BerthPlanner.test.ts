import { describe, expect, it } from "vitest";
import { classWeight, RULE_SETS, type RuleSet, TRADE_CLASS_IDS } from "../src/index.ts";

describe("classWeight", () => {
  it("doubles the weight with each rank of classOrder, unlisted classes weighing 1", () => {
    const rules = RULE_SETS.optimised;
    expect(rules.classOrder.map((c) => classWeight(rules, c))).toEqual([32, 16, 8, 4, 2]);
    const twoClasses: RuleSet = { ...rules, classOrder: ["ningboFeeder", "nearSeaDirect"] };
    expect(TRADE_CLASS_IDS.map((c) => [c, classWeight(twoClasses, c)])).toEqual([
      ["nearSeaDirect", 2],
      ["ningboFeeder", 4],
      ["domesticDirect", 1],
      ["foreignOther", 1],
      ["domesticBulk", 1],
    ]);
  });

  it("weighs every class 1 with an empty classOrder: the planner minimises the total time in port", () => {
    const rules: RuleSet = { ...RULE_SETS.optimised, classOrder: [] };
    expect(TRADE_CLASS_IDS.map((c) => classWeight(rules, c))).toEqual([1, 1, 1, 1, 1]);
  });

  it("takes the rule set's own weights where it gives them", () => {
    const rules: RuleSet = { ...RULE_SETS.optimised, classWeights: { domesticBulk: 7, nearSeaDirect: 1.5 } };
    expect(classWeight(rules, "domesticBulk")).toBe(7);
    expect(classWeight(rules, "nearSeaDirect")).toBe(1.5);
    expect(classWeight(rules, "ningboFeeder")).toBe(16);
  });
});
