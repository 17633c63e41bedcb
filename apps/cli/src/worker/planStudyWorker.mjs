// Entry of a plan-study worker thread (`berthsim report`): tsx's loader first, then the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./planStudyWorker.ts");
