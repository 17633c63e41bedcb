import type { ConfidenceInterval, MonteCarloEstimates, Port } from "@berthsim/core";
import { formatWhatIfSpec, type PlanMeasure } from "@berthsim/scenario";
import { type KpiSection, reportSections } from "./kpiSections.ts";
import { type Text, tx } from "./text.ts";

/** What was run, for the stamp at the top of the report. `date` is given by the caller (pure code reads no clock). */
export interface ReportStamp {
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly seed: number;
  readonly replications: number;
  readonly horizonHours: number;
  readonly warmupHours: number;
  readonly date: string;
}

/** A measure as the report shows it: names, explanation, the plan's line, and how it is expressed. */
export interface ReportMeasure {
  readonly id: string;
  readonly name: Text;
  readonly explanation: Text;
  readonly plan: string;
  /** The what-if edits in their text form (`add-route:southeast-asia-near-sea`). */
  readonly whatIfs: readonly string[];
  readonly rules: string;
}

/**
 * The report of a plan study: the measures (baseline first, in the study's arm order), the sections to show and
 * the Monte Carlo estimates (arms as "rule sets", paired differences against the baseline).
 */
export interface PlanReport {
  readonly stamp: ReportStamp;
  readonly measures: readonly ReportMeasure[];
  readonly sections: readonly KpiSection[];
  readonly estimates: MonteCarloEstimates;
}

export interface ReportInput {
  /** The scenario every measure edits (the default Jiaxing scenario for `berthsim report`). */
  readonly scenario: {
    readonly id: string;
    readonly name: string;
    readonly seed: number;
    readonly horizon: number;
    readonly warmup: number;
    readonly port: Port;
  };
  /** Baseline first, then the measures, as the study's arms. */
  readonly measures: readonly PlanMeasure[];
  readonly estimates: MonteCarloEstimates;
  readonly date: string;
  /** The sections to show (default: `reportSections(scenario.port)`). */
  readonly sections?: readonly KpiSection[];
}

/** The report of a finished study. The estimates' rule sets must be the measures, in order. */
export const buildReport = (input: ReportInput): PlanReport => {
  const ids = input.estimates.ruleSets.map((r) => r.id);
  if (ids.join() !== input.measures.map((m) => m.id).join())
    throw new Error(`buildReport: estimates are of ${ids.join(", ")}, measures are ${input.measures.map((m) => m.id).join(", ")}`);
  const { scenario } = input;
  return {
    stamp: {
      scenarioId: scenario.id,
      scenarioName: scenario.name,
      seed: scenario.seed,
      replications: input.estimates.replications,
      horizonHours: scenario.horizon,
      warmupHours: scenario.warmup,
      date: input.date,
    },
    measures: input.measures.map((m) => ({
      id: m.id,
      name: tx(m.name, m.nameZh),
      explanation: tx(m.explanation, m.explanationZh),
      plan: m.plan,
      whatIfs: m.whatIfs.map(formatWhatIfSpec),
      rules: m.rules,
    })),
    // Only KPIs the study measured: a section whose keys no arm has (clearance times on a port without a clearance
    // stage, say) is left out rather than shown empty.
    sections: (input.sections ?? reportSections(scenario.port))
      .map((s) => ({ ...s, lines: s.lines.filter((l) => input.estimates.keys.includes(l.key)) }))
      .filter((s) => s.lines.length > 0),
    estimates: input.estimates,
  };
};

/** The mean of `key` under measure `m` (index in `report.measures`) with its 95 % interval. */
export const meanOf = (report: PlanReport, m: number, key: string): ConfidenceInterval | undefined =>
  report.estimates.ruleSets[m]?.kpis[key];

/** The paired difference of `key`, measure `m` − baseline, with its 95 % interval; undefined for the baseline. */
export const differenceOf = (report: PlanReport, m: number, key: string): ConfidenceInterval | undefined =>
  m === 0 ? undefined : report.estimates.differences[m - 1]?.kpis[key];

/** Whether an interval excludes 0 (the difference is not chance at the 95 % level). */
export const excludesZero = (ci: ConfidenceInterval | undefined): boolean =>
  ci !== undefined && Number.isFinite(ci.lower) && Number.isFinite(ci.upper) && (ci.lower > 0 || ci.upper < 0);
