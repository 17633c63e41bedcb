import { describe, expect, it } from "vitest";
import { type BatchWorker, MonteCarloRun, runPool } from "../../src/index.ts";
import { accumulator, computeBatch, sequentialJson } from "./fakeReplications.ts";

/** A worker that answers after a pseudo-random delay, so batches come back out of order. */
const slowWorker = (seed: number, seen?: (run: MonteCarloRun) => void, run?: MonteCarloRun): BatchWorker => {
  let s = seed;
  return {
    run: async (from, to) => {
      if (seen !== undefined && run !== undefined) seen(run);
      s = (s * 1103515245 + 12345) % 2147483648;
      await new Promise((resolve) => setTimeout(resolve, s % 4));
      return computeBatch(from, to);
    },
  };
};

describe("runPool(run, workers)", () => {
  it("gives byte-identical estimates with one, two or five workers", async () => {
    for (const n of [1, 2, 5]) {
      const run = new MonteCarloRun(accumulator(), { replications: 60, batchSize: 4 });
      await runPool(run, Array.from({ length: n }, (_, i) => slowWorker(i + 1)));
      expect(JSON.stringify(run.accumulator.estimates())).toBe(sequentialJson(60));
    }
  });

  it("never runs more than the window ahead of the folded replications", async () => {
    const run = new MonteCarloRun(accumulator(), { replications: 200, batchSize: 5 });
    let most = 0;
    const seen = (r: MonteCarloRun): void => void (most = Math.max(most, r.ahead));
    await runPool(run, [1, 2, 3].map((i) => slowWorker(i, seen, run)), { window: 2 });
    expect(run.folded).toBe(200);
    expect(most).toBeLessThanOrEqual(2 * 5);
  });

  it("reports progress after each folded batch", async () => {
    const run = new MonteCarloRun(accumulator(), { replications: 10, batchSize: 4 });
    const progress: number[] = [];
    await runPool(run, [slowWorker(1), slowWorker(2)], { onProgress: (folded) => progress.push(folded) });
    expect(progress.at(-1)).toBe(10);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
  });

  it("stops handing out batches once the stop rule is met, with the same result on any number of workers", async () => {
    const results = new Set<string>();
    for (const n of [1, 3]) {
      const run = new MonteCarloRun(accumulator(), { replications: 5000, batchSize: 5, until: { key: "wait", halfWidth: 0.4 } });
      let started = 0;
      const counting = (w: BatchWorker): BatchWorker => ({ run: (a, b) => (started++, w.run(a, b)) });
      await runPool(run, Array.from({ length: n }, (_, i) => counting(slowWorker(i + 1))));
      expect(run.outcome).toBe("stopRuleMet");
      expect(started * 5).toBeLessThan(run.folded + 2 * n * 5 + 5);
      results.add(JSON.stringify(run.accumulator.estimates()));
    }
    expect(results.size).toBe(1);
  });

  it("rejects with the first worker error and starts no batch after it", async () => {
    const run = new MonteCarloRun(accumulator(), { replications: 100, batchSize: 1 });
    let started = 0;
    const failing: BatchWorker = {
      run: async (from) => {
        started++;
        if (from === 3) throw new Error("replication 3 failed");
        return computeBatch(from, from + 1);
      },
    };
    await expect(runPool(run, [failing])).rejects.toThrow("replication 3 failed");
    expect(started).toBe(4);
    expect(run.folded).toBe(3);
  });

  it("starts no new batch once aborted", async () => {
    const run = new MonteCarloRun(accumulator(), { replications: 100, batchSize: 1 });
    const signal = { aborted: false };
    await runPool(run, [slowWorker(1)], { signal, onProgress: (folded) => void (signal.aborted = folded >= 7) });
    expect(run.folded).toBe(7);
    expect(run.done).toBe(false);
  });
});
