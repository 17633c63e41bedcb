import type { FromWorker, ToWorker } from "@berthsim/core";
import { type PlanStudy, studyWorkerHandler } from "@berthsim/report/planStudy";

// The plan report's replications run here (the core's batch protocol over a `PlanStudy`), off the page's thread.
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker<PlanStudy>>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const handle = studyWorkerHandler();

scope.onmessage = (event) => {
  const answer = handle(event.data);
  if (answer !== undefined) scope.postMessage(answer, answer.type === "batch" ? [answer.values.buffer] : []);
};
