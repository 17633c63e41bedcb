import { BUILT_IN_SCENARIOS } from "@berthsim/scenario";
import { Cause, Effect, Exit, Layer, Option } from "effect";
import { Argument, CliConfig, CliError, CliOutput, Command, Flag, GlobalFlag } from "effect/cli";
import { checkCommand } from "./checkCommand.ts";
import { CheckFailed, EXIT, InvalidInput, OutputError, RunFailed } from "./errors.ts";
import { explainCommand } from "./explainCommand.ts";
import { Io } from "./Io.ts";
import { optimizeCommand } from "./optimizeCommand.ts";
import { reportCommand } from "./reportCommand.ts";
import { describeScenarios, describeWhatIfs, scenarioSchemaJson, validateFile } from "./scenarioCommands.ts";
import { scenarioArg, startFlag, whatIfFlag } from "./runFlags.ts";
import { compareCommand, runCommand } from "./studyCommands.ts";

export const VERSION = "0.1.0";

// ── Commands (`run` and `compare`: studyCommands.ts) ────────────────────────────────────────────────────────────

const validate = Command.make(
  "validate",
  {
    file: Argument.String("file").pipe(Argument.withDescription("A scenario file (.json) or a call list (.csv)")),
    start: startFlag,
  },
  ({ file, start }) => validateFile(file, Option.getOrUndefined(start)),
).pipe(
  Command.withDescription(
    "Check a scenario file or a call list: every problem as a `path: message` line on stderr (exit 1), or a " +
      "one-line summary on stdout (exit 0).",
  ),
);

/** Prints what `text` returns on stdout. */
const print = (text: () => string) =>
  Effect.gen(function* () {
    (yield* Io).out(text());
  });

const schema = Command.make("schema", {}, () => print(scenarioSchemaJson)).pipe(
  Command.withDescription("Print the JSON Schema of scenario files (for editors and other tools)."),
);

const formatFlag = Flag.Literals("format", ["table", "json"]).pipe(Flag.withDescription("Readable table or JSON"), Flag.withDefault("table"));

const scenarios = Command.make("scenarios", { format: formatFlag }, ({ format }) =>
  print(() => describeScenarios(BUILT_IN_SCENARIOS, format)),
).pipe(Command.withDescription("List the built-in scenarios."));

const whatIfs = Command.make("what-ifs", { format: formatFlag }, ({ format }) =>
  print(() => describeWhatIfs(format)),
).pipe(Command.withDescription("List the what-if edits accepted by --what-if, with their syntax and an example."));

const check = Command.make(
  "check",
  {
    scenario: Argument.String("scenario").pipe(Argument.withDescription("A scenario file (.json) or a built-in scenario id")),
    schedule: Argument.String("schedule").pipe(
      Argument.withDescription(
        "The schedule: a CSV as written by `run --schedule-out FILE.csv` (columns id, status, berth, berthing_start, " +
          "service_start, end, wait, overtaken), or a JSON array of schedule lines (id, status, berth, berthingStart, " +
          "serviceStart, end, wait, overtaken)",
      ),
    ),
    rules: Flag.String("rules").pipe(Flag.withDescription("The rule set the schedule claims to follow (default: the scenario's first)"), Flag.optional),
    format: Flag.Literals("format", ["table", "json"]).pipe(Flag.withDescription("Violations as a table or JSON"), Flag.withDefault("table")),
  },
  ({ scenario, schedule, rules, format }) => checkCommand({ scenario, schedule, rules: Option.getOrUndefined(rules), format }),
).pipe(
  Command.withDescription(
    "Check a schedule of the scenario's replication-0 calls against berthsim's rules (feasibility, every call once, " +
      "no needless idling, the rule set's order) with the independent checker: every violation (rule, calls, berth, " +
      "time, message) on stdout and exit 1, or a one-line summary and exit 0.",
  ),
  Command.withExamples([
    { command: "berthsim run my-port.json --rules fcfs --schedule-out s.json && berthsim check my-port.json s.json --rules fcfs", description: "Check the simulator's own schedule" },
  ]),
);

const optimize = Command.make(
  "optimize",
  {
    file: Argument.String("file").pipe(Argument.withDescription("A berth allocation benchmark instance (Cordeau et al. 2005 I1, or Kramer et al. 2019)")),
    formatIn: Flag.Literals("format-in", ["cordeau", "kramer"]).pipe(
      Flag.withDescription("The instance's format (default: detected from the content)"),
      Flag.optional,
    ),
    timeLimit: Flag.Finite("time-limit").pipe(
      Flag.withDescription("Seconds the solver may take (default 1)"),
      Flag.withMetavar("S"),
      Flag.filter((s) => s > 0 && s <= 86_400, (s) => `--time-limit must be > 0 and ≤ 86400 seconds, got ${s}`),
      Flag.withDefault(1),
    ),
    seed: Flag.Int("seed").pipe(
      Flag.withDescription("Seed of the search, 0 to 4294967295 (default 1)"),
      Flag.filter((n) => n >= 0 && n <= 0xffffffff, (n) => `--seed must be between 0 and 4294967295, got ${n}`),
      Flag.withDefault(1),
    ),
    format: formatFlag,
  },
  ({ file, formatIn, timeLimit, seed, format }) => optimizeCommand({ file, formatIn: Option.getOrUndefined(formatIn), timeLimit, seed, format }),
).pipe(
  Command.withDescription(
    "Solve a berth allocation benchmark instance: the plan (ship → berth, start, end), checked by an independent " +
      "validator before it is printed (an invalid plan is never printed: exit 4), its objective Σ weight × (end − " +
      "arrival), a proven lower bound, the gap between them, and the first-come-first-served plan's objective.",
  ),
  Command.withExamples([
    { command: "berthsim optimize ../shared/bap-instances/cordeau2005-I1/25x5-01 --time-limit 5", description: "A Cordeau instance, 5 s" },
  ]),
);

