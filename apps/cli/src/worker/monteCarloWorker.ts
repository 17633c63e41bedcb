import { parentPort } from "node:worker_threads";
import type { ToWorker } from "@berthsim/core";
import type { Scenario } from "@berthsim/scenario";
// Only the Monte Carlo module of @berthsim/scenario, not its index: the index also loads the scenario-file
// decoder (Effect Schema), which would triple each thread's start-up time and is never used here.
import { monteCarloWorkerHandler } from "@berthsim/scenario/monteCarlo";

/**
 * A Monte Carlo worker thread: receives the scenario once, then computes batches of replications and sends
 * their KPI vectors back, transferring (not copying) each batch's buffer.
 */
const port = parentPort;
if (port === null) throw new Error("monteCarloWorker.ts must run in a worker thread");
const handle = monteCarloWorkerHandler();
port.on("message", (message: ToWorker<Scenario>) => {
  const answer = handle(message);
  if (answer !== undefined) port.postMessage(answer, answer.type === "batch" ? [answer.values.buffer as ArrayBuffer] : []);
});
