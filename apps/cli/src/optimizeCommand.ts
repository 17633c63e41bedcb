import { basename } from "node:path";
import { fcfsSchedule, planObjective, readCordeau, readKramer, type Snapshot, solve, validatePlan } from "@berthsim/optimize";
import { Effect } from "effect";
import { InvalidInput, RunFailed } from "./errors.ts";
import { Io } from "./Io.ts";
import { readTextFile } from "./loadScenario.ts";

export type InstanceFormat = "cordeau" | "kramer";

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Reads a benchmark instance: in the format given, else the one it parses as (Cordeau et al. 2005 I1 is checked
 * strictly — berth lengths, the six trailer values — so a Kramer file does not pass for one, nor the reverse).
 */
export const readInstance = Effect.fn("readInstance")(function* (path: string, format: InstanceFormat | undefined) {
  const text = yield* readTextFile(path);
  const readers: Record<InstanceFormat, (t: string) => Snapshot> = {
    cordeau: (t) => readCordeau(t, { name: path }),
    kramer: (t) => readKramer(t, { name: path }),
  };
  const tried = format === undefined ? (["cordeau", "kramer"] as const) : ([format] as const);
  const errors: string[] = [];
  for (const f of tried) {
    try {
      return { snapshot: { ...readers[f](text), name: basename(path) }, format: f };
    } catch (e) {
      errors.push(`${tried.length > 1 ? `as ${f}: ` : ""}${message(e)}`);
    }
  }
  return yield* new InvalidInput({ source: path, lines: errors });
});

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** `berthsim optimize FILE`: solves a benchmark instance and prints the checked plan. */
export const optimizeCommand = Effect.fn("optimize")(function* (input: {
  readonly file: string;
  readonly formatIn: InstanceFormat | undefined;
  readonly timeLimit: number;
  readonly seed: number;
  readonly format: "table" | "json";
}) {
  const io = yield* Io;
  const { snapshot, format } = yield* readInstance(input.file, input.formatIn);
  const solution = yield* Effect.try({
    try: () => solve(snapshot, { timeLimit: input.timeLimit, seed: input.seed }),
    catch: (e) => new RunFailed({ message: `the solver failed: ${message(e)}` }),
  });
  const check = validatePlan(snapshot, solution.plan);
  if (!check.valid)
    return yield* new RunFailed({
      message: `the solver returned an invalid plan for ${input.file}, not printed:\n${check.errors.map((e) => `  ${e}`).join("\n")}`,
    });
  const fcfsPlan = fcfsSchedule(snapshot);
  const fcfs = planObjective(snapshot, fcfsPlan);
  const fcfsValid = validatePlan(snapshot, fcfsPlan).valid;
  const gapPercent = Number.isFinite(solution.lowerBound) ? solution.gap * 100 : null;
  const plan = [...solution.plan].sort((a, b) => Number(a.ship) - Number(b.ship) || (a.ship < b.ship ? -1 : a.ship > b.ship ? 1 : 0));
  if (input.format === "json") {
    io.out(
      `${JSON.stringify(
        {
          instance: snapshot.name,
          format,
          ships: snapshot.ships.length,
          berths: snapshot.berths.length,
          objective: check.objective,
          lowerBound: Number.isFinite(solution.lowerBound) ? solution.lowerBound : null,
          gapPercent,
          optimal: solution.optimal,
          fcfsObjective: fcfs,
          fcfsValid,
          iterations: solution.iterations,
          elapsedMs: Math.round(solution.elapsed),
          seed: input.seed,
          plan,
        },
        null,
        2,
      )}\n`,
    );
    return;
  }
  const saving = fcfs > 0 ? ` (plan ${round((1 - check.objective / fcfs) * 100, 1)} % lower)` : "";
  const head = [
    `instance     ${snapshot.name} (${format}): ${snapshot.ships.length} ships, ${snapshot.berths.length} berths`,
    `objective    ${round(check.objective)}  (Σ weight × (end − arrival), plan checked valid)`,
    `lower bound  ${Number.isFinite(solution.lowerBound) ? round(solution.lowerBound) : "none (no plan keeps every window)"}`,
    `gap          ${gapPercent === null ? "n/a" : `${round(gapPercent)} %`}${solution.optimal ? " (optimal)" : ""}`,
    `FCFS         ${round(fcfs)}${fcfsValid ? "" : " (breaks a window)"}${saving}`,
    `search       ${solution.iterations} iterations in ${(solution.elapsed / 1000).toFixed(2)} s, seed ${input.seed}`,
    "",
  ];
  const rows = [["ship", "berth", "start", "end"], ...plan.map((a) => [a.ship, a.berth, String(round(a.start, 4)), String(round(a.end, 4))])];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const table = rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ") + "\n");
  io.out(head.map((l) => `${l}\n`).join("") + table.join(""));
});
