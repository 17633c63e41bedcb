import { parentPort } from "node:worker_threads";
import type { ToWorker } from "@berthsim/core";
// Only the study module of @berthsim/report: its index also loads the scenario-file decoder (Effect Schema).
import { type PlanStudy, studyWorkerHandler } from "@berthsim/report/planStudy";

/** A plan-study worker thread: receives the study once, then computes batches of replications of every arm. */
const port = parentPort;
if (port === null) throw new Error("planStudyWorker.ts must run in a worker thread");
const handle = studyWorkerHandler();
port.on("message", (message: ToWorker<PlanStudy>) => {
  const answer = handle(message);
  if (answer !== undefined) port.postMessage(answer, answer.type === "batch" ? [answer.values.buffer as ArrayBuffer] : []);
});
