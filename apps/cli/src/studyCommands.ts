import { availableParallelism } from "node:os";
import { simulate } from "@berthsim/core";
import { plannerFor, replicationCalls, type Scenario, scheduleToCsv } from "@berthsim/scenario";
import { Effect, FileSystem, Option } from "effect";
import { Command, Flag } from "effect/cli";
import { renderClearance, renderClearanceDifferences } from "./clearanceTable.ts";
import { OutputError, RunFailed } from "./errors.ts";
import { Io } from "./Io.ts";
import { renderDifferences, renderSummary } from "./kpiTable.ts";
import { baselineIndex, checkWorkload, readStopRule, resolveScenario, selectRuleSets, withCallList } from "./loadScenario.ts";
import { progressBar } from "./progress.ts";
import { replicationsFlag, scenarioArg, seedFlag, startFlag, whatIfFlag, workersFlag } from "./runFlags.ts";
import { withWhatIfs } from "./scenarioCommands.ts";
import { summaryToCsv } from "./summaryCsv.ts";
import { runMonteCarloParallel } from "./workerPool.ts";

/*
 * The study commands, `run` and `compare`: load a scenario, apply the flags, run the Monte Carlo study on the
 * worker pool and print it. Flags other commands share too are in runFlags.ts.
 */

const studyFlags = {
  rules: Flag.String("rules").pipe(
    Flag.withDescription("Rule set ids to run, comma-separated, first = baseline (default: the scenario's)"),
    Flag.atLeast(0),
  ),
  whatIf: whatIfFlag,
  replications: replicationsFlag("Replications (default: the scenario's; with --until, the most to run, default 1000)"),
  seed: seedFlag,
  until: Flag.String("until").pipe(
    Flag.withDescription("Stop once KPI's 95 % half-width ≤ TARGET under every rule set, e.g. wait.mean.nearSeaDirect:0.1"),
    Flag.withMetavar("KPI:TARGET"),
    Flag.optional,
  ),
  format: Flag.Literals("format", ["table", "json", "csv"]).pipe(
    Flag.withDescription("Output: readable tables, the full summary as JSON, or every KPI as CSV"),
    Flag.withDefault("table"),
  ),
  out: Flag.String("out").pipe(Flag.withAlias("o"), Flag.withDescription("Write the output to this file instead of stdout"), Flag.optional),
  calls: Flag.String("calls").pipe(
    Flag.withDescription("A call list (CSV, see docs/scenario-format.md) whose calls are added to the scenario's"),
    Flag.withMetavar("FILE.csv"),
    Flag.optional,
  ),
  start: startFlag,
  workers: workersFlag,
};

type StudyInput = {
  readonly [K in keyof typeof studyFlags]: (typeof studyFlags)[K] extends Flag.Flag<infer A> ? A : never;
} & {
  readonly scenario: Option.Option<string>;
  readonly baseline?: Option.Option<string>;
  readonly scheduleOut?: Option.Option<string>;
};

/** Writes the output to `--out` or stdout, in one piece (nothing partial on failure). */
const emit = Effect.fn("emit")(function* (text: string, out: Option.Option<string>) {
  if (Option.isNone(out)) return (yield* Io).out(text);
  const fs = yield* FileSystem.FileSystem;
  yield* fs
    .writeFileString(out.value, text)
    .pipe(Effect.mapError((e) => new OutputError({ path: out.value, message: e.reason.description ?? e.reason._tag })));
});

