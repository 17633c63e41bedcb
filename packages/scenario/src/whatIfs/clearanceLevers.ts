import type { ClearanceParams } from "@berthsim/core";
import type { Scenario } from "../Scenario.ts";
import { arity, numberArg, type WhatIf } from "./WhatIf.ts";

/*
 * The action plan's clearance measures (口岸提效) as what-ifs: each turns one lever of the scenario's clearance
 * stage (docs/clearance.md) on. A scenario without a clearance stage is refused: there is nothing to speed up.
 */

type AdvanceSpec = { readonly id: "advance-declaration"; readonly percent?: number };
type TallySpec = { readonly id: "tally-during-discharge" };
type SameDaySpec = { readonly id: "same-day-processing" };
type WeekendSpec = { readonly id: "weekend-inspection" };
type NonIntrusiveSpec = { readonly id: "non-intrusive-inspection"; readonly percent?: number };

const NO_STAGE = 'the scenario has no clearance stage; add a "clearance" section (docs/clearance.md)';

/** The scenario with its clearance stage edited, or why not. */
const editClearance = (scenario: Scenario, edit: (c: ClearanceParams) => ClearanceParams): Scenario | string =>
  scenario.clearance === undefined ? NO_STAGE : { ...scenario, clearance: edit(scenario.clearance) };

const withLevers = (scenario: Scenario, levers: Partial<ClearanceParams["levers"]>): Scenario | string =>
  editClearance(scenario, (c) => ({ ...c, levers: { ...c.levers, ...levers } }));

/** An optional share in percent, 0–100, after the id; 100 when absent. */
const parseShare = <S>(args: readonly string[], syntax: string, make: (percent?: number) => S): S | string => {
  const bad = arity(args, 0, 1, syntax);
  if (bad !== undefined) return bad;
  if (args.length === 0) return make();
  const percent = numberArg(args[0]?.replace(/%$/, ""), "a share in percent, 0–100", (x) => x >= 0 && x <= 100);
  return typeof percent === "string" ? percent : make(percent);
};

const checkShare = (percent: number | undefined): string | undefined =>
  percent === undefined || (percent >= 0 && percent <= 100) ? undefined : `expected a share in percent, 0–100, got ${percent}`;

const switchOn = <S extends { readonly id: string }>(id: S["id"]) => ({
  syntax: id,
  example: id,
  params: [],
  parse: (args: readonly string[]): S | string => arity(args, 0, 0, id) ?? ({ id } as S),
  format: () => id,
});

export const advanceDeclaration: WhatIf<AdvanceSpec> = {
  id: "advance-declaration",
  syntax: "advance-declaration[:<share-%>]",
  example: "advance-declaration:80",
  description: "Import declarations lodged before the ship arrives, so cargo can be released on arrival (all, or the share given).",
  descriptionZh: "推行进口“提前申报”：船舶抵港前申报，货物抵港即可放行（全部或指定比例）。",
  params: [{ name: "share", type: "percent", description: "Share of import declarations lodged in advance, 0–100 (default 100).", optional: true }],
  parse: (args) =>
    parseShare(args, "advance-declaration[:<share-%>]", (percent) => ({ id: "advance-declaration", ...(percent === undefined ? {} : { percent }) })),
  format: (s) => (s.percent === undefined ? "advance-declaration" : `advance-declaration:${s.percent}`),
  apply: (scenario, spec) => checkShare(spec.percent) ?? withLevers(scenario, { advanceDeclaration: (spec.percent ?? 100) / 100 }),
};

export const tallyDuringDischarge: WhatIf<TallySpec> = {
  id: "tally-during-discharge",
  ...switchOn<TallySpec>("tally-during-discharge"),
  description: "Tally during discharge: the tally report within half an hour of the end of discharge.",
  descriptionZh: "推进“边卸船边理货”：卸船完毕后半小时内发送理货报告。",
  apply: (scenario) => withLevers(scenario, { tallyDuringDischarge: true }),
};

export const sameDayProcessing: WhatIf<SameDaySpec> = {
  id: "same-day-processing",
  ...switchOn<SameDaySpec>("same-day-processing"),
  description: "Same-day processing: a declaration is reviewed by the end of the working day on which review starts.",
  descriptionZh: "实行报关单“日报日清”：报关单当日处理完毕。",
  apply: (scenario) => withLevers(scenario, { sameDayProcessing: true }),
};

export const weekendInspection: WhatIf<WeekendSpec> = {
  id: "weekend-inspection",
  ...switchOn<WeekendSpec>("weekend-inspection"),
  description: "Longer clearance hours and inspection by appointment outside working hours, so weekend arrivals clear normally.",
  descriptionZh: "延长通关服务时间，实行非工作时间预约查验，确保双休日到港货物正常通关。",
  apply: (scenario) => withLevers(scenario, { outOfHoursInspection: true }),
};

export const nonIntrusiveInspection: WhatIf<NonIntrusiveSpec> = {
  id: "non-intrusive-inspection",
  syntax: "non-intrusive-inspection[:<share-%>]",
  example: "non-intrusive-inspection:80",
  description: "Inspections done by scanner (H986) rather than by opening the unit (all, or the share given).",
  descriptionZh: "加大非侵入式查验（H986）应用力度：查验优先采用机检（全部或指定比例）。",
  params: [{ name: "share", type: "percent", description: "Share of inspections done by scanner, 0–100 (default 100).", optional: true }],
  parse: (args) =>
    parseShare(args, "non-intrusive-inspection[:<share-%>]", (percent) => ({
      id: "non-intrusive-inspection",
      ...(percent === undefined ? {} : { percent }),
    })),
  format: (s) => (s.percent === undefined ? "non-intrusive-inspection" : `non-intrusive-inspection:${s.percent}`),
  apply: (scenario, spec) =>
    checkShare(spec.percent) ?? editClearance(scenario, (c) => ({ ...c, nonIntrusiveShare: (spec.percent ?? 100) / 100 })),
};
