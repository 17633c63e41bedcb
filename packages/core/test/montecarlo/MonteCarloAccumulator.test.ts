import { describe, expect, it } from "vitest";
import { MonteCarloAccumulator } from "../../src/index.ts";

const ruleSets = [
  { id: "fcfs", name: "FCFS" },
  { id: "priority", name: "Priority" },
];

/** Two rule sets × two keys per replication: [fcfs.wait, fcfs.util, priority.wait, priority.util]. */
const replications = [
  [10, 0.5, 7, 0.5],
  [12, 0.6, 8, 0.6],
  [11, 0.4, 9, 0.4],
];

const filled = (): MonteCarloAccumulator => {
  const acc = new MonteCarloAccumulator({ keys: ["wait", "util"], ruleSets });
  for (const r of replications) acc.add(r);
  return acc;
};

describe("MonteCarloAccumulator", () => {
  it("estimates every key of every rule set over the replications", () => {
    const e = filled().estimates();
    expect(e.replications).toBe(3);
    expect(e.ruleSets.map((r) => r.id)).toEqual(["fcfs", "priority"]);
    expect(e.ruleSets[0]!.kpis["wait"]).toMatchObject({ mean: 11, n: 3 });
    expect(e.ruleSets[1]!.kpis["wait"]).toMatchObject({ mean: 8, n: 3 });
    expect(e.ruleSets[0]!.kpis["wait"]!.halfWidth).toBeCloseTo(4.303 * Math.sqrt(1 / 3), 10);
  });

  it("pairs each rule set with the baseline replication by replication", () => {
    const d = filled().estimates().differences;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ ruleSet: "priority", baseline: "fcfs" });
    // Differences −3, −4, −2: mean −3, and a narrower interval than either rule set's own.
    expect(d[0]!.kpis["wait"]).toMatchObject({ mean: -3, n: 3 });
    expect(d[0]!.kpis["wait"]!.upper).toBeLessThan(0);
    // Same utilisation in every replication: the difference is exactly 0 with no spread.
    expect(d[0]!.kpis["util"]).toMatchObject({ mean: 0, halfWidth: 0 });
  });

  it("compares with another baseline when asked", () => {
    const acc = new MonteCarloAccumulator({ keys: ["wait", "util"], ruleSets, baseline: 1 });
    for (const r of replications) acc.add(r);
    expect(acc.estimates().differences[0]).toMatchObject({ ruleSet: "fcfs", baseline: "priority" });
    expect(acc.estimates().differences[0]!.kpis["wait"]!.mean).toBe(3);
  });

  it("adds packed replications as the single ones", () => {
    const acc = new MonteCarloAccumulator({ keys: ["wait", "util"], ruleSets });
    acc.addMany(Float64Array.from(replications.flat()), 3);
    expect(JSON.stringify(acc.estimates())).toBe(JSON.stringify(filled().estimates()));
    expect(() => acc.addMany(new Float64Array(3), 1)).toThrow(/3 numbers for 1 replications of 4/);
  });

  it("merges partial accumulators into the same estimates, up to rounding", () => {
    const a = new MonteCarloAccumulator({ keys: ["wait", "util"], ruleSets });
    const b = new MonteCarloAccumulator({ keys: ["wait", "util"], ruleSets });
    a.add(replications[0]!);
    b.add(replications[1]!);
    b.add(replications[2]!);
    a.merge(b);
    const [got, want] = [a.estimates(), filled().estimates()];
    expect(got.replications).toBe(3);
    expect(got.ruleSets[1]!.kpis["wait"]!.mean).toBeCloseTo(want.ruleSets[1]!.kpis["wait"]!.mean, 12);
    expect(got.differences[0]!.kpis["wait"]!.halfWidth).toBeCloseTo(want.differences[0]!.kpis["wait"]!.halfWidth, 12);
  });

  it("reports the widest half-width of a key over the rule sets, NaN before two replications", () => {
    const acc = new MonteCarloAccumulator({ keys: ["wait", "util"], ruleSets });
    acc.add(replications[0]!);
    expect(acc.maxHalfWidth("wait")).toBeNaN();
    acc.add(replications[1]!);
    expect(acc.maxHalfWidth("wait")).toBe(acc.estimate(0, "wait")!.halfWidth);
    expect(acc.maxHalfWidth("nope")).toBeNaN();
  });

  it("refuses a baseline that is not a rule set", () => {
    expect(() => new MonteCarloAccumulator({ keys: ["x"], ruleSets, baseline: 2 })).toThrow(/baseline 2/);
  });
});
