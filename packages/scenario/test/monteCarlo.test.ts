import { confidenceInterval95, kpiKeys, kpiVector, RULE_SETS } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import {
  jiaxingDefault,
  replicationVectors,
  runMonteCarlo,
  runMonteCarloWith,
  runReplication,
  type Scenario,
} from "../src/index.ts";

// Without its clearance stage: berth KPIs only (test/clearanceMonteCarlo.test.ts covers the stage).
const { clearance: _, ...berthsOnly } = jiaxingDefault;

/** The default Jiaxing scenario cut to eight weeks (one of warm-up) and two rule sets, to keep tests quick. */
const small: Scenario = {
  ...berthsOnly,
  horizon: 8 * 168,
  warmup: 168,
  rules: [RULE_SETS.fcfs, RULE_SETS.priority],
  replications: 6,
};
const keys = kpiKeys(small.port);

describe("replicationVectors(scenario, from, to)", () => {
  it("holds each replication's KPI vector of every rule set, replication after replication", () => {
    const v = replicationVectors(small, 2, 4);
    expect(v.length).toBe(2 * 2 * keys.length);
    const third = runReplication(small, 3);
    expect(v.subarray(3 * keys.length)).toEqual(kpiVector(small.port, third[1]!.kpis));
  });
});

describe("runMonteCarlo(scenario, options)", () => {
  const summary = runMonteCarlo(small);

  it("estimates each KPI as the mean and Student-t interval over replications", () => {
    const waits = Array.from({ length: 6 }, (_, k) => runReplication(small, k)[1]!.kpis.overall.meanWait);
    const expected = confidenceInterval95(waits);
    const got = summary.ruleSets[1]!.kpis["wait.mean"]!;
    expect(got.n).toBe(6);
    expect(got.mean).toBeCloseTo(expected.mean, 10);
    expect(got.halfWidth).toBeCloseTo(expected.halfWidth, 10);
  });

  it("says what was run", () => {
    expect(summary).toMatchObject({
      scenario: { id: "jiaxing-default", seed: small.seed, horizon: 1344, warmup: 168 },
      replications: 6,
      plannedReplications: 6,
      until: null,
      outcome: "completed",
    });
    expect(summary.ruleSets.map((r) => r.id)).toEqual(["fcfs", "priority"]);
  });

  it("pairs priority with FCFS on the same ships: the difference of means, with its own interval", () => {
    const d = summary.differences[0]!;
    expect(d).toMatchObject({ ruleSet: "priority", baseline: "fcfs" });
    const [fcfs, priority] = summary.ruleSets.map((r) => r.kpis["wait.mean.nearSeaDirect"]!);
    expect(d.kpis["wait.mean.nearSeaDirect"]!.mean).toBeCloseTo(priority!.mean - fcfs!.mean, 10);
    expect(d.kpis["wait.mean.nearSeaDirect"]!.mean).toBeLessThanOrEqual(0);
    // Same ships in both: the paired interval is narrower than comparing two independent intervals.
    const [a, b] = summary.ruleSets.map((r) => r.kpis["util.port"]!.halfWidth);
    expect(d.kpis["util.port"]!.halfWidth).toBeLessThan(Math.hypot(a!, b!));
  });

  it("gives the same JSON for the same seed whatever the batch size, and other numbers for another seed", () => {
    const json = JSON.stringify(summary);
    expect(JSON.stringify(runMonteCarlo(small, { batchSize: 1 }))).toBe(json);
    expect(JSON.stringify(runMonteCarlo(small, { batchSize: 4 }))).toBe(json);
    expect(JSON.stringify(runMonteCarlo({ ...small, seed: 1 }))).not.toBe(json);
  });

  it("compares with the baseline it is given", () => {
    const d = runMonteCarlo(small, { replications: 2, baseline: 1 }).differences;
    expect(d.map((x) => [x.ruleSet, x.baseline])).toEqual([["fcfs", "priority"]]);
  });

  it("stops when the chosen KPI's half-width reaches the target, at a batch boundary", () => {
    const target = summary.ruleSets.reduce((w, r) => Math.max(w, r.kpis["util.port"]!.halfWidth), 0);
    const s = runMonteCarlo(small, { replications: 50, batchSize: 2, until: { key: "util.port", halfWidth: target } });
    expect(s.outcome).toBe("stopRuleMet");
    expect(s.replications).toBeLessThanOrEqual(6);
    expect(s.replications % 2).toBe(0);
    expect(s.ruleSets.every((r) => r.kpis["util.port"]!.halfWidth <= target)).toBe(true);
  });

  it("reports progress after each batch", () => {
    const seen: number[] = [];
    runMonteCarlo(small, { replications: 4, batchSize: 2, onProgress: (folded) => seen.push(folded) });
    expect(seen).toEqual([2, 4]);
  });

  it("writes a figure it cannot estimate as null in JSON", () => {
    const one = JSON.parse(JSON.stringify(runMonteCarlo(small, { replications: 1 })));
    expect(one.ruleSets[0].kpis["wait.mean"]).toMatchObject({ halfWidth: null, lower: null, upper: null, n: 1 });
  });
});

describe("runMonteCarloWith(scenario, workers)", () => {
  it("gives the same JSON as runMonteCarlo when batches come back out of order", async () => {
    let turn = 0;
    const worker = {
      run: async (from: number, to: number) => {
        await new Promise((resolve) => setTimeout(resolve, (turn++ % 3) * 5));
        return replicationVectors(small, from, to);
      },
    };
    const summary = await runMonteCarloWith(small, [worker, worker, worker], { batchSize: 1 });
    expect(JSON.stringify(summary)).toBe(JSON.stringify(runMonteCarlo(small)));
  });
});
