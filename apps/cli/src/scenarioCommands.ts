import { HOURS_PER_DAY } from "@berthsim/core";
import {
  applyWhatIfs,
  parseCallListCsv,
  parseWhatIfSpec,
  type Scenario,
  scenarioJsonSchema,
  WHAT_IFS,
  type WhatIfSpec,
} from "@berthsim/scenario";
import { Effect } from "effect";
import { InvalidInput } from "./errors.ts";
import { Io } from "./Io.ts";
import { readScenarioFile, readTextFile } from "./loadScenario.ts";

const plural = (n: number, noun: string): string => `${Number.isInteger(n) ? n : n.toFixed(1)} ${noun}${n === 1 ? "" : "s"}`;

/**
 * `berthsim validate FILE`: a scenario file (.json), or a call list (.csv). A one-line summary on stdout, or
 * every problem on stderr (exit 1).
 */
export const validateFile = Effect.fn("validateFile")(function* (path: string, start: string | undefined) {
  const io = yield* Io;
  if (/\.csv$/i.test(path)) {
    const parsed = parseCallListCsv(yield* readTextFile(path), start === undefined ? {} : { start });
    if (!parsed.ok) return yield* new InvalidInput({ source: path, lines: parsed.errors });
    return io.out(`${path}: valid call list: ${plural(parsed.calls.length, "call")}\n`);
  }
  const s = yield* readScenarioFile(path);
  io.out(
    `${path}: valid scenario "${s.id}": ${plural(s.port.berths.length, "berth")} in ${plural(s.port.areas.length, "area")}, ` +
      `${plural(s.traffic.length, "traffic stream")}, ${plural(s.calls?.length ?? 0, "listed call")}, ` +
      `${plural(s.rules.length, "rule set")}, ${plural(s.horizon / HOURS_PER_DAY, "day")}\n`,
  );
});

/** The JSON Schema of scenario files. */
export const scenarioSchemaJson = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;

/** The built-in scenarios as a table or JSON. */
export const describeScenarios = (scenarios: readonly Scenario[], format: "table" | "json"): string => {
  const rows = scenarios.map((s) => ({
    id: s.id,
    name: s.name,
    description: s.description,
    berths: s.port.berths.length,
    days: s.horizon / HOURS_PER_DAY,
    replications: s.replications,
    rules: s.rules.map((r) => r.id),
  }));
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  return rows
    .map((r) => `${r.id}\n  ${r.name}: ${r.berths} berths, ${r.days} days, ${r.replications} replications, rule sets ${r.rules.join(", ")}\n  ${r.description}\n`)
    .join("\n");
};

/** The what-if edits as a list (syntax, what it does, an example) or JSON. */
export const describeWhatIfs = (format: "table" | "json"): string => {
  if (format === "json")
    return `${JSON.stringify(
      WHAT_IFS.map(({ id, syntax, example, description, descriptionZh, params }) => ({ id, syntax, example, description, descriptionZh, params })),
      null,
      2,
    )}\n`;
  return WHAT_IFS.map(
    (w) =>
      `${w.syntax}\n  ${w.description}\n  ${w.descriptionZh}\n` +
      w.params.map((p) => `    ${p.name}${p.optional === true ? " (optional)" : ""}: ${p.description}\n`).join("") +
      `  e.g. --what-if ${w.example}\n`,
  ).join("\n");
};

/** The scenario with the `--what-if` edits applied, in order; every unreadable spec is reported at once. */
export const withWhatIfs = (scenario: Scenario, texts: readonly string[]): Effect.Effect<Scenario, InvalidInput> => {
  if (texts.length === 0) return Effect.succeed(scenario);
  const specs: WhatIfSpec[] = [];
  const lines: string[] = [];
  texts.forEach((text, i) => {
    const parsed = parseWhatIfSpec(text);
    if (parsed.ok) specs.push(parsed.spec);
    else lines.push(...parsed.errors.map((e) => `--what-if[${i}]: ${e}`));
  });
  if (lines.length > 0) return Effect.fail(new InvalidInput({ source: "--what-if", lines }));
  const applied = applyWhatIfs(scenario, specs);
  return applied.ok
    ? Effect.succeed(applied.scenario)
    : Effect.fail(new InvalidInput({ source: "--what-if", lines: applied.errors.map((e) => `--what-if: ${e}`) }));
};
