import { type RuleSet, SELECTABLE_RULE_SETS } from "@berthsim/core";
import { BUILT_IN_SCENARIOS, type Scenario } from "@berthsim/scenario";
import type { Decoders } from "./decoders.ts";
import type { AppState } from "./urlState.ts";

/** What the state asks to run, or the problems that stop it, each as `path: message`, by where they belong. */
export type Resolved =
  | { readonly ok: true; readonly scenario: Scenario; readonly available: readonly RuleSet[] }
  | {
      readonly ok: false;
      readonly file: readonly string[];
      readonly edits: readonly string[];
      readonly rules: readonly string[];
      /** The scenario before the failing step (for the rule list and defaults), when there is one. */
      readonly base: Scenario | undefined;
      readonly available: readonly RuleSet[];
    };

/** The scenario's own rule sets first, then every built-in one (optimised included) it does not already have (by id). */
export const availableRuleSets = (scenario: Scenario): RuleSet[] => {
  const own = [...scenario.rules];
  for (const r of SELECTABLE_RULE_SETS) if (!own.some((o) => o.id === r.id)) own.push(r);
  return own;
};

/** The built-in scenario with `id`, or the default one (the first). */
export const builtInScenario = (id: string): Scenario => BUILT_IN_SCENARIOS.find((s) => s.id === id) ?? BUILT_IN_SCENARIOS[0]!;

/**
 * The scenario the state describes: the built-in one or the dropped file (a call list replaces the built-in
 * scenario's traffic), with the what-if edits applied, and the chosen rule sets, seed and replications.
 */
export const resolveScenario = (state: AppState, decoders: Decoders): Resolved => {
  const builtIn = builtInScenario(state.scenario);
  const fail = (parts: { file?: readonly string[]; edits?: readonly string[]; rules?: readonly string[] }, base: Scenario | undefined): Resolved => ({
    ok: false,
    file: parts.file ?? [],
    edits: parts.edits ?? [],
    rules: parts.rules ?? [],
    base,
    available: availableRuleSets(base ?? builtIn),
  });
  let scenario: Scenario = builtIn;
  const file = state.file;
  if (file !== undefined) {
    if (file.kind === "json") {
      if (decoders.scenarioJson === undefined) return fail({ file: ["(file): scenario JSON cannot be decoded in this build"] }, undefined);
      const decoded = decoders.scenarioJson(file.text);
      if (!decoded.ok) return fail({ file: decoded.errors }, undefined);
      scenario = decoded.value;
    } else {
      if (decoders.callListCsv === undefined) return fail({ file: ["(file): call-list CSV cannot be decoded in this build"] }, undefined);
      const decoded = decoders.callListCsv(file.text, builtIn);
      if (!decoded.ok) return fail({ file: decoded.errors }, undefined);
      scenario = decoded.value;
    }
  }
  // Every built-in rule set can be compared, on any scenario; edits that change rule sets (pool the queues,
  // change the cap) then change them all, so the list offered is the edited one.
  scenario = { ...scenario, rules: availableRuleSets(scenario) };
  if (state.edits.length > 0) {
    if (decoders.whatIfs === undefined) return fail({ edits: ["(edits): what-if edits are not available in this build"] }, scenario);
    const edited = decoders.whatIfs.apply(scenario, state.edits);
    if (!edited.ok) return fail({ edits: edited.errors }, scenario);
    scenario = edited.value;
  }
  const available = scenario.rules;
  const rules = state.rules.flatMap((id) => available.filter((r) => r.id === id));
  const unknown = state.rules.filter((id) => !available.some((r) => r.id === id));
  if (unknown.length > 0 || rules.length === 0)
    return fail({ rules: [...unknown.map((id) => `rules: unknown rule set "${id}"`), ...(rules.length === 0 ? ["rules: choose at least one rule set"] : [])] }, scenario);
  return { ok: true, scenario: { ...scenario, rules, seed: state.seed, replications: state.replications }, available };
};