/** Loads the scenario, applies flags, runs the Monte Carlo study and prints it: `run` and `compare`. */
const study = (compare: boolean) =>
  Effect.fn(compare ? "compare" : "run")(function* (input: StudyInput) {
    const io = yield* Io;
    let scenario: Scenario = yield* resolveScenario(Option.getOrUndefined(input.scenario));
    scenario = yield* withCallList(scenario, Option.getOrUndefined(input.calls), Option.getOrUndefined(input.start));
    scenario = yield* withWhatIfs(scenario, input.whatIf);
    scenario = yield* selectRuleSets(scenario, input.rules);
    if (Option.isSome(input.seed)) scenario = { ...scenario, seed: input.seed.value };
    const baseline = yield* baselineIndex(scenario, Option.getOrUndefined(input.baseline ?? Option.none()));
    const until = yield* readStopRule(scenario, Option.getOrUndefined(input.until));
    const replications = Option.getOrElse(input.replications, () => (until === undefined ? scenario.replications : 1000));
    yield* checkWorkload(scenario, replications);
    const workers = Option.getOrElse(input.workers, () =>
      replications * scenario.rules.length < 16 ? 0 : availableParallelism(),
    );
    const progress = progressBar({ write: io.err, isTty: io.errIsTty, columns: io.errColumns }, `${scenario.id}`);
    const summary = yield* Effect.tryPromise({
      try: (signal) =>
        runMonteCarloParallel(scenario, {
          replications,
          baseline,
          workers,
          signal,
          onProgress: (done, total) => progress.update(done, total),
          ...(until === undefined ? {} : { until }),
        }),
      catch: (e) => new RunFailed({ message: e instanceof Error ? e.message : String(e) }),
    }).pipe(Effect.ensuring(Effect.sync(() => progress.finish())));
    const text =
      input.format === "json"
        ? `${JSON.stringify(summary, null, 2)}\n`
        : input.format === "csv"
          ? summaryToCsv(summary)
          : renderSummary(scenario, summary) +
            renderClearance(scenario, summary) +
            (compare ? `\n${renderDifferences(scenario, summary)}${renderClearanceDifferences(scenario, summary)}` : "");
    yield* emit(text, input.out);
    if (input.scheduleOut !== undefined && Option.isSome(input.scheduleOut)) {
      const path = input.scheduleOut.value;
      const result = simulate({
        port: scenario.port,
        calls: replicationCalls(scenario, 0),
        rules: scenario.rules[0]!,
        horizon: scenario.horizon,
        warmup: scenario.warmup,
        planner: plannerFor(scenario.rules[0]!),
      });
      const schedule = /\.json$/i.test(path) ? `${JSON.stringify(result.calls, null, 2)}\n` : scheduleToCsv(result.calls);
      yield* emit(schedule, Option.some(path));
    }
  });


const scheduleOutFlag = Flag.String("schedule-out").pipe(
  Flag.withDescription(
    "Also write the schedule of replication 0 under the first rule set to FILE: CSV, or JSON when FILE ends " +
      "in .json (both with exact times) — input for `berthsim check`",
  ),
  Flag.withMetavar("FILE"),
  Flag.optional,
);

export const runCommand = Command.make("run", { scenario: scenarioArg, ...studyFlags, scheduleOut: scheduleOutFlag }, study(false)).pipe(
  Command.withDescription(
    "Run a scenario under its rule sets over many replications (same ships for every rule set in a replication) and " +
      "print every KPI as a mean with a 95 % confidence interval.",
  ),
  Command.withExamples([
    { command: "berthsim run", description: "The built-in Jiaxing scenario, every rule set" },
    { command: "berthsim run my-port.json --rules fcfs,priority --format json", description: "A file, two rule sets, JSON" },
    { command: "berthsim run --until wait.mean.nearSeaDirect:0.1", description: "Run until the near-sea mean wait is ±0.1 h" },
    { command: "berthsim run --rules priority --schedule-out plan.json", description: "Also write replication 0's schedule" },
  ]),
);

export const compareCommand = Command.make(
  "compare",
  {
    scenario: scenarioArg,
    ...studyFlags,
    baseline: Flag.String("baseline").pipe(Flag.withDescription("Rule set the others are compared with (default: the first)"), Flag.optional),
  },
  study(true),
).pipe(
  Command.withDescription(
    "Every rule set side by side, and each one's paired differences against the baseline (by default FCFS): same " +
      "ships, so the difference is the rule's doing; 95 % intervals.",
  ),
  Command.withExamples([
    { command: "berthsim compare", description: "The built-in Jiaxing scenario" },
    { command: "berthsim compare jiaxing-congested --replications 100", description: "The congested scenario" },
    {
      command: "berthsim compare jiaxing-congested --rules fcfs,priority,optimised --replications 20",
      description: "Against the rolling-horizon optimiser (seconds per replication)",
    },
  ]),
);
