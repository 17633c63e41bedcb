import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type BatchWorker, channelWorker, type FromWorker } from "@berthsim/core";
import {
  type MonteCarloOptions,
  type MonteCarloSummary,
  planMonteCarlo,
  replicationVectors,
  runMonteCarloWith,
  type Scenario,
} from "@berthsim/scenario";
import { workerBundleUrl } from "./worker/workerBundle.ts";

/** A pool of Monte Carlo worker threads, each holding one copy of the scenario. */
export interface WorkerPool {
  readonly workers: readonly BatchWorker[];
  /** Stops every thread at once; batches still running are rejected. */
  terminate(): Promise<void>;
}

/** The number of threads to use for `requested`: at most one per available core, at least one. */
export const poolSize = (requested: number): number => Math.max(1, Math.min(requested, availableParallelism()));

/** Starts `size` worker threads for `scenario`. A thread that fails to load or crashes rejects its batches. */
export const startWorkerPool = (scenario: Scenario, size: number): WorkerPool => {
  const entry = workerBundleUrl();
  const threads = Array.from({ length: size }, () => new Worker(entry));
  const workers = threads.map((thread, i) =>
    channelWorker<Scenario>(
      {
        post: (message) => thread.postMessage(message),
        listen: (onMessage, onFailure) => {
          thread.on("message", (m: FromWorker) => onMessage(m));
          thread.on("error", (e) => onFailure(new Error(`worker ${i + 1}: ${e.message}`)));
          thread.on("exit", (code) => onFailure(new Error(`worker ${i + 1} exited (code ${code})`)));
        },
      },
      scenario,
    ),
  );
  return {
    workers,
    terminate: async () => {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
};

/** Runs batches in this thread, yielding to the event loop between batches (so signals and progress get through). */
export const inProcessWorker = (scenario: Scenario): BatchWorker => ({
  run: async (from, to) => {
    await new Promise((resolve) => setImmediate(resolve));
    return replicationVectors(scenario, from, to);
  },
});

export interface ParallelOptions extends MonteCarloOptions {
  /** Worker threads (capped at the available cores); 0 runs every replication in this thread. */
  readonly workers: number;
  readonly onProgress?: (folded: number, planned: number) => void;
  /** Aborting stops the run: no new batch starts and the threads are terminated. */
  readonly signal?: AbortSignal;
}

/**
 * The Monte Carlo study of `scenario` on worker threads. Batches come back in any order and are folded in
 * replication order, so the summary is byte-identical (as JSON) to `runMonteCarlo` in one thread.
 */
export const runMonteCarloParallel = async (scenario: Scenario, options: ParallelOptions): Promise<MonteCarloSummary> => {
  const plan = planMonteCarlo(scenario, options);
  const batches = Math.ceil(plan.replications / plan.batchSize);
  const size = options.workers <= 0 ? 0 : Math.min(poolSize(options.workers), batches);
  const pool = size === 0 ? undefined : startWorkerPool(scenario, size);
  const { signal } = options;
  const aborted = new Promise<never>((_, reject) => {
    if (signal === undefined) return;
    const abort = (): void => reject(signal.reason ?? new Error("aborted"));
    if (signal.aborted) abort();
    else signal.addEventListener("abort", abort, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    return await Promise.race([runMonteCarloWith(scenario, pool?.workers ?? [inProcessWorker(scenario)], options), aborted]);
  } finally {
    await pool?.terminate();
  }
};
