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
