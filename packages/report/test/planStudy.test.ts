import { type BatchWorker, kpiKeys } from "@berthsim/core";
import { measureScenario, PLAN_BASELINE, PLAN_MEASURES, replicationVectors, runMonteCarlo } from "@berthsim/scenario";
import { describe, expect, it } from "vitest";
import { planStudy, runStudy, runStudyWith, studyVectors } from "../src/planStudy.ts";
import { SMALL, smallStudy } from "./helpers.ts";

const study = smallStudy();
const measure = (id: string) => PLAN_MEASURES.find((m) => m.id === id)!;
const applied = (id: string) => {
  const a = measureScenario(SMALL, id === "baseline" ? PLAN_BASELINE : measure(id));
  if (!a.ok) throw new Error(a.errors.join("\n"));
  return a.scenario;
};

describe("planStudy(arms)", () => {
  it("has the baseline first, then every measure, and the union of their KPI keys", () => {
    expect(study.arms.map((a) => a.id)).toEqual(["baseline", ...PLAN_MEASURES.map((m) => m.id)]);
    for (const arm of study.arms) for (const key of kpiKeys(arm.scenario.port)) expect(study.keys).toContain(key);
    expect(new Set(study.keys).size).toBe(study.keys.length);
  });

  it("refuses an arm with several rule sets, or with another seed (its ships would differ)", () => {
    expect(() => planStudy([{ id: "x", name: "x", scenario: SMALL }])).toThrow(/arm "x" has 5 rule sets, expected 1/);
    const one = study.arms[0]!;
    expect(() => planStudy([one, { ...one, id: "y", scenario: { ...one.scenario, seed: 7 } }])).toThrow(/arm "y" has seed 7/);
  });
});

describe("studyVectors(study, from, to)", () => {
  it("holds, per replication, each arm's KPI vector at the study's keys", () => {
    const v = studyVectors(study, 1, 3);
    const stride = study.keys.length;
    expect(v.length).toBe(2 * study.arms.length * stride);
    const a = 3;
    const arm = study.arms[a]!;
    const own = kpiKeys(arm.scenario.port);
    const direct = replicationVectors(arm.scenario, 2, 3);
    own.forEach((key, i) => expect(v[(1 * study.arms.length + a) * stride + study.keys.indexOf(key)]).toEqual(direct[i]));
  });
});

describe("runStudy(study, replications)", () => {
  const estimates = runStudy(study, 4);

  it("gives each measure exactly the estimates of a direct Monte Carlo run of that measure", () => {
    for (const id of ["baseline", "integrate-berths", "southeast-asia-route"]) {
      const direct = runMonteCarlo(applied(id), { replications: 4 });
      const arm = estimates.ruleSets.find((r) => r.id === id)!;
      for (const key of ["wait.mean", "wait.mean.nearSeaDirect", "util.area.dushan", "outside.ships", "throughput.container"])
        expect(arm.kpis[key]).toEqual(direct.ruleSets[0]!.kpis[key]);
    }
  });

  it("gives the anchorage expansion fewer hours with the dangerous-goods anchorages full, on the same ships", () => {
    const diff = estimates.differences.find((d) => d.ruleSet === "expand-dg-anchorages")!;
    const full = ["anchorage.hoursAtCapacity.chenshan", "anchorage.hoursAtCapacity.dushan-2"].map((k) => diff.kpis[k]!.mean);
    expect(full[0]! + full[1]!).toBeLessThan(0);
    expect(diff.kpis["count.served"]!.mean).toBe(0);
  });

  it("gives the clearance levers the baseline's berth figures exactly and shorter clearance times", () => {
    for (const id of ["weekend-inspection", "advance-declaration"]) {
      const diff = estimates.differences.find((d) => d.ruleSet === id)!;
      // Same ships, same rule set, same berths: a clearance lever cannot move a berth KPI.
      for (const key of ["wait.mean", "wait.mean.nearSeaDirect", "util.port", "count.served"]) expect(diff.kpis[key]!.mean).toBe(0);
      expect(diff.kpis["clearance.import.mean"]!.mean).toBeLessThan(0);
      expect(diff.kpis["clearance.import.withinTarget"]!.mean).toBeGreaterThanOrEqual(0);
    }
    const arm = estimates.ruleSets.find((r) => r.id === "advance-declaration")!;
    const direct = runMonteCarlo(applied("advance-declaration"), { replications: 4 });
    for (const key of ["clearance.import.mean", "clearance.export.p90"]) expect(arm.kpis[key]).toEqual(direct.ruleSets[0]!.kpis[key]);
  });

  it("gives priority off the paired differences of `compare` with the baseline's rule set first", () => {
    const both = { ...SMALL, rules: [applied("baseline").rules[0]!, applied("priority-off").rules[0]!] };
    const direct = runMonteCarlo(both, { replications: 4 });
    const diff = estimates.differences.find((d) => d.ruleSet === "priority-off")!;
    expect(diff.baseline).toBe("baseline");
    for (const key of ["wait.mean.nearSeaDirect", "wait.mean.domesticBulk", "queue.mean"])
      expect(diff.kpis[key]).toEqual(direct.differences[0]!.kpis[key]);
  });

  it("is the same on several workers as in one thread", async () => {
    const inProcess: BatchWorker = { run: async (from, to) => studyVectors(study, from, to) };
    const pooled = await runStudyWith(study, 4, [inProcess, inProcess], { batchSize: 1 });
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(estimates));
  });
});
