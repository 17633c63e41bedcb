import {
  channelWorker,
  type MonteCarloEstimates,
  runPool,
  type SimulationResult,
  type VesselCall,
  type WaitExplanation,
  type WorkerChannel,
} from "@berthsim/core";
import { planMonteCarlo, type Scenario } from "@berthsim/scenario";
import type { ExplainRequest, FromSimWorker, ToSimWorker } from "./protocol.ts";

export interface RunHandlers {
  /** Replication 0 under every rule set, with the calls (for the timeline, moves and charts). */
  readonly onTimeline: (results: readonly SimulationResult[], calls: readonly VesselCall[]) => void;
  /** After each replication folded into the KPI estimates. */
  readonly onProgress: (folded: number, planned: number, estimates: MonteCarloEstimates) => void;
  readonly onFinish: (outcome: "completed" | "cancelled", estimates: MonteCarloEstimates) => void;
  readonly onError: (message: string) => void;
}

export interface RunningSimulation {
  /** Stops at once: the workers are terminated; `onFinish("cancelled")` reports the replications folded so far. */
  cancel(): void;
}

const spawn = (): Worker => new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module" });

const channel = (worker: Worker): WorkerChannel<Scenario> => ({
  post: (message) => worker.postMessage(message satisfies ToSimWorker),
  listen: (onMessage, onFailure) => {
    worker.addEventListener("message", (event: MessageEvent<FromSimWorker>) => {
      if (event.data.type === "batch" || event.data.type === "error") onMessage(event.data);
    });
    worker.addEventListener("error", (event) => onFailure(new Error(event.message || "worker failed")));
  },
});

/**
 * Why one call waited, worked out in a worker of its own (the run is repeated with the event log kept; a year of
 * Jiaxing takes a few hundred milliseconds, off the page's thread). Undefined when the call is unknown.
 */
export const explainInWorker = (request: ExplainRequest): Promise<WaitExplanation | undefined> =>
  new Promise((resolve, reject) => {
    const worker = spawn();
    worker.addEventListener("message", (event: MessageEvent<FromSimWorker>) => {
      const m = event.data;
      worker.terminate();
      if (m.type === "explanation") resolve(m.explanation);
      else reject(new Error(m.type === "timelineError" ? m.message : `unexpected answer ${m.type}`));
    });
    worker.addEventListener("error", (event) => {
      worker.terminate();
      reject(new Error(event.message || "worker failed"));
    });
    worker.postMessage({ type: "explain", ...request } satisfies ToSimWorker);
  });

/** Workers for the replications: one per core up to four (the page's own thread mostly idles meanwhile). */
export const defaultThreads = (): number => Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 2));

/**
 * Runs `scenario` in Web Workers: replication 0 in full for the timeline, and `replications` replications of
 * KPIs folded in replication order by the core's `MonteCarloRun` (one replication per batch, so progress moves
 * replication by replication). The estimates do not depend on the number of workers.
 */
export const startRun = (scenario: Scenario, replications: number, handlers: RunHandlers, threads = defaultThreads()): RunningSimulation => {
  const workers: Worker[] = [];
  let finished = false;
  const stopAll = (): void => {
    for (const w of workers) w.terminate();
  };

  const timelineWorker = spawn();
  workers.push(timelineWorker);
  timelineWorker.addEventListener("message", (event: MessageEvent<FromSimWorker>) => {
    const m = event.data;
    if (m.type === "timeline") handlers.onTimeline(m.results, m.calls);
    else if (m.type === "timelineError") fail(m.message);
    timelineWorker.terminate();
  });
  timelineWorker.addEventListener("error", (event) => fail(event.message || "worker failed"));
  timelineWorker.postMessage({ type: "timeline", scenario } satisfies ToSimWorker);

  const run = planMonteCarlo(scenario, { replications, batchSize: 1 });
  const accumulator = run.accumulator;
  const signal = { aborted: false };
  const pool = Array.from({ length: Math.min(threads, replications) }, () => {
    const worker = spawn();
    workers.push(worker);
    return channelWorker(channel(worker), scenario);
  });

  function fail(message: string): void {
    if (finished) return;
    finished = true;
    signal.aborted = true;
    stopAll();
    handlers.onError(message);
  }

  runPool(run, pool, {
    signal,
    onProgress: (folded, planned) => {
      if (!finished) handlers.onProgress(folded, planned, accumulator.estimates());
    },
  }).then(
    () => {
      if (finished) return;
      finished = true;
      for (const w of workers) if (w !== timelineWorker) w.terminate();
      handlers.onFinish("completed", accumulator.estimates());
    },
    (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
  );

  return {
    cancel: () => {
      if (finished) return;
      finished = true;
      signal.aborted = true;
      stopAll();
      handlers.onFinish("cancelled", accumulator.estimates());
    },
  };
};
