import { Argument, Flag } from "effect/cli";

/** The flags and arguments several commands share: which scenario, edited how, run how often, from which seed, where. */

/** The scenario argument, optional: a file or a built-in id (`run`, `compare`, `explain`). */
export const scenarioArg = Argument.String("scenario").pipe(
  Argument.withDescription("A scenario file (.json) or a built-in scenario id; default: jiaxing-default"),
  Argument.optional,
);

/** `--what-if`, repeatable (`run`, `compare`, `explain`). */
export const whatIfFlag = Flag.String("what-if").pipe(
  Flag.withDescription("A what-if edit applied to the scenario, e.g. close-berth:D5:0:72 (repeatable; see `berthsim what-ifs`)"),
  Flag.atLeast(0),
);

/** `--start`, optional: hour 0 as a date-time, for call lists whose ETAs are date-times (`run`, `compare`, `validate`). */
export const startFlag = Flag.String("start").pipe(
  Flag.withDescription("Date-time of hour 0 (ISO 8601, e.g. 2025-03-03T00:00), when call-list ETAs are date-times"),
  Flag.optional,
);

/** `--replications` / `-n`, optional; `description` says what the default is for the command. */
export const replicationsFlag = (description: string) =>
  Flag.Int("replications").pipe(
    Flag.withAlias("n"),
    Flag.withDescription(description),
    Flag.filter((n) => n >= 1 && n <= 1_000_000, (n) => `--replications must be between 1 and 1000000, got ${n}`),
    Flag.optional,
  );

/** `--seed`, optional: without it the scenario's seed is used. */
export const seedFlag = Flag.Int("seed").pipe(
  Flag.withDescription("Seed of the run, 0 to 4294967295 (default: the scenario's)"),
  Flag.filter((n) => n >= 0 && n <= 0xffffffff, (n) => `--seed must be between 0 and 4294967295, got ${n}`),
  Flag.optional,
);

/** `--workers`, optional: without it one thread per core. */
export const workersFlag = Flag.Int("workers").pipe(
  Flag.withDescription("Worker threads (default: one per core; 0 = this thread). Results do not depend on it"),
  Flag.filter((n) => n >= 0, (n) => `--workers must be ≥ 0, got ${n}`),
  Flag.optional,
);