const explain = Command.make(
  "explain",
  {
    callId: Argument.String("call-id").pipe(Argument.withDescription("The call to explain, e.g. grain-domestic-38")),
    scenario: scenarioArg,
    rules: Flag.String("rules").pipe(Flag.withDescription("The rule set to run (default: the scenario's first)"), Flag.optional),
    whatIf: whatIfFlag,
    replication: Flag.Int("replication").pipe(
      Flag.withDescription("The replication whose ships are simulated, from 0 (default 0)"),
      Flag.filter((n) => n >= 0, (n) => `--replication must be ≥ 0, got ${n}`),
      Flag.withDefault(0),
    ),
    format: Flag.Literals("format", ["text", "json"]).pipe(Flag.withDescription("Readable lines or JSON"), Flag.withDefault("text")),
  },
  ({ callId, scenario, rules, whatIf, replication, format }) =>
    explainCommand({
      callId,
      scenario: Option.getOrUndefined(scenario),
      rules: Option.getOrUndefined(rules),
      whatIf,
      replication,
      format,
    }),
).pipe(
  Command.withDescription(
    "Why did a call wait? Runs one replication under one rule set and explains the call from the simulation's own " +
      "trace: tide, full anchorages, berths busy with earlier arrivals, each ship berthed ahead of it and the rule " +
      "that put it there, closures; or still waiting at the horizon, or rejected and why. Unknown call id: exit 1.",
  ),
  Command.withExamples([
    { command: "berthsim explain grain-domestic-38 --rules priority", description: "A grain ship in the Jiaxing default" },
    { command: "berthsim explain japan-3 jiaxing-congested --format json", description: "As JSON" },
  ]),
);

export const berthsim = Command.make("berthsim").pipe(
  Command.withDescription(
    "Berth scheduling simulator for Jiaxing Port. Machine output goes to stdout, progress and errors to stderr. " +
      "Exit codes: 0 ok; 1 invalid input (scenario file, what-if, rule set, stop rule; `path: message` lines on " +
      "stderr, nothing on stdout); 2 usage (unknown command or flag, bad flag value); 3 output file not writable; " +
      "4 a simulation or the solver failed; 130 interrupted. `check` exits 1 when the schedule breaks a rule.",
  ),
  Command.withSubcommands([runCommand, compareCommand, validate, check, optimize, schema, scenarios, whatIfs, reportCommand, explain]),
);

// ── Running ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Help and usage errors: help asked for goes to stdout, everything else to stderr. */
const presenter = Layer.unwrap(
  Effect.gen(function* () {
    const io = yield* Io;
    const formatter = CliOutput.defaultFormatter({ colors: false });
    return CliOutput.layerPresenter({
      present: (event) =>
        Effect.sync(() => {
          if (event._tag === "Version") return io.out(`${formatter.formatVersion(event.name, event.version)}\n`);
          if (event._tag === "Help" && event.reason === "Requested") return io.out(`${formatter.formatHelpDoc(event.helpDoc)}\n`);
          if (event._tag === "Help") return io.err(`${formatter.formatHelpDoc(event.helpDoc)}\n`);
          const command = event.commandPath.join(" ");
          io.err(`${formatter.formatErrors(event.errors).trim()}\n\nRun \`${command} --help\` for usage.\n`);
        }),
    });
  }),
);

const config = CliConfig.layer({ builtIns: [GlobalFlag.Help, GlobalFlag.Version] });

const usageLines = (e: InvalidInput): string =>
  `berthsim: ${e.source}: ${e.lines.length === 1 ? "1 problem" : `${e.lines.length} problems`}\n${e.lines.map((l) => `${l}\n`).join("")}`;

/**
 * Runs the CLI on `argv` (without the program name) and returns the exit code; never fails. Needs `Io` and the
 * Node services (file system for scenario files and --out).
 */
export const runCli = (argv: readonly string[]) =>
  Effect.gen(function* () {
    const io = yield* Io;
    const exit = yield* Effect.exit(Command.runWith(berthsim, { version: VERSION })(argv));
    if (Exit.isSuccess(exit)) return EXIT.ok;
    if (Cause.hasInterruptsOnly(exit.cause)) return EXIT.interrupted;
    const error = Cause.squash(exit.cause);
    if (error instanceof InvalidInput) return (io.err(usageLines(error)), EXIT.invalidInput);
    if (error instanceof OutputError) return (io.err(`berthsim: cannot write ${error.path}: ${error.message}\n`), EXIT.output);
    if (error instanceof CheckFailed)
      return (
        io.err(`berthsim: ${error.violations} violation${error.violations === 1 ? "" : "s"}\n${error.note === undefined ? "" : `note: ${error.note}\n`}`),
        EXIT.invalidInput
      );
    if (error instanceof RunFailed)
      return (io.err(`berthsim: ${error.message.startsWith("the solver") ? "" : "the simulation failed: "}${error.message}\n`), EXIT.runFailed);
    if (CliError.isCliError(error)) return EXIT.usage;
    io.err(`berthsim: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.runFailed;
  }).pipe(Effect.provide(Layer.mergeAll(presenter, config)));
