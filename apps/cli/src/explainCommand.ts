import { explainWait, renderExplanation, simulate } from "@berthsim/core";
import { replicationCalls } from "@berthsim/scenario";
import { Effect } from "effect";
import { invalid } from "./errors.ts";
import { Io } from "./Io.ts";
import { checkWorkload, resolveScenario, selectRuleSets } from "./loadScenario.ts";
import { withWhatIfs } from "./scenarioCommands.ts";

/**
 * `berthsim explain CALL-ID [SCENARIO]`: runs one replication of the scenario under one rule set with the event log
 * kept, and prints why the call waited (core/explain), as text or JSON.
 */
export const explainCommand = Effect.fn("explain")(function* (input: {
  readonly callId: string;
  readonly scenario: string | undefined;
  readonly rules: string | undefined;
  readonly whatIf: readonly string[];
  readonly replication: number;
  readonly format: "text" | "json";
}) {
  const io = yield* Io;
  let scenario = yield* resolveScenario(input.scenario);
  scenario = yield* withWhatIfs(scenario, input.whatIf);
  if (input.rules !== undefined) {
    if (input.rules.includes(",")) return yield* invalid("--rules", "--rules", `expected one rule set id, got "${input.rules}"`);
    scenario = yield* selectRuleSets(scenario, [input.rules]);
  }
  yield* checkWorkload(scenario, 1);
  const rules = scenario.rules[0]!;
  const calls = replicationCalls(scenario, input.replication);
  const result = simulate({ port: scenario.port, calls, rules, horizon: scenario.horizon, warmup: scenario.warmup, log: true });
  const explanation = explainWait({ port: scenario.port, calls, result }, input.callId);
  if (explanation === undefined) {
    const sample = calls.slice(0, 3).map((c) => c.id);
    return yield* invalid(
      input.callId,
      "(argument)",
      `no call "${input.callId}" in replication ${input.replication} of ${scenario.id} ` +
        `(${calls.length} calls, e.g. ${sample.join(", ")}; ids are <stream>-<n>)`,
    );
  }
  io.out(input.format === "json" ? `${JSON.stringify(explanation, null, 2)}\n` : renderExplanation(explanation));
});
