import fc from "fast-check";
import { expect } from "vitest";
import {
  checkSchedule,
  RULE_FAMILY,
  type RuleFamily,
  simulate,
  type SimulationResult,
  type Violation,
} from "../../src/index.ts";
import type { Scenario } from "./arbitraries.ts";
import { replayCommand, writeReplayFile } from "./replayFile.ts";

/** Runs the simulator on a generated scenario. */
export const run = (s: Scenario, log = false): SimulationResult => simulate({ ...s, log });

/** The checker's violations of one family in the simulator's schedule of the scenario. */
export const violationsIn = (s: Scenario, family: RuleFamily, result: SimulationResult = run(s)): Violation[] =>
  checkSchedule({ ...s, schedule: result.calls }).filter((v) => RULE_FAMILY[v.rule] === family);

/**
 * Asserts that fast-check finds a counterexample to a claim that does not hold, and returns the shrunk one,
 * so that a test can show it (docs/guarantees.md prints them; BERTHSIM_SHOW_COUNTEREXAMPLES=1 logs them).
 */
export const counterexampleTo = <T>(
  arb: fc.Arbitrary<T>,
  claim: (value: T) => boolean,
  seed: number,
  show: (value: T) => string = (value) => JSON.stringify(value),
  numRuns = 20_000,
): T => {
  const out = fc.check(fc.property(arb, claim), { seed, numRuns });
  expect(out.failed, "fast-check found no counterexample").toBe(true);
  const found = out.counterexample![0];
  if (process.env["BERTHSIM_SHOW_COUNTEREXAMPLES"] === "1")
    console.log(`counterexample (seed ${seed}, after ${out.numRuns} runs, ${out.numShrinks} shrinks):\n${show(found)}`);
  return found;
};

/**
 * `fc.assert` for a property of one generated scenario. When it fails, the shrunk counterexample is written as a
 * scenario file, test-artifacts/counterexamples/<property>.json, and the error names the file and the command that
 * replays it, above fast-check's usual report. The property's name is the running test's unless given.
 */
export const assertScenarioProperty = (
  property: fc.IProperty<[Scenario]>,
  params: fc.Parameters<[Scenario]>,
  name: string = expect.getState().currentTestName ?? "property",
): void => {
  const out = fc.check(property, params);
  if (!out.failed) return;
  const report = fc.defaultReportMessage(out) ?? "Property failed";
  if (out.counterexample === null) throw new Error(report, { cause: out.errorInstance });
  const path = writeReplayFile(out.counterexample[0], name);
  throw new Error(
    `Property "${name}" failed; its shrunk counterexample is the scenario file ${path}.\n` +
      `Replay it with: ${replayCommand(path)}\n\n${report}`,
    { cause: out.errorInstance },
  );
};
