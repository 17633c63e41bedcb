import { type Anchorage, M2_PERIOD_HOURS, type RuleSet, SELECTABLE_RULE_SETS, type VesselCall } from "@berthsim/core";
import type { Scenario } from "../Scenario.ts";
import { clearanceFromFile } from "./clearanceFile.ts";
import { SCENARIO_DEFAULTS, type ScenarioFileData } from "../ScenarioFile.ts";

/** An anchorage as a scenario carries it: the core's, plus the area it lies off when the file gives one. */
export type ScenarioAnchorage = Anchorage & { readonly area?: string };

const builtInRuleSet = (id: string): RuleSet => {
  const found = SELECTABLE_RULE_SETS.find((r) => r.id === id);
  // The schema only lets built-in ids through.
  if (found === undefined) throw new Error(`not a built-in rule set: ${id}`);
  return found;
};

/**
 * The scenario a decoded file describes: defaults filled in, anchorages without a capacity unlimited, built-in
 * rule sets by id replaced by the core's objects. Keys absent from the file stay absent (so encoding round-trips).
 */
export const fromFile = (file: ScenarioFileData): Scenario => {
  const { port } = file;
  const anchorages: ScenarioAnchorage[] = (port.anchorages ?? []).map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    capacity: a.capacity ?? Infinity,
    ...(a.area === undefined ? {} : { area: a.area }),
  }));
  const calls = file.calls?.map(
    (c): VesselCall => ({ ...c, dangerousGoods: c.dangerousGoods ?? false }),
  );
  return {
    id: file.id,
    name: file.name,
    description: file.description ?? SCENARIO_DEFAULTS.description,
    port: {
      name: port.name,
      areas: port.areas,
      berths: port.berths,
      anchorages,
      shiftHours: port.shiftHours,
      ...(port.tide === undefined
        ? {}
        : { tide: { period: M2_PERIOD_HOURS, phase: 0, ...port.tide } }),
    },
    traffic: file.traffic ?? [],
    ...(calls === undefined ? {} : { calls }),
    rules: (file.rules ?? SCENARIO_DEFAULTS.rules).map((r) => (typeof r === "string" ? builtInRuleSet(r) : r)),
    horizon: file.horizon,
    warmup: file.warmup ?? SCENARIO_DEFAULTS.warmup,
    seed: file.seed ?? SCENARIO_DEFAULTS.seed,
    replications: file.replications ?? SCENARIO_DEFAULTS.replications,
    ...(file.clearance === undefined ? {} : { clearance: clearanceFromFile(file.clearance) }),
  };
};
