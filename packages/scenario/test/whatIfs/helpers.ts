import { applyWhatIfs, jiaxingDefault, parseWhatIfSpec, type Scenario, type WhatIfSpec } from "../../src/index.ts";

/** The scenario after the edits given in their text form; throws with the messages when they fail. */
export const edited = (texts: readonly string[], scenario: Scenario = jiaxingDefault): Scenario => {
  const r = applyWhatIfs(scenario, texts.map(spec));
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.scenario;
};

/** The messages of edits that must fail. */
export const failures = (texts: readonly string[], scenario: Scenario = jiaxingDefault): readonly string[] => {
  const r = applyWhatIfs(scenario, texts.map(spec));
  return r.ok ? [] : r.errors;
};

export const spec = (text: string): WhatIfSpec => {
  const p = parseWhatIfSpec(text);
  if (!p.ok) throw new Error(p.errors.join("\n"));
  return p.spec;
};
