import { channelWorker, type FromWorker, type MonteCarloEstimates, runPool, type WorkerChannel } from "@berthsim/core";
import { type PlanStudy, planStudyRun } from "@berthsim/report/planStudy";
import { defaultThreads } from "./client.ts";

export interface ReportHandlers {
  readonly onProgress: (folded: number, planned: number) => void;
  readonly onFinish: (estimates: MonteCarloEstimates) => void;
  readonly onError: (message: string) => void;
}

const channel = (worker: Worker): WorkerChannel<PlanStudy> => ({
  post: (message) => worker.postMessage(message),
  listen: (onMessage, onFailure) => {
    worker.addEventListener("message", (event: MessageEvent<FromWorker>) => onMessage(event.data));
    worker.addEventListener("error", (event) => onFailure(new Error(event.message || "worker failed")));
  },
});

/**
 * Runs the plan study in Web Workers through the core's Monte Carlo protocol, one replication per batch, folded
 * in replication order: the figures are those of `berthsim report` with the same scenario, seed and replications.
 * `cancel` terminates the workers; nothing is reported after it.
 */
export const startReport = (study: PlanStudy, replications: number, handlers: ReportHandlers, threads = defaultThreads()): { cancel(): void } => {
  const workers = Array.from({ length: Math.min(threads, replications) }, () =>
    new Worker(new URL("./report.worker.ts", import.meta.url), { type: "module" }),
  );
  const run = planStudyRun(study, replications, 1);
  const signal = { aborted: false };
  const stop = (): void => {
    signal.aborted = true;
    for (const w of workers) w.terminate();
  };
  runPool(
    run,
    workers.map((w) => channelWorker(channel(w), study)),
    { signal, onProgress: (folded, planned) => signal.aborted || handlers.onProgress(folded, planned) },
  ).then(
    () => {
      if (signal.aborted) return;
      stop();
      handlers.onFinish(run.accumulator.estimates());
    },
    (error: unknown) => {
      if (signal.aborted) return;
      stop();
      handlers.onError(error instanceof Error ? error.message : String(error));
    },
  );
  return { cancel: stop };
};
