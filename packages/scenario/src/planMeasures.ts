import { BUILT_IN_RULE_SETS } from "@berthsim/core";
import type { Scenario } from "./Scenario.ts";
import { applyWhatIfs } from "./whatIfs/applyWhatIfs.ts";
import type { WhatIfSpec } from "./whatIfs/WhatIf.ts";

/**
 * A measure of the 2018 action plan (docs/plan-measures.md) as data: the what-if edits that express it and the
 * rule set it runs under. Each measure is run as one arm of a study against the baseline on the same ships
 * (common random numbers), so its effect is a paired difference.
 */
export interface PlanMeasure {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
  /** What berthsim changes, in one or two sentences. */
  readonly explanation: string;
  readonly explanationZh: string;
  /** The line of the plan's digest (/work/shared/seed/DIGEST.md) it comes from. */
  readonly plan: string;
  /** Edits applied, in order, to the baseline scenario. */
  readonly whatIfs: readonly WhatIfSpec[];
  /** Id of the one rule set it runs under, as the scenario has it after the edits. */
  readonly rules: string;
}

/**
 * The baseline every measure is compared with: the default scenario as the plan finds the port — foreign-trade
 * priority berthing (the plan's core mechanism, item 2) with a queue per port area (berths not yet integrated).
 */
export const PLAN_BASELINE: PlanMeasure = {
  id: "baseline",
  name: "Baseline: priority berthing, queue per area",
  nameZh: "基准：外贸优先靠泊，分港区排队",
  explanation:
    "The default Jiaxing scenario under foreign-trade priority berthing, each port area with its own queue. " +
    "Every measure below is compared with this, on the same ships.",
  explanationZh: "默认嘉兴港情景，外贸船舶优先靠泊，各港区各自排队。以下各项措施均在相同船舶下与之比较。",
  plan: "Foreign-trade priority berthing (外贸船舶优先靠泊机制): near-sea direct → Ningbo feeder → domestic direct.",
  whatIfs: [],
  rules: "priority-area",
};

/**
 * The plan's measures that berthsim can express on this branch, in the order of the plan. Adding a measure is
 * adding an entry: the report, the CLI and the web page list whatever is here.
 */
