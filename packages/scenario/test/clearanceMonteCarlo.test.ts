import { clearanceKeys, clearanceVector, kpiKeys, kpiVector, RULE_SETS } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import {
  compareClearance,
  JIAXING_CLEARANCE,
  jiaxingDefault,
  monteCarloKeys,
  replicationClearance,
  replicationVectors,
  runMonteCarlo,
  runReplication,
  type Scenario,
} from "../src/index.ts";

/** The default Jiaxing scenario (with its clearance stage) cut to six weeks and two rule sets. */
const small: Scenario = { ...jiaxingDefault, horizon: 6 * 168, warmup: 168, rules: [RULE_SETS.fcfs, RULE_SETS.priority], replications: 4 };

describe("monteCarloKeys(scenario)", () => {
  it("adds the clearance keys after the berth keys when the scenario has the stage", () => {
    expect(monteCarloKeys(small)).toEqual([...kpiKeys(small.port), ...clearanceKeys(small.port)]);
    const { clearance: _, ...berthsOnly } = small;
    expect(monteCarloKeys(berthsOnly)).toEqual(kpiKeys(small.port));
  });
});

describe("replicationVectors with a clearance stage", () => {
  it("writes each run's berth KPIs, then the clearance KPIs of its served calls", () => {
    const stride = monteCarloKeys(small).length;
    const v = replicationVectors(small, 1, 2);
    expect(v.length).toBe(2 * stride);
    const [, priority] = runReplication(small, 1);
    const berth = kpiKeys(small.port).length;
    expect(v.subarray(stride, stride + berth)).toEqual(kpiVector(small.port, priority!.kpis));
    expect(v.subarray(stride + berth)).toEqual(clearanceVector(small.port, replicationClearance(small, 1, priority!)!));
  });

  it("gives clearance KPIs with intervals and paired differences between rule sets", () => {
    const s = runMonteCarlo(small);
    const imports = s.ruleSets[0]!.kpis["clearance.import.mean"]!;
    expect(imports.n).toBe(4);
    expect(imports.mean).toBeGreaterThan(0);
    expect(s.ruleSets[0]!.kpis["clearance.export.withinTarget"]!.mean).toBeLessThanOrEqual(1);
    expect(Number.isFinite(s.differences[0]!.kpis["clearance.import.mean"]!.mean)).toBe(true);
  });
});

describe("compareClearance(scenario, variants)", () => {
  const levers = (l: Partial<typeof JIAXING_CLEARANCE.levers>) => ({ ...JIAXING_CLEARANCE, levers: { ...JIAXING_CLEARANCE.levers, ...l } });
  const c = compareClearance(
    small,
    [
      { id: "baseline", name: "Baseline", clearance: JIAXING_CLEARANCE },
      { id: "same", name: "Baseline again", clearance: JIAXING_CLEARANCE },
      { id: "advance", name: "Advance declaration", clearance: levers({ advanceDeclaration: 1 }) },
    ],
    { replications: 3 },
  );

  it("pairs each variant with the first on the same served calls and draws", () => {
    expect(c.scenario).toEqual({ id: "jiaxing-default", seed: small.seed, ruleSet: "fcfs" });
    expect(c.differences.map((d) => d.ruleSet)).toEqual(["same", "advance"]);
    const same = c.differences[0]!.kpis["clearance.import.mean"]!;
    expect([same.mean, same.halfWidth]).toEqual([0, 0]);
    // A lever never lengthens a unit's clearance, so never the mean either.
    expect(c.differences[1]!.kpis["clearance.import.mean"]!.upper).toBeLessThan(0);
    expect(c.differences[1]!.kpis["clearance.export.mean"]!.mean).toBe(0);
  });
});
