import { RULE_SETS } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import { decodeScenario, encodeScenario } from "../../src/index.ts";
import { exampleFile } from "../helpers/files.ts";

const errorsOf = (input: unknown): readonly string[] => {
  const r = decodeScenario(input);
  if (r.ok) throw new Error("expected the input to be rejected");
  return r.errors;
};

const optimisedObject = {
  id: "optimised-72h",
  name: "Optimised, 3 days ahead",
  kind: "optimised",
  classOrder: ["nearSeaDirect", "ningboFeeder"],
  queueScope: "port",
  berthChoice: "earliestFree",
  lookaheadHours: 72,
  classWeights: { domesticBulk: 3 },
};

describe("rule sets in a scenario file", () => {
  it('names the optimised rule set by id, "optimised", though it is not in the default list', () => {
    const file = exampleFile();
    file.rules = ["fcfs", "optimised"];
    const r = decodeScenario(file);
    expect(r.ok && r.scenario.rules).toEqual([RULE_SETS.fcfs, RULE_SETS.optimised]);
  });

  it("takes an optimised rule set with its look-ahead and class weights, and writes it back the same", () => {
    const file = exampleFile();
    file.rules = [optimisedObject];
    const r = decodeScenario(file);
    expect(r.ok && r.scenario.rules).toEqual([optimisedObject]);
    if (!r.ok) return;
    const again = decodeScenario(encodeScenario(r.scenario));
    expect(again.ok && again.scenario.rules).toEqual([optimisedObject]);
  });

  it("names the field and the rule when an optimised rule set's parameters are wrong", () => {
    const file = exampleFile();
    file.rules = [
      { ...optimisedObject, lookaheadHours: -1, classWeights: { nearSeaDirect: 0, coastal: 2 } },
      { ...optimisedObject, id: "p", kind: "priority", lookaheadHours: 24 },
    ];
    expect(errorsOf(file)).toEqual([
      "rules[0].lookaheadHours: expected a number ≥ 0, got -1",
      "rules[0].classWeights.coastal: unknown field (allowed: nearSeaDirect, ningboFeeder, domesticDirect, foreignOther, domesticBulk)",
      "rules[0].classWeights.nearSeaDirect: expected a positive number, got 0",
      'rules[1].lookaheadHours: only kind "optimised" reads lookaheadHours; this rule set is "priority"',
      'rules[1].classWeights: only kind "optimised" reads classWeights; this rule set is "priority"',
    ]);
  });
});
