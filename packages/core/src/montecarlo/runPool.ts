import type { MonteCarloRun } from "./MonteCarloRun.ts";

/** Something that computes the KPI vectors of replications [from, to): a worker thread, a Web Worker, or a function. */
export interface BatchWorker {
  run(from: number, to: number): Promise<Float64Array>;
}

export interface PoolOptions {
  /**
   * How many batches may be handed out ahead of the first unfolded one (default 2 per worker). Bounds the
   * reorder buffer, so memory stays flat however many replications run.
   */
  readonly window?: number;
  /** Called after each batch is folded, with the replications folded and the number planned. */
  readonly onProgress?: (folded: number, planned: number) => void;
  /** Checked before each batch is handed out; once it reads true no more batches start. */
  readonly signal?: { readonly aborted: boolean };
}

/**
 * Drives `run` to completion on `workers`, each computing one batch at a time; results are folded in
 * replication order by `run`, so the estimates do not depend on how many workers there are or which is faster.
 * Resolves when the run is done (or aborted); rejects with the first worker error, after which no new batch
 * starts (the caller terminates the workers). Uses only promises: it runs the same in Node and in a browser.
 */
export const runPool = async (run: MonteCarloRun, workers: readonly BatchWorker[], options: PoolOptions = {}): Promise<void> => {
  if (workers.length === 0) throw new Error("runPool: no worker");
  const window = Math.max(1, options.window ?? 2 * workers.length) * run.batchSize;
  let failed = false;
  let wake: (() => void) | undefined;
  const folded = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const waitForRoom = (): Promise<void> => new Promise((resolve) => (wake = chain(wake, resolve)));
  const loop = async (worker: BatchWorker): Promise<void> => {
    for (;;) {
      while (!run.done && !failed && run.ahead >= window) await waitForRoom();
      if (failed || options.signal?.aborted) return;
      const batch = run.next();
      if (batch === undefined) return;
      let values: Float64Array;
      try {
        values = await worker.run(batch.from, batch.to);
      } catch (error) {
        failed = true;
        folded();
        throw error;
      }
      if (failed) return;
      run.accept(batch.from, values);
      options.onProgress?.(run.folded, run.replications);
      folded();
    }
  };
  await Promise.all(workers.map(loop));
};

const chain = (first: (() => void) | undefined, second: () => void): (() => void) =>
  first === undefined
    ? second
    : () => {
        first();
        second();
      };
