// Entry of a plan-study worker thread (`berthsim report`): tsx's loader first, as in monteCarloWorker.mjs.
import { register } from "tsx/esm/api";

register();
await import("./planStudyWorker.ts");
