import { confidenceInterval95, type ConfidenceInterval, type Kpis, TRADE_CLASS_IDS, type TradeClass } from "@berthsim/core";
import { runReplication, type Scenario } from "@berthsim/scenario";

/** Per rule set: each KPI as a 95 % confidence interval over replications. */
export interface RuleSetSummary {
  readonly id: string;
  readonly name: string;
  readonly byClass: readonly {
    readonly tradeClass: TradeClass;
    readonly served: ConfidenceInterval;
    readonly meanWait: ConfidenceInterval;
    readonly p90Wait: ConfidenceInterval;
    readonly awtAst: ConfidenceInterval;
  }[];
  readonly overallWait: ConfidenceInterval;
  readonly areas: Readonly<Record<string, ConfidenceInterval>>;
  readonly port: ConfidenceInterval;
  readonly queue: ConfidenceInterval;
  readonly rejected: ConfidenceInterval;
  readonly waitingAtHorizon: ConfidenceInterval;
}

/** Runs `replications` replications of every rule set of the scenario (same ships for all) and summarises. */
export const compareRuleSets = (scenario: Scenario, replications = scenario.replications): RuleSetSummary[] => {
  const perRule: Kpis[][] = scenario.rules.map(() => []);
  for (let k = 0; k < replications; k++)
    runReplication(scenario, k).forEach((r, i) => perRule[i]!.push(r.kpis));
  return scenario.rules.map((rules, i) => {
    const runs = perRule[i]!;
    const ci = (f: (k: Kpis) => number): ConfidenceInterval => confidenceInterval95(runs.map(f));
    const classes = TRADE_CLASS_IDS.filter((c) => runs.some((k) => (k.byClass[c]?.served ?? 0) > 0));
    return {
      id: rules.id,
      name: rules.name,
      byClass: classes.map((c) => ({
        tradeClass: c,
        served: ci((k) => k.byClass[c]?.served ?? 0),
        meanWait: ci((k) => k.byClass[c]?.meanWait ?? NaN),
        p90Wait: ci((k) => k.byClass[c]?.p90Wait ?? NaN),
        awtAst: ci((k) => k.byClass[c]?.awtAst ?? NaN),
      })),
      overallWait: ci((k) => k.overall.meanWait),
      areas: Object.fromEntries(scenario.port.areas.map((a) => [a.id, ci((k) => k.areas[a.id] ?? 0)])),
      port: ci((k) => k.port),
      queue: ci((k) => k.queue.mean),
      rejected: ci((k) => k.rejected),
      waitingAtHorizon: ci((k) => k.waiting),
    };
  });
};
