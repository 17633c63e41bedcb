import { parseStopRule, type RuleSet, SELECTABLE_RULE_SETS, type StopRule } from "@berthsim/core";
import {
  BUILT_IN_SCENARIOS,
  decodeScenario,
  encodeScenario,
  findScenario,
  jiaxingDefault,
  monteCarloKeys,
  parseCallListCsv,
  parseScenarioJson,
  type Scenario,
} from "@berthsim/scenario";
import { Effect, FileSystem, type PlatformError } from "effect";
import { InvalidInput, invalid } from "./errors.ts";

/** Scenario files larger than this are refused before reading (a scenario is kilobytes; a call list, megabytes). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const reason = (e: PlatformError.PlatformError): string => {
  const r = e.reason;
  if (r._tag === "NotFound") return "no such file";
  if (r._tag === "PermissionDenied") return "permission denied";
  return r.description ?? r._tag;
};

/** The text of a file, or `InvalidInput` naming the file and why it cannot be read. */
export const readTextFile = Effect.fn("readTextFile")(function* (path: string) {
  const fs = yield* FileSystem.FileSystem;
  const info = yield* fs.stat(path).pipe(Effect.mapError((e) => invalid(path, "(file)", `cannot read: ${reason(e)}`)));
  if (info.type !== "File") return yield* invalid(path, "(file)", `cannot read: not a file (${info.type.toLowerCase()})`);
  if (Number(info.size) > MAX_FILE_BYTES)
    return yield* invalid(path, "(file)", `${(Number(info.size) / 2 ** 20).toFixed(0)} MB is more than the ${MAX_FILE_BYTES / 2 ** 20} MB allowed`);
  return yield* fs.readFileString(path, "utf-8").pipe(Effect.mapError((e) => invalid(path, "(file)", `cannot read: ${reason(e)}`)));
});

/** Decodes a scenario file, collecting every problem as `path: message` lines. */
export const readScenarioFile = Effect.fn("readScenarioFile")(function* (path: string) {
  const text = yield* readTextFile(path);
  const decoded = parseScenarioJson(text);
  if (!decoded.ok) return yield* new InvalidInput({ source: path, lines: decoded.errors });
  return decoded.scenario;
});

/**
 * The scenario named by the `[FILE|NAME]` argument: a built-in scenario id, else a scenario file; the built-in
 * Jiaxing default when there is no argument. An argument that looks like a path (a slash, or `.json`) is a file.
 */
export const resolveScenario = Effect.fn("resolveScenario")(function* (arg: string | undefined) {
  if (arg === undefined) return jiaxingDefault;
  const builtIn = findScenario(arg);
  if (builtIn !== undefined) return builtIn;
  const fs = yield* FileSystem.FileSystem;
  const looksLikePath = /[/\\]|\.json$/i.test(arg);
  const exists = looksLikePath || (yield* fs.exists(arg).pipe(Effect.orElseSucceed(() => false)));
  if (!exists)
    return yield* invalid(
      arg,
      "(argument)",
      `no built-in scenario and no file "${arg}" (built-in scenarios: ${BUILT_IN_SCENARIOS.map((s) => s.id).join(", ")})`,
    );
  return yield* readScenarioFile(arg);
});

/**
 * The scenario with the calls of a call list (CSV) added to its own, checked as part of the scenario (areas,
 * fit at some berth, arrival inside the horizon) by decoding the combined scenario again.
 */
export const withCallList = Effect.fn("withCallList")(function* (scenario: Scenario, path: string | undefined, start: string | undefined) {
  if (path === undefined) return scenario;
  const parsed = parseCallListCsv(yield* readTextFile(path), start === undefined ? {} : { start });
  if (!parsed.ok) return yield* new InvalidInput({ source: path, lines: parsed.errors });
  const decoded = decodeScenario(encodeScenario({ ...scenario, calls: [...(scenario.calls ?? []), ...parsed.calls] }));
  if (!decoded.ok) return yield* new InvalidInput({ source: path, lines: decoded.errors });
  return decoded.scenario;
});

