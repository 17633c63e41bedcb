import { Data } from "effect";

/**
 * The CLI's exit codes. 0 ok; 1 invalid input (a scenario, call list, what-if or stop rule that cannot be used —
 * nothing is written to stdout); 2 usage (unknown command or flag, a flag value of the wrong type); 3 the output
 * file cannot be written; 4 a simulation failed; 130 interrupted (Ctrl-C).
 */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, output: 3, runFailed: 4, interrupted: 130 } as const;

/** The input cannot be used: `source` (a file, or a flag such as `--what-if`) and every problem found, each a
 * `path: message` line (`traffic[2].perWeek: expected a positive number, got -3`). */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{ readonly source: string; readonly lines: readonly string[] }> {}

/** The output file could not be written. */
export class OutputError extends Data.TaggedError("OutputError")<{ readonly path: string; readonly message: string }> {}

/** A replication failed (a bug, or a worker thread that died). */
export class RunFailed extends Data.TaggedError("RunFailed")<{ readonly message: string }> {}

/** `InvalidInput` with one problem. */
export const invalid = (source: string, path: string, message: string): InvalidInput =>
  new InvalidInput({ source, lines: [`${path}: ${message}`] });

/** `berthsim check` found violations (already printed on stdout): exit 1. */
export class CheckFailed extends Data.TaggedError("CheckFailed")<{ readonly violations: number; readonly note?: string }> {}
