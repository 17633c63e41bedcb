import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareCalls, simulate } from "../src/index.ts";
import { portWithQuaysArb, ruleSetArb, runs, scenarioArb } from "./properties/arbitraries.ts";

describe("prepareCalls", () => {
  it("gives every rule set run on the prepared calls the results it gets unprepared", () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb(), scenarioArb({ port: portWithQuaysArb })), fc.array(ruleSetArb, { minLength: 1, maxLength: 3 }), (s, ruleSets) => {
        const prepared = new Map<string, ReturnType<typeof prepareCalls>>();
        for (const rules of ruleSets) {
          const p = prepared.get(rules.queueScope) ?? prepareCalls(s.port, s.calls, rules.queueScope);
          prepared.set(rules.queueScope, p);
          expect(simulate({ ...s, rules, prepared: p, log: true })).toEqual(simulate({ ...s, rules, log: true }));
        }
      }),
      runs(20261128),
    );
  });

  it("is refused, with the reason, for other calls, another port or another queue scope", () => {
    const s = fc.sample(scenarioArb({ minCalls: 2 }), { numRuns: 1, seed: 5 })[0]!;
    const prepared = prepareCalls(s.port, s.calls, s.rules.queueScope);
    const other = s.rules.queueScope === "port" ? "area" : "port";
    for (const input of [
      { ...s, calls: [...s.calls], prepared },
      { ...s, port: { ...s.port }, prepared },
      { ...s, rules: { ...s.rules, queueScope: other } as const, prepared },
    ])
      expect(() => simulate(input)).toThrow(/prepared. was made for other calls, another port or another queue scope/);
  });
});
