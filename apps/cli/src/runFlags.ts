import { Flag } from "effect/cli";

/** The flags `run` and `report` share: how many replications, from which seed, on how many worker threads. */

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
