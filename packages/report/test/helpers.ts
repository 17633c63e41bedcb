import { jiaxingDefault, PLAN_BASELINE, PLAN_MEASURES, type Scenario } from "@berthsim/scenario";
import { planArms } from "../src/planArms.ts";
import { type PlanStudy, planStudy, runStudy } from "../src/planStudy.ts";
import { buildReport, type PlanReport } from "../src/reportModel.ts";

/** The default Jiaxing scenario cut to six weeks (one of warm-up), to keep tests quick. */
export const SMALL: Scenario = { ...jiaxingDefault, horizon: 6 * 168, warmup: 168 };

export const MEASURES = [PLAN_BASELINE, ...PLAN_MEASURES];

/** The plan study of every measure on `SMALL`. */
export const smallStudy = (): PlanStudy => {
  const arms = planArms(SMALL);
  if (!arms.ok) throw new Error(arms.errors.join("\n"));
  return planStudy(arms.arms);
};

/** The report of three replications of the plan study on `SMALL`, stamped with a fixed date. */
export const smallReport = (): PlanReport =>
  buildReport({ scenario: SMALL, measures: MEASURES, estimates: runStudy(smallStudy(), 3), date: "2026-11-27 18:00 UTC" });
