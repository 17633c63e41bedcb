import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { type BatchWorker, channelWorker, defaultBatchSize, type FromWorker } from "@berthsim/core";
import { buildReport, planArms, type PlanStudy, planStudy, reportHtml, reportMarkdown, runStudyWith, studyVectors } from "@berthsim/report";
import { PLAN_BASELINE, PLAN_MEASURES, type Scenario } from "@berthsim/scenario";
import { Effect, FileSystem, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { replicationsFlag, seedFlag, workersFlag } from "./runFlags.ts";
import { InvalidInput, OutputError, RunFailed } from "./errors.ts";
import { Io } from "./Io.ts";
import { checkWorkload, resolveScenario } from "./loadScenario.ts";
import { progressBar } from "./progress.ts";
import { poolSize } from "./workerPool.ts";

/** Replications of `berthsim report` by default: about 10 s on two cores for the default scenario's six arms. */
export const REPORT_REPLICATIONS = 60;

const WORKER_ENTRY = new URL("./worker/planStudyWorker.mjs", import.meta.url);

/** Worker threads for a plan study, or this thread (`size` 0). `stop` terminates the threads. */
const studyWorkers = (study: PlanStudy, size: number): { workers: BatchWorker[]; stop: () => Promise<void> } => {
  if (size === 0)
    return {
      workers: [
        {
          run: async (from, to) => {
            await new Promise((r) => setImmediate(r));
            return studyVectors(study, from, to);
          },
        },
      ],
      stop: async () => undefined,
    };
  const threads = Array.from({ length: size }, () => new Worker(WORKER_ENTRY));
  const workers = threads.map((thread, i) =>
    channelWorker<PlanStudy>(
      {
        post: (message) => thread.postMessage(message),
        listen: (onMessage, onFailure) => {
          thread.on("message", (m: FromWorker) => onMessage(m));
          thread.on("error", (e) => onFailure(new Error(`worker ${i + 1}: ${e.message}`)));
          thread.on("exit", (code) => onFailure(new Error(`worker ${i + 1} exited (code ${code})`)));
        },
      },
      study,
    ),
  );
  return { workers, stop: async () => void (await Promise.all(threads.map((t) => t.terminate()))) };
};

/** The date-time of the run as the report's stamp shows it: `2026-11-27 18:05 UTC`. */
export const runStamp = (date: Date): string => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export interface ReportInput {
  readonly scenario: Option.Option<string>;
  readonly out: Option.Option<string>;
  readonly replications: Option.Option<number>;
  readonly seed: Option.Option<number>;
  readonly workers: Option.Option<number>;
  readonly lang: "en" | "zh";
  readonly format: "html" | "md";
}

/**
 * `berthsim report`: every plan measure (PLAN_MEASURES) against the baseline on the same ships, run on worker
 * threads, written as one self-contained HTML file; the file's path on stdout, progress on stderr.
 */
export const reportRun = Effect.fn("report")(function* (input: ReportInput) {
  const io = yield* Io;
  let scenario: Scenario = yield* resolveScenario(Option.getOrUndefined(input.scenario));
  if (Option.isSome(input.seed)) scenario = { ...scenario, seed: input.seed.value };
  const replications = Option.getOrElse(input.replications, () => REPORT_REPLICATIONS);
  yield* checkWorkload(scenario, replications);
  const arms = planArms(scenario);
  if (!arms.ok) return yield* new InvalidInput({ source: `${scenario.id}: plan measures`, lines: arms.errors });
  const study = planStudy(arms.arms);
  const batches = Math.ceil(replications / defaultBatchSize(replications));
  const requested = Option.getOrElse(input.workers, () => (replications < 4 ? 0 : availableParallelism()));
  const size = requested <= 0 ? 0 : Math.min(poolSize(requested), batches);
  const progress = progressBar({ write: io.err, isTty: io.errIsTty, columns: io.errColumns }, `report (${study.arms.length} arms)`);
  const estimates = yield* Effect.acquireUseRelease(
    Effect.sync(() => studyWorkers(study, size)),
    ({ workers }) =>
      Effect.tryPromise({
        try: (signal) =>
          runStudyWith(study, replications, workers, { signal, onProgress: (done, total) => progress.update(done, total) }),
        catch: (e) => new RunFailed({ message: e instanceof Error ? e.message : String(e) }),
      }),
    ({ stop }) => Effect.promise(stop).pipe(Effect.andThen(Effect.sync(() => progress.finish()))),
  );
  const report = buildReport({ scenario, measures: [PLAN_BASELINE, ...PLAN_MEASURES], estimates, date: runStamp(new Date()) });
  const path = Option.getOrElse(input.out, () => `report.${input.format}`);
  const fs = yield* FileSystem.FileSystem;
  yield* fs
    .writeFileString(path, input.format === "md" ? reportMarkdown(report, input.lang) : reportHtml(report, input.lang))
    .pipe(Effect.mapError((e) => new OutputError({ path, message: e.reason.description ?? e.reason._tag })));
  io.out(`${resolve(path)}\n`);
});

export const reportCommand = Command.make(
  "report",
  {
    scenario: Argument.String("scenario").pipe(
      Argument.withDescription("The scenario the measures edit: a file (.json) or a built-in id; default: jiaxing-default"),
      Argument.optional,
    ),
    out: Flag.String("out").pipe(Flag.withAlias("o"), Flag.withDescription("The file to write (default report.html, or report.md)"), Flag.optional),
    replications: replicationsFlag(`Replications of every measure (default ${REPORT_REPLICATIONS})`),
    seed: seedFlag,
    workers: workersFlag,
    lang: Flag.Literals("lang", ["en", "zh"]).pipe(Flag.withDescription("Language of the report"), Flag.withDefault("en")),
    format: Flag.Literals("format", ["html", "md"]).pipe(
      Flag.withDescription("One self-contained HTML file, or the tables as Markdown (as in docs/plan-measures.md)"),
      Flag.withDefault("html"),
    ),
  },
  reportRun,
).pipe(
  Command.withDescription(
    "Run every measure of the 2018 action plan (docs/plan-measures.md) against the baseline on the same ships and " +
      "write one self-contained HTML report (tables and charts, no script, opens offline); prints its path.",
  ),
  Command.withExamples([
    { command: "berthsim report", description: "report.html for the default Jiaxing scenario" },
    { command: "berthsim report --out plan.html --replications 200 --lang zh", description: "More replications, in Chinese" },
    { command: "berthsim report --format md --out results.md", description: "The tables as Markdown" },
  ]),
);