export const PLAN_MEASURES: readonly PlanMeasure[] = [
  {
    id: "priority-off",
    name: "Priority berthing off (FCFS)",
    nameZh: "取消优先靠泊（先到先服务）",
    explanation:
      "The same port and ships served first come, first served: what the priority mechanism is worth, and who pays for it.",
    explanationZh: "相同港口和船舶按先到先服务靠泊：衡量优先靠泊机制的作用及其代价。",
    plan: "Foreign-trade priority berthing (外贸船舶优先靠泊机制) [model, the core].",
    whatIfs: [],
    rules: "fcfs-area",
  },
  {
    id: "integrate-berths",
    name: "Integrate berths (one pooled queue)",
    nameZh: "整合利用泊位（全港统一排队）",
    explanation:
      "One port-wide queue: a ship may take any compatible free berth in any area, under the same priority order.",
    explanationZh: "全港统一排队：船舶可在任一港区的空闲兼容泊位靠泊，优先顺序不变。",
    plan: "Integrate berths (整合利用嘉兴港泊位) to raise berth utilisation; the port association coordinates berths.",
    whatIfs: [{ id: "pool-queues" }],
    rules: "priority",
  },
  {
    // The default port already handles coal at Dushan (berths C1, C2), as the plan asks: the measure is done. So
    // this arm is its reverse — coal back at Zhapu, as before — and Δ reads "what the move changed", sign reversed.
    id: "coal-at-zhapu",
    name: "Coal moves to Dushan (reverse: coal at Zhapu)",
    nameZh: "煤炭转移至独山（反向：煤炭留在乍浦）",
    explanation:
      "The default port already has its coal berths at Dushan, as the plan asks; this arm moves them and the coal ships " +
      "back to Zhapu. Read Δ with the sign reversed: what the move to Dushan changed.",
    explanationZh: "默认港口的煤炭泊位已在独山，符合行动方案；本方案将煤炭泊位和运煤船移回乍浦。Δ 需反号阅读：即迁往独山带来的变化。",
    plan: "Move coal handling to Dushan's river–sea coal transfer wharf (layout item 1).",
    whatIfs: [{ id: "coal-to-dushan", area: "zhapu" }],
    rules: "priority-area",
  },
  {
    id: "southeast-asia-route",
    name: "New Southeast Asia near-sea route",
    nameZh: "新开东南亚近洋航线",
    explanation: "One more near-sea direct container call a week at Dushan (Wednesday 08:00): more traffic.",
    explanationZh: "独山港区每周新增一班近洋直航集装箱船（周三 08:00）：增加到港船舶。",
    plan: "Routes: strengthen the Japan near-sea line, study a Southeast Asia line (item 5).",
    whatIfs: [{ id: "add-route", preset: "southeast-asia-near-sea" }],
    rules: "priority-area",
  },
  {
    id: "yangshan-feeder",
    name: "Dushan → Yangshan feeder",
    nameZh: "独山—洋山支线",
    explanation: "Three feeder calls a week at Dushan (Mon/Wed/Fri 18:00), foreign trade outside the named classes.",
    explanationZh: "独山港区每周新增三班支线船（周一、三、五 18:00），属其他外贸类别。",
    plan: "Open a Dushan → Shanghai Yangshan feeder (item 5).",
    whatIfs: [{ id: "add-route", preset: "dushan-yangshan-feeder" }],
    rules: "priority-area",
  },
  {
    id: "expand-dg-anchorages",
    name: "Expand the dangerous-goods anchorages",
    nameZh: "扩建危险品锚地",
    explanation:
      "Chenshan and Dushan No. 2 dangerous-goods anchorages with their after-expansion places (4 and 3, assumptions; " +
      "docs/jiaxing-scenario.md): fewer tankers wait outside full anchorages.",
    explanationZh: "陈山、独山2号危险品锚地按扩建后的锚位（4 个和 3 个，假设值）：减少因锚地已满而在锚地外等候的危险品船舶。",
    plan: "Anchorages: expand the Chenshan dangerous-goods anchorage, build Dushan No. 2, adjust and expand Caiqishan (item 3).",
    whatIfs: [{ id: "expand-dg-anchorages" }],
    rules: "priority-area",
  },
  {
    id: "weekend-inspection",
    name: "Inspection appointments outside working hours",
    nameZh: "非工作时间预约查验",
    explanation:
      "Customs review also at weekends and inspections by appointment outside working hours (docs/clearance.md): " +
      "the berths are unchanged; the clearance times move.",
    explanationZh: "周末也受理审单，非工作时间可预约查验（见 docs/clearance.md）：泊位不变，通关时间变化。",
    plan: "Appointments for inspection outside working hours so weekend arrivals clear normally (clearance measures).",
    whatIfs: [{ id: "weekend-inspection" }],
    rules: "priority-area",
  },
  {
    id: "advance-declaration",
    name: "Advance declaration",
    nameZh: "提前申报",
    explanation:
      "Every import declaration lodged before the ship arrives, so cargo that is not inspected is released on arrival " +
      "(docs/clearance.md): the berths are unchanged; the clearance times move.",
    explanationZh: "进口报关单均在船舶抵港前申报，未被查验的货物抵港即放行（见 docs/clearance.md）：泊位不变，通关时间变化。",
    plan: "Advance declaration (提前申报) so cargo can be released on arrival (clearance measures).",
    whatIfs: [{ id: "advance-declaration" }],
    rules: "priority-area",
  },
];

/** A measure applied to a scenario: the edited scenario with the measure's one rule set, or why it cannot be. */
export type MeasureScenario =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * `scenario` with the measure's edits applied and only the measure's rule set kept (the scenario's own rule set of
 * that id, else the built-in one). The seed, horizon and traffic
 * streams not edited stay as they are, so every measure sees the same ships as the baseline (each stream draws
 * from its own named generators).
 */
export const measureScenario = (scenario: Scenario, measure: PlanMeasure): MeasureScenario => {
  const edited = applyWhatIfs(scenario, measure.whatIfs);
  if (!edited.ok) return { ok: false, errors: edited.errors.map((e) => `${measure.id}: ${e}`) };
  const known = [...edited.scenario.rules, ...BUILT_IN_RULE_SETS];
  const rules = known.find((r) => r.id === measure.rules);
  if (rules === undefined)
    return {
      ok: false,
      errors: [`${measure.id}: no rule set "${measure.rules}" (rule sets: ${[...new Set(known.map((r) => r.id))].join(", ")})`],
    };
  return { ok: true, scenario: { ...edited.scenario, rules: [rules] } };
};
