import { Result, Schema } from "effect";
import { checkScenario } from "./internal/checkScenario.ts";
import { formatIssues } from "./internal/formatIssues.ts";
import { fromFile } from "./internal/fromFile.ts";
import { jsonSyntaxError } from "./internal/jsonSyntaxError.ts";
import type { Scenario } from "./Scenario.ts";
import { ScenarioFile } from "./ScenarioFile.ts";

/** A decoded scenario, or every problem found, one `path: message` line each. */
export type DecodeScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly string[] };

// Every issue, unknown keys included (a misspelt optional key would otherwise be ignored without a word).
const decodeFile = Schema.decodeUnknownResult(ScenarioFile, { errors: "all", onExcessProperty: "error" });

/**
 * Decodes a scenario file's content (parsed JSON) into a `Scenario`. First the schema, collecting every
 * problem (`traffic[2].perWeek: expected a positive number, got -3`); when the file has the right shape, the
 * checks across objects, all collected too (duplicate ids, unknown areas, warm-up ≥ horizon, streams whose
 * ships fit no berth). Never throws.
 */
export const decodeScenario = (input: unknown): DecodeScenarioResult => {
  let decoded: ReturnType<typeof decodeFile>;
  try {
    decoded = decodeFile(input, { reportInput: true });
  } catch (e) {
    // Only exotic values (throwing getters, proxies) get here; JSON never does.
    return { ok: false, errors: [`(root): could not be read: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (Result.isFailure(decoded)) {
    const errors = formatIssues(decoded.failure.issue);
    return { ok: false, errors: errors.length > 0 ? errors : ["(root): not a valid scenario"] };
  }
  const scenario = fromFile(decoded.success);
  const errors = checkScenario(scenario);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario };
};

/**
 * Parses a scenario file's text and decodes it. Invalid JSON is one line with its position,
 * `(root): invalid JSON at line 3, column 5: expected "," or "}", got "]"`. A leading byte-order mark is skipped.
 */
export const parseScenarioJson = (text: string): DecodeScenarioResult => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    const where = jsonSyntaxError(body);
    const message =
      where === undefined
        ? `(root): invalid JSON: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`
        : `(root): invalid JSON at line ${where.line}, column ${where.column}: ${where.message}`;
    return { ok: false, errors: [message] };
  }
  return decodeScenario(json);
};
