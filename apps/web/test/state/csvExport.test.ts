import { MonteCarloAccumulator, RULE_SETS } from "@berthsim/core";
import { csvParse } from "d3";
import { describe, expect, it } from "vitest";
import { estimatesToCsv, schedulesToCsv } from "../../src/state/csvExport.ts";
import { result, TINY_CALLS } from "../helpers/fixtures.ts";

describe("schedulesToCsv(results)", () => {
  it("is the scenario package's schedule CSV of every rule set, after a rule_set column", () => {
    const rows = csvParse(schedulesToCsv([result(TINY_CALLS, RULE_SETS.fcfs), result(TINY_CALLS.slice(0, 2), RULE_SETS.priority)]));
    expect(rows.columns.slice(0, 3)).toEqual(["rule_set", "id", "name"]);
    expect(rows.map((r) => `${r["rule_set"]}/${r["id"]}`)).toEqual(["fcfs/c1", "fcfs/c2", "fcfs/c3", "fcfs/c4", "fcfs/c5", "priority/c1", "priority/c2"]);
    expect(rows[1]!["berthing_start"]).toBe("20");
  });
});

describe("estimatesToCsv(estimates)", () => {
  it("has a row per rule set and key, and per paired difference and key, with the 95 % interval", () => {
    const acc = new MonteCarloAccumulator({ keys: ["wait.mean"], ruleSets: [{ id: "a", name: "A" }, { id: "b", name: "B" }] });
    acc.add([1, 2]);
    acc.add([3, 6]);
    const rows = csvParse(estimatesToCsv(acc.estimates()));
    expect(rows.map((r) => [r["kind"], r["rule_set"], r["baseline"], r["kpi"], r["replications"], r["mean"]])).toEqual([
      ["estimate", "a", "", "wait.mean", "2", "2"],
      ["estimate", "b", "", "wait.mean", "2", "4"],
      ["paired_difference", "b", "a", "wait.mean", "2", "2"],
    ]);
    expect(Number(rows[0]!["half_width"])).toBeCloseTo(12.706, 3);
  });
});
