import { RULE_SETS } from "@berthsim/core";
import { jiaxingDefault, runMonteCarlo, type Scenario } from "@berthsim/scenario";
import { describe, expect, it } from "vitest";
import { poolSize, runMonteCarloParallel, startWorkerPool } from "../src/workerPool.ts";

/** Four weeks of the default Jiaxing scenario under three rule sets: quick, but every part of the port is used. */
const small: Scenario = {
  ...jiaxingDefault,
  horizon: 4 * 168,
  warmup: 168,
  rules: [RULE_SETS.fcfs, RULE_SETS.priority, RULE_SETS.priorityCapped],
};

describe("runMonteCarloParallel(scenario, options)", () => {
  it("gives byte-identical JSON on one worker thread, two, and in this thread", async () => {
    const inProcess = JSON.stringify(runMonteCarlo(small, { replications: 12 }));
    const one = JSON.stringify(await runMonteCarloParallel(small, { replications: 12, workers: 1 }));
    const two = JSON.stringify(await runMonteCarloParallel(small, { replications: 12, workers: 2, batchSize: 1 }));
    const none = JSON.stringify(await runMonteCarloParallel(small, { replications: 12, workers: 0 }));
    expect(one).toBe(inProcess);
    expect(two).toBe(inProcess);
    expect(none).toBe(inProcess);
  }, 60_000);

  it("runs the optimised rule set in worker threads too, byte-identical to this thread (the planner is deterministic)", async () => {
    const optimised: Scenario = { ...small, horizon: 2 * 168, warmup: 24, rules: [RULE_SETS.fcfs, RULE_SETS.optimised] };
    const inProcess = JSON.stringify(runMonteCarlo(optimised, { replications: 4 }));
    const two = JSON.stringify(await runMonteCarloParallel(optimised, { replications: 4, workers: 2, batchSize: 1 }));
    expect(two).toBe(inProcess);
  }, 60_000);

  it("stops at the same replication with a stop rule on one or two threads", async () => {
    const options = { replications: 200, batchSize: 4, until: { key: "util.port", halfWidth: 0.01 } } as const;
    const one = await runMonteCarloParallel(small, { ...options, workers: 1 });
    const two = await runMonteCarloParallel(small, { ...options, workers: 2 });
    expect(one.outcome).toBe("stopRuleMet");
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 60_000);

  it("reports a replication that fails in a worker as a rejection naming the cause", async () => {
    // A call list with a hole: the kernel trusts its input, so the simulation throws a TypeError in the worker.
    const broken: Scenario = { ...small, calls: [null as never] };
    await expect(runMonteCarloParallel(broken, { replications: 4, workers: 2 })).rejects.toThrow(/null/);
  }, 60_000);

  it("stops the threads and rejects when aborted", async () => {
    const controller = new AbortController();
    const done = runMonteCarloParallel(small, {
      replications: 10_000,
      workers: 2,
      signal: controller.signal,
      onProgress: (folded) => (folded >= 4 ? controller.abort(new Error("stopped by the user")) : undefined),
    });
    await expect(done).rejects.toThrow("stopped by the user");
  }, 60_000);
});

describe("startWorkerPool(scenario, size)", () => {
  it("computes the same batch in a thread as in this one", async () => {
    const pool = startWorkerPool(small, 1);
    try {
      const [a, b] = await Promise.all([pool.workers[0]!.run(3, 5), Promise.resolve(runMonteCarlo(small, { replications: 1 }))]);
      expect(a.length).toBe(2 * 3 * b.keys.length);
    } finally {
      await pool.terminate();
    }
  }, 60_000);

  it("is never larger than the machine's cores, nor smaller than one", () => {
    expect(poolSize(0)).toBe(1);
    expect(poolSize(10_000)).toBeLessThanOrEqual(10_000);
    expect(poolSize(1)).toBe(1);
  });
});
