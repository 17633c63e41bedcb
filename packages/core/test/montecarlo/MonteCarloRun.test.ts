import { describe, expect, it } from "vitest";
import { defaultBatchSize, MonteCarloRun } from "../../src/index.ts";
import { accumulator, computeBatch, sequentialJson } from "./fakeReplications.ts";

const batches = (run: MonteCarloRun): { from: number; to: number }[] => {
  const out: { from: number; to: number }[] = [];
  for (let b = run.next(); b !== undefined; b = run.next()) out.push(b);
  return out;
};

describe("MonteCarloRun", () => {
  it("hands out consecutive batches covering every replication once", () => {
    const run = new MonteCarloRun(accumulator(), { replications: 10, batchSize: 4 });
    expect(batches(run)).toEqual([
      { from: 0, to: 4 },
      { from: 4, to: 8 },
      { from: 8, to: 10 },
    ]);
  });

  it("folds batches that come back out of order in replication order, bit for bit", () => {
    const run = new MonteCarloRun(accumulator(), { replications: 10, batchSize: 3 });
    const all = batches(run);
    for (const b of [...all].reverse()) {
      expect(run.folded).toBe(0);
      run.accept(b.from, computeBatch(b.from, b.to));
    }
    expect(run.folded).toBe(10);
    expect(run.outcome).toBe("completed");
    expect(JSON.stringify(run.accumulator.estimates())).toBe(sequentialJson(10));
  });

  it("rejects a batch it did not hand out, twice, or of the wrong length", () => {
    const run = new MonteCarloRun(accumulator(), { replications: 6, batchSize: 2 });
    run.next();
    run.next();
    expect(() => run.accept(4, computeBatch(4, 6))).toThrow(/unexpected batch from replication 4/);
    expect(() => run.accept(0, computeBatch(0, 1))).toThrow(/has 4 numbers, expected 8/);
    run.accept(2, computeBatch(2, 4));
    expect(() => run.accept(2, computeBatch(2, 4))).toThrow(/unexpected batch/);
  });

  it("stops at the first batch after which the KPI's half-width is within the target", () => {
    const run = new MonteCarloRun(accumulator(), { replications: 10_000, batchSize: 5, until: { key: "wait", halfWidth: 0.5 } });
    for (let b = run.next(); b !== undefined; b = run.next()) run.accept(b.from, computeBatch(b.from, b.to));
    expect(run.outcome).toBe("stopRuleMet");
    const n = run.folded;
    expect(n % 5).toBe(0);
    expect(run.accumulator.maxHalfWidth("wait")).toBeLessThanOrEqual(0.5);
    // One batch fewer would not have been enough.
    const shorter = new MonteCarloRun(accumulator(), { replications: n - 5, batchSize: 5 });
    for (let b = shorter.next(); b !== undefined; b = shorter.next()) shorter.accept(b.from, computeBatch(b.from, b.to));
    expect(shorter.accumulator.maxHalfWidth("wait")).toBeGreaterThan(0.5);
  });

  it("ignores results that arrive after the stop rule was met", () => {
    const run = new MonteCarloRun(accumulator(), { replications: 100, batchSize: 50, until: { key: "util", halfWidth: 1 } });
    const [first, second] = [run.next()!, run.next()!];
    run.accept(first.from, computeBatch(first.from, first.to));
    expect(run.done).toBe(true);
    run.accept(second.from, computeBatch(second.from, second.to));
    expect(run.folded).toBe(50);
    expect(run.next()).toBeUndefined();
  });

  it("refuses a stop rule on a KPI it does not accumulate, and a plan without replications", () => {
    expect(() => new MonteCarloRun(accumulator(), { replications: 5, until: { key: "nope", halfWidth: 1 } })).toThrow(
      /unknown KPI "nope"/,
    );
    expect(() => new MonteCarloRun(accumulator(), { replications: 0 })).toThrow(/≥ 1/);
  });
});

describe("defaultBatchSize(replications)", () => {
  it("makes about 16 batches of 1 to 25 replications", () => {
    expect([1, 20, 100, 1000, 100_000].map(defaultBatchSize)).toEqual([1, 2, 7, 25, 25]);
  });
});
