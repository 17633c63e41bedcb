import { describe, expect, it } from "vitest";
import { BUILT_IN_RULE_SETS } from "@berthsim/core";
import { jiaxingDefault, measureScenario, PLAN_BASELINE, PLAN_MEASURES, WHAT_IFS } from "../src/index.ts";

const ALL = [PLAN_BASELINE, ...PLAN_MEASURES];

describe("PLAN_MEASURES", () => {
  it("have unique ids, names in both languages and the plan line they come from", () => {
    expect(new Set(ALL.map((m) => m.id)).size).toBe(ALL.length);
    for (const m of ALL) {
      expect(m.name.length * m.nameZh.length * m.explanation.length * m.explanationZh.length * m.plan.length).toBeGreaterThan(0);
      for (const spec of m.whatIfs) expect(WHAT_IFS.map((w) => w.id)).toContain(spec.id);
    }
  });

  it("the baseline is the plan's foreign-trade priority with a queue per area, and priority off is FCFS on the same queues", () => {
    expect(PLAN_BASELINE.whatIfs).toEqual([]);
    const rules = (id: string) => BUILT_IN_RULE_SETS.find((r) => r.id === id)!;
    expect(rules(PLAN_BASELINE.rules)).toMatchObject({ kind: "priority", queueScope: "area" });
    const off = PLAN_MEASURES.find((m) => m.id === "priority-off")!;
    expect(off.whatIfs).toEqual([]);
    expect(rules(off.rules)).toMatchObject({ kind: "fcfs", queueScope: "area" });
  });
});

describe("measureScenario(scenario, measure)", () => {
  it("applies every measure to the default scenario, keeping one rule set, the seed and every stream not edited", () => {
    for (const m of ALL) {
      const applied = measureScenario(jiaxingDefault, m);
      if (!applied.ok) throw new Error(applied.errors.join("\n"));
      expect(applied.scenario.rules.map((r) => r.id)).toEqual([m.rules]);
      expect(applied.scenario.seed).toBe(jiaxingDefault.seed);
      const ids = new Set(applied.scenario.traffic.map((s) => s.id));
      for (const s of jiaxingDefault.traffic) expect(ids.has(s.id)).toBe(true);
    }
  });

  it("integrating berths runs the priority rule set on one port-wide queue", () => {
    const applied = measureScenario(jiaxingDefault, PLAN_MEASURES.find((m) => m.id === "integrate-berths")!);
    expect(applied.ok && applied.scenario.rules[0]).toMatchObject({ id: "priority", kind: "priority", queueScope: "port" });
  });

  it("the coal arm puts the coal berths and coal ships at Zhapu (the default already has them at Dushan)", () => {
    expect(jiaxingDefault.port.berths.filter((b) => b.cargo.includes("coal")).map((b) => b.area)).toEqual(["dushan", "dushan"]);
    const applied = measureScenario(jiaxingDefault, PLAN_MEASURES.find((m) => m.id === "coal-at-zhapu")!);
    if (!applied.ok) throw new Error(applied.errors.join("\n"));
    expect(applied.scenario.port.berths.filter((b) => b.cargo.includes("coal")).map((b) => b.area)).toEqual(["zhapu", "zhapu"]);
    expect(applied.scenario.traffic.filter((s) => s.cargo === "coal").map((s) => s.homeArea)).toEqual(["zhapu", "zhapu"]);
  });

  it("takes a built-in rule set the scenario does not list", () => {
    const applied = measureScenario({ ...jiaxingDefault, rules: [] }, PLAN_BASELINE);
    expect(applied.ok && applied.scenario.rules.map((r) => r.id)).toEqual(["priority-area"]);
  });

  it("says which measure failed and why when its rule set does not exist", () => {
    const applied = measureScenario(jiaxingDefault, { ...PLAN_BASELINE, id: "odd", rules: "no-such-rules" });
    expect(applied).toEqual({ ok: false, errors: [expect.stringMatching(/^odd: no rule set "no-such-rules" \(rule sets: fcfs, /)] });
  });
});
