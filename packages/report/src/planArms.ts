import { measureScenario, PLAN_BASELINE, PLAN_MEASURES, type PlanMeasure, type Scenario } from "@berthsim/scenario";
import type { StudyArm } from "./planStudy.ts";

/** The arms of the plan's measures on `scenario` (baseline first), or every reason some measure cannot be applied. */
export const planArms = (
  scenario: Scenario,
  measures: readonly PlanMeasure[] = PLAN_MEASURES,
  baseline: PlanMeasure = PLAN_BASELINE,
): { readonly ok: true; readonly arms: StudyArm[] } | { readonly ok: false; readonly errors: string[] } => {
  const arms: StudyArm[] = [];
  const errors: string[] = [];
  for (const measure of [baseline, ...measures]) {
    const applied = measureScenario(scenario, measure);
    if (applied.ok) arms.push({ id: measure.id, name: measure.name, scenario: applied.scenario });
    else errors.push(...applied.errors);
  }
  return errors.length === 0 ? { ok: true, arms } : { ok: false, errors };
};
