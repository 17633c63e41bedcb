import { explainWait, simulate } from "@berthsim/core";
import { monteCarloWorkerHandler, replicationCalls, runReplication } from "@berthsim/scenario";
import type { FromSimWorker, ToSimWorker } from "./protocol.ts";

// The simulation runs here, off the page's thread; the page stops a run by terminating the worker.
// The DOM and WebWorker libs cannot both be loaded in one program: type the little of the worker scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToSimWorker>) => void) | null;
  postMessage(message: FromSimWorker, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: FromSimWorker, transfer: Transferable[] = []): void => scope.postMessage(message, transfer);
const batches = monteCarloWorkerHandler();

scope.onmessage = (event: MessageEvent<ToSimWorker>) => {
  const message = event.data;
  if (message.type === "timeline") {
    try {
      const results = runReplication(message.scenario, 0);
      post({ type: "timeline", results, calls: replicationCalls(message.scenario, 0) });
    } catch (error) {
      post({ type: "timelineError", message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (message.type === "explain") {
    try {
      const { port, calls, rules, horizon, warmup, callId } = message;
      const result = simulate({ port, calls, rules, horizon, warmup, log: true });
      post({ type: "explanation", callId, explanation: explainWait({ port, calls, result }, callId) });
    } catch (error) {
      post({ type: "timelineError", message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  const answer = batches(message);
  if (answer !== undefined) post(answer, answer.type === "batch" ? [answer.values.buffer] : []);
};
