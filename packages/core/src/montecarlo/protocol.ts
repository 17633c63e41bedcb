import type { BatchWorker } from "./runPool.ts";

/**
 * The messages between a Monte Carlo driver and its worker threads (Node worker_threads or browser Web Workers;
 * both structured-clone them). The driver first sends the scenario once, then asks for batches of replications;
 * the worker answers each with the KPI vectors of those replications, every rule set, in replication order.
 */
export type ToWorker<S> =
  | { readonly type: "init"; readonly scenario: S }
  | { readonly type: "run"; readonly id: number; readonly from: number; readonly to: number };

export type FromWorker =
  | { readonly type: "batch"; readonly id: number; readonly values: Float64Array }
  | { readonly type: "error"; readonly id: number | undefined; readonly message: string };

/**
 * The worker side: turns each request into its answer with `compute(scenario, from, to)`, which returns the
 * `(to − from) × stride` KPI numbers. Errors become `error` messages; the answer's `values.buffer` can be
 * transferred rather than copied.
 */
export const workerHandler = <S>(
  compute: (scenario: S, from: number, to: number) => Float64Array,
): ((message: ToWorker<S>) => FromWorker | undefined) => {
  let scenario: S | undefined;
  return (message) => {
    try {
      if (message.type === "init") {
        scenario = message.scenario;
        return undefined;
      }
      if (scenario === undefined) throw new Error("worker: run before init");
      return { type: "batch", id: message.id, values: compute(scenario, message.from, message.to) };
    } catch (error) {
      return {
        type: "error",
        id: message.type === "run" ? message.id : undefined,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  };
};

/** The driver's view of one worker thread, whatever its platform. */
export interface WorkerChannel<S> {
  post(message: ToWorker<S>): void;
  /** Registers the handlers for answers and for the thread failing (crash, load error, exit). */
  listen(onMessage: (message: FromWorker) => void, onFailure: (error: Error) => void): void;
}

/**
 * A `BatchWorker` over a worker channel: sends `scenario` once, then one `run` message per batch. A failure of
 * the thread rejects every pending batch and every later one.
 */
export const channelWorker = <S>(channel: WorkerChannel<S>, scenario: S): BatchWorker => {
  const pending = new Map<number, { resolve: (v: Float64Array) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  channel.listen((message) => {
    const id = message.id;
    const p = id === undefined ? undefined : pending.get(id);
    if (message.type === "error" && p === undefined) return fail(new Error(message.message));
    if (p === undefined || id === undefined) return;
    pending.delete(id);
    if (message.type === "batch") p.resolve(message.values);
    else p.reject(new Error(message.message));
  }, fail);
  channel.post({ type: "init", scenario });
  return {
    run: (from, to) =>
      new Promise((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        const id = nextId++;
        pending.set(id, { resolve, reject });
        channel.post({ type: "run", id, from, to });
      }),
  };
};
