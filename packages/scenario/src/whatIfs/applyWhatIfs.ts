import { decodeScenario } from "../decodeScenario.ts";
import { encodeScenario } from "../encodeScenario.ts";
import type { Scenario } from "../Scenario.ts";
import { formatWhatIfSpec, whatIfOf } from "./WHAT_IFS.ts";
import type { WhatIfResult, WhatIfSpec } from "./WhatIf.ts";

/**
 * Applies the edits in order, each to the result of the one before; pure (the input scenario is not changed).
 * After each edit the scenario is checked exactly as a scenario file would be, so an edit that leaves it invalid
 * (removing the last coal berth, say) fails, its message led by the edit: `remove-berth:C2: traffic[7]: no berth
 * handles "coal"`. The first failing edit stops the chain.
 */
export const applyWhatIfs = (scenario: Scenario, specs: readonly WhatIfSpec[]): WhatIfResult => {
  let current = scenario;
  for (const spec of specs) {
    const text = formatWhatIfSpec(spec);
    const edited = whatIfOf(spec).apply(current, spec);
    if (typeof edited === "string") return { ok: false, errors: [`${text}: ${edited}`] };
    const checked = decodeScenario(encodeScenario(edited));
    if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => `${text}: ${e}`) };
    current = checked.scenario;
  }
  return { ok: true, scenario: current };
};
