import type { MonteCarloEstimates, SimulationResult, VesselCall } from "@berthsim/core";
import {
  applyWhatIfs,
  decodeScenario,
  encodeScenario,
  parseCallListCsv,
  parseScenarioJson,
  parseWhatIfSpec,
  type Scenario,
  WHAT_IFS,
  type WhatIfSpec,
} from "@berthsim/scenario";
import { estimatesToCsv, schedulesToCsv } from "./csvExport.ts";

/** A decoded input, or every problem found in it as `path: message` lines. */
export type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

/** A what-if edit the page can offer: its id, labels and the text form `parseWhatIfSpec` reads. */
export interface WhatIfOffer {
  readonly id: string;
  readonly label: string;
  readonly labelZh: string;
  /** The text form with placeholders, e.g. `close-berth:<berth>:<start>:<end>`. */
  readonly syntax: string;
  readonly example: string;
}

/**
 * The scenario package's decoders, what-if edits and CSV writers, as the page uses them. A member is absent
 * while the package does not offer it; the page then says so instead of guessing (see docs/web.md).
 */
export interface Decoders {
  readonly scenarioJson?: (text: string) => Decoded<Scenario>;
  /** A call list on the port of `base`: the list replaces `base`'s traffic. */
  readonly callListCsv?: (text: string, base: Scenario) => Decoded<Scenario>;
  readonly whatIfs?: {
    readonly offers: readonly WhatIfOffer[];
    readonly apply: (scenario: Scenario, specs: readonly string[]) => Decoded<Scenario>;
  };
  readonly csv?: {
    readonly schedule: (results: readonly SimulationResult[]) => string;
    readonly kpis: (scenario: Scenario, estimates: MonteCarloEstimates) => string;
  };
}

const fromScenarioResult = (r: { ok: true; scenario: Scenario } | { ok: false; errors: readonly string[] }): Decoded<Scenario> =>
  r.ok ? { ok: true, value: r.scenario } : { ok: false, errors: r.errors };

/**
 * A call list as a scenario: the calls replace the traffic of `base`, and the whole goes once through the
 * scenario decoder, so areas, sizes against berths and the horizon are checked as for a scenario file.
 */
const callListScenario = (text: string, base: Scenario): Decoded<Scenario> => {
  const parsed = parseCallListCsv(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const calls: readonly VesselCall[] = parsed.calls;
  return fromScenarioResult(decodeScenario(encodeScenario({ ...base, id: `${base.id}-calls`, traffic: [], calls })));
};

/** Reads every edit's text (all problems at once), then applies them in order with the package's checks. */
const applyEdits = (scenario: Scenario, texts: readonly string[]): Decoded<Scenario> => {
  const specs: WhatIfSpec[] = [];
  const errors: string[] = [];
  for (const text of texts) {
    const parsed = parseWhatIfSpec(text);
    if (parsed.ok) specs.push(parsed.spec);
    else errors.push(...parsed.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : fromScenarioResult(applyWhatIfs(scenario, specs));
};

export const DECODERS: Decoders = {
  scenarioJson: (text) => fromScenarioResult(parseScenarioJson(text)),
  callListCsv: callListScenario,
  whatIfs: {
    offers: WHAT_IFS.map((w) => ({ id: w.id, label: w.description, labelZh: w.descriptionZh, syntax: w.syntax, example: w.example })),
    apply: applyEdits,
  },
  csv: { schedule: schedulesToCsv, kpis: (_, estimates) => estimatesToCsv(estimates) },
};