/**
 * The rule sets named in `--rules` (comma-separated ids, in that order): the scenario's own rule set with that
 * id, else the built-in one. Undefined `spec` keeps the scenario's rule sets.
 */
export const selectRuleSets = (scenario: Scenario, specs: readonly string[]): Effect.Effect<Scenario, InvalidInput> => {
  const ids = specs.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s.length > 0);
  if (ids.length === 0) return Effect.succeed(scenario);
  const known = [...scenario.rules, ...SELECTABLE_RULE_SETS.filter((b) => !scenario.rules.some((r) => r.id === b.id))];
  const lines: string[] = [];
  const rules: RuleSet[] = [];
  ids.forEach((id, i) => {
    const found = known.find((r) => r.id === id);
    if (found === undefined) lines.push(`--rules[${i}]: unknown rule set "${id}" (known: ${known.map((r) => r.id).join(", ")})`);
    else if (rules.includes(found)) lines.push(`--rules[${i}]: rule set "${id}" is listed twice`);
    else rules.push(found);
  });
  return lines.length > 0 ? Effect.fail(new InvalidInput({ source: "--rules", lines })) : Effect.succeed({ ...scenario, rules });
};

/** Most calls one replication may expect (a year of Jiaxing has about 5,400); beyond it memory runs out. */
export const MAX_CALLS_PER_REPLICATION = 2_000_000;
/** Most replications of one run. */
export const MAX_REPLICATIONS = 1_000_000;

/** The number of calls one replication of the scenario generates, on average. */
export const expectedCalls = (scenario: Scenario): number =>
  scenario.traffic.reduce(
    (n, s) => n + (s.kind === "poisson" ? s.perWeek : s.days.length) * Math.ceil(scenario.horizon / 168),
    scenario.calls?.length ?? 0,
  );

/**
 * Refuses a run too large to finish or to fit in memory — a valid file can still ask for a horizon of 10¹² hours
 * or a million calls a week — before anything starts, so that such a file ends in an error, not a hang.
 */
export const checkWorkload = (scenario: Scenario, replications: number): Effect.Effect<void, InvalidInput> => {
  const lines: string[] = [];
  const calls = expectedCalls(scenario);
  if (!(calls <= MAX_CALLS_PER_REPLICATION))
    lines.push(
      `traffic: about ${calls.toPrecision(3)} calls per replication over the horizon of ${scenario.horizon} h; ` +
        `at most ${MAX_CALLS_PER_REPLICATION.toLocaleString("en")} can be simulated`,
    );
  if (!(replications <= MAX_REPLICATIONS))
    lines.push(`replications: ${replications} is more than the ${MAX_REPLICATIONS.toLocaleString("en")} allowed`);
  return lines.length === 0 ? Effect.void : Effect.fail(new InvalidInput({ source: scenario.id, lines }));
};

/** The index of the `--baseline` rule set among the scenario's (the first when not given). */
export const baselineIndex = (scenario: Scenario, id: string | undefined): Effect.Effect<number, InvalidInput> => {
  if (id === undefined) return Effect.succeed(0);
  const i = scenario.rules.findIndex((r) => r.id === id);
  return i >= 0
    ? Effect.succeed(i)
    : Effect.fail(
        invalid("--baseline", "--baseline", `"${id}" is not one of the rule sets compared (${scenario.rules.map((r) => r.id).join(", ")})`),
      );
};

/** The `--until KEY:HALF_WIDTH` stop rule, checked against the scenario's KPI keys. */
export const readStopRule = (scenario: Scenario, text: string | undefined): Effect.Effect<StopRule | undefined, InvalidInput> => {
  if (text === undefined) return Effect.succeed(undefined);
  const rule = parseStopRule(text, monteCarloKeys(scenario));
  return "error" in rule ? Effect.fail(invalid("--until", "--until", rule.error)) : Effect.succeed(rule);
};
