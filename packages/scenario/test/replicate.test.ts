import { checkSchedule, RULE_SETS } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import { jiaxingDefault, plannerFor, replicationCalls, runReplication, type Scenario } from "../src/index.ts";

/** Two weeks of the default Jiaxing scenario, FCFS against the optimised rule set. */
const small: Scenario = { ...jiaxingDefault, horizon: 2 * 168, warmup: 24, rules: [RULE_SETS.fcfs, RULE_SETS.optimised] };

describe("runReplication(scenario, k)", () => {
  it("runs the optimised rule set with the rolling planner, and its schedule passes the independent checker", () => {
    const [fcfs, optimised] = runReplication(small, 0);
    const calls = replicationCalls(small, 0);
    expect(optimised!.rules).toBe(RULE_SETS.optimised);
    expect(optimised!.kpis.arrived).toBe(fcfs!.kpis.arrived);
    expect(checkSchedule({ ...small, calls, rules: RULE_SETS.optimised, schedule: optimised!.calls })).toEqual([]);
  });

  it("gives the same schedule on every run (the planner is deterministic)", () => {
    expect(JSON.stringify(runReplication(small, 1)[1])).toBe(JSON.stringify(runReplication(small, 1)[1]));
  });
});

describe("plannerFor(rules)", () => {
  it("gives the optimised rule set a planner and the dispatching rule sets none", () => {
    expect(plannerFor(RULE_SETS.optimised)).toBeDefined();
    expect(plannerFor(RULE_SETS.priority)).toBeUndefined();
  });
});
