import { checkSchedule, type ScheduledCall, type Violation } from "@berthsim/core";
import { replicationCalls, type Scenario } from "@berthsim/scenario";
import { csvParse } from "d3-dsv";
import { Effect } from "effect";
import { CheckFailed, InvalidInput, invalid } from "./errors.ts";
import { Io } from "./Io.ts";
import { readTextFile, resolveScenario, selectRuleSets } from "./loadScenario.ts";

const STATUSES = ["served", "waiting", "rejected"] as const;

type Status = (typeof STATUSES)[number];

/** The cells of one schedule line before they are checked: `undefined` or "" is an absent value. */
interface RawLine {
  readonly id: unknown;
  readonly status: unknown;
  readonly berth: unknown;
  readonly berthingStart: unknown;
  readonly serviceStart: unknown;
  readonly end: unknown;
  readonly position: unknown;
  readonly wait: unknown;
  readonly overtaken: unknown;
}

/** Checks the cells of schedule lines; every problem as a `path: message` line. */
const toScheduledCalls = (raw: readonly RawLine[], where: (i: number) => string): { lines: ScheduledCall[]; errors: string[] } => {
  const errors: string[] = [];
  const lines: ScheduledCall[] = [];
  raw.forEach((r, i) => {
    const at = where(i);
    const absent = (v: unknown): boolean => v === undefined || v === null || v === "";
    const num = (field: string, v: unknown): number | undefined => {
      if (absent(v)) return undefined;
      const x = typeof v === "number" ? v : typeof v === "string" ? Number(v.trim()) : NaN;
      if (!Number.isFinite(x)) {
        errors.push(`${at}.${field}: expected a number, got ${JSON.stringify(v)}`);
        return undefined;
      }
      return x;
    };
    if (typeof r.id !== "string" || r.id === "") errors.push(`${at}.id: expected a call id, got ${JSON.stringify(r.id ?? null)}`);
    if (!STATUSES.includes(r.status as Status))
      errors.push(`${at}.status: expected one of ${STATUSES.join(", ")}, got ${JSON.stringify(r.status ?? null)}`);
    if (!absent(r.berth) && typeof r.berth !== "string") errors.push(`${at}.berth: expected a berth id, got ${JSON.stringify(r.berth)}`);
    const line: ScheduledCall = {
      id: String(r.id),
      status: r.status as Status,
      berth: absent(r.berth) ? undefined : String(r.berth),
      berthingStart: num("berthingStart", r.berthingStart),
      serviceStart: num("serviceStart", r.serviceStart),
      end: num("end", r.end),
      position: num("position", r.position),
      wait: num("wait", r.wait),
      overtaken: num("overtaken", r.overtaken),
    };
    lines.push(line);
  });
  return { lines, errors };
};

/**
 * Reads a schedule: a CSV as written by `scheduleToCsv` (`berthsim run --schedule-out FILE.csv`; columns id,
 * status, berth, position, berthing_start, service_start, end, wait, overtaken — others are ignored), or a JSON array of
 * schedule lines (`ScheduledCall`, e.g. `SimulationResult.calls`).
 */
export const readSchedule = Effect.fn("readSchedule")(function* (path: string) {
  const text = yield* readTextFile(path);
  let raw: RawLine[];
  let where: (i: number) => string;
  const trimmed = text.trimStart();
  if (/\.json$/i.test(path) || trimmed.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return yield* invalid(path, "(file)", `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!Array.isArray(data)) return yield* invalid(path, "(root)", "expected a JSON array of schedule lines");
    const bad = data.findIndex((x) => typeof x !== "object" || x === null || Array.isArray(x));
    if (bad >= 0) return yield* invalid(path, `[${bad}]`, "expected an object");
    raw = data as RawLine[];
    where = (i) => `[${i}]`;
  } else {
    const rows = csvParse(text);
    const missing = ["id", "status"].filter((c) => !rows.columns.includes(c));
    if (missing.length > 0)
      return yield* invalid(path, "(header)", `missing column${missing.length === 1 ? "" : "s"} ${missing.join(", ")} (got: ${rows.columns.join(", ")})`);
    raw = rows.map((row) => ({
      id: row["id"],
      status: row["status"],
      berth: row["berth"],
      berthingStart: row["berthing_start"],
      serviceStart: row["service_start"],
      end: row["end"],
      position: row["position"],
      wait: row["wait"],
      overtaken: row["overtaken"],
    }));
    // Line 1 is the header.
    where = (i) => `line ${i + 2}`;
  }
  const { lines, errors } = toScheduledCalls(raw, where);
  if (errors.length > 0) return yield* new InvalidInput({ source: path, lines: errors });
  return { lines };
});

const time = (t: number | undefined): string => (t === undefined ? "" : String(Math.round(t * 1e4) / 1e4));

/** The violations as a table. */
export const renderViolations = (violations: readonly Violation[]): string => {
  const rows = [["rule", "calls", "berth", "t (h)", "message"], ...violations.map((v) => [v.rule, v.calls.join(" "), v.berth ?? "", time(v.t), v.message])];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]!) : cell)).join("  ").trimEnd() + "\n").join("");
};

/**
 * `berthsim check SCENARIO SCHEDULE`: checks a schedule of replication 0 of the scenario under one rule set with
 * the independent checker; every violation on stdout (exit 1), or a one-line summary (exit 0).
 */
export const checkCommand = Effect.fn("check")(function* (input: {
  readonly scenario: string;
  readonly schedule: string;
  readonly rules: string | undefined;
  readonly format: "table" | "json";
}) {
  const io = yield* Io;
  let scenario: Scenario = yield* resolveScenario(input.scenario);
  if (input.rules !== undefined) {
    if (input.rules.includes(",")) return yield* invalid("--rules", "--rules", `one rule set id expected, got "${input.rules}"`);
    scenario = yield* selectRuleSets(scenario, [input.rules]);
  }
  const rules = scenario.rules[0]!;
  const { lines } = yield* readSchedule(input.schedule);
  const calls = replicationCalls(scenario, 0);
  const violations = checkSchedule({ port: scenario.port, calls, rules, horizon: scenario.horizon, schedule: lines });
  if (input.format === "json") io.out(`${JSON.stringify({ scenario: scenario.id, rules: rules.id, calls: calls.length, violations }, null, 2)}\n`);
  else if (violations.length === 0)
    io.out(`${input.schedule}: no violations: ${lines.length} schedule lines, ${calls.length} calls of "${scenario.id}" (replication 0), rule set ${rules.id}\n`);
  else io.out(renderViolations(violations));
  if (violations.length > 0)
    return yield* new CheckFailed({ violations: violations.length });
});
