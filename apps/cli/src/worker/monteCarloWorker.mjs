// Entry of a Monte Carlo worker thread. Node cannot load TypeScript by itself, so register tsx's loader in this
// thread first (a worker does not inherit the main thread's loader, whether that is tsx or Vitest), then load
// the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./monteCarloWorker.ts");
