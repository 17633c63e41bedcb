import type { ClearanceParams, Distribution } from "@berthsim/core";

/*
 * The clearance stage of the built-in Jiaxing scenarios. Every number, with its source (the 2018 action plan,
 * jiaxing.md) or the word "assumption", is in docs/clearance.md; the comments here only say which kind it is.
 */

const tri = (min: number, mode: number, max: number): Distribution => ({ kind: "triangular", min, mode, max });

const WEEKDAYS = [0, 1, 2, 3, 4];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/**
 * Jiaxing before the action plan's efficiency measures: every lever off. Imports of container and bulk
 * foreign trade, exports of containers and general cargo; domestic classes clear no customs.
 */
export const JIAXING_CLEARANCE: ClearanceParams = {
  flows: [
    // Container calls exchange boxes both ways, half each (assumption).
    { tradeClass: "nearSeaDirect", importShare: 0.5, exportShare: 0.5 },
    { tradeClass: "ningboFeeder", importShare: 0.5, exportShare: 0.5 },
    { tradeClass: "foreignOther", importShare: 0.5, exportShare: 0.5 },
    // The foreign bulk streams are import coal, grain and liquids (jiaxing-scenario.md).
    { tradeClass: "foreignOther", cargo: "coal", importShare: 1, exportShare: 0 },
    { tradeClass: "foreignOther", cargo: "grain", importShare: 1, exportShare: 0 },
    { tradeClass: "foreignOther", cargo: "liquidBulk", importShare: 1, exportShare: 0 },
  ],
  // 1.6 TEU per box (jiaxing.md §1.5, TEU per move); a bill of lading per lot of bulk (assumption).
  unitSize: { container: 1.6, coal: 5000, grain: 5000, liquidBulk: 2000, breakBulk: 500 },
  maxUnitsPerCall: 2,
  // The action plan's targets (DIGEST.md: 进口 120 小时, 出口 10 小时).
  importTargetHours: 120,
  exportTargetHours: 10,
  // Office hours Monday–Friday 08:30–17:30; appointments every day 08:00–20:00 (assumptions).
  workingHours: [{ days: WEEKDAYS, start: 8.5, end: 17.5 }],
  appointmentHours: [{ days: EVERY_DAY, start: 8, end: 20 }],
  importLodging: tri(0, 24, 120),
  advanceLodgingHours: 24,
  exportLodging: tri(4, 24, 72),
  autoReleaseShare: 0.5,
  review: tri(0.5, 2, 8),
  inspectionShare: 0.05,
  nonIntrusiveShare: 0.2,
  inspectionPrep: tri(2, 6, 24),
  inspection: tri(1, 2, 6),
  nonIntrusiveInspection: tri(0.1, 0.25, 0.5),
  tally: tri(2, 6, 24),
  // "卸船完毕后半小时内发送理货报告" (action plan, efficiency item 6).
  tallyDuringDischargeHours: 0.5,
  levers: { advanceDeclaration: 0, tallyDuringDischarge: false, sameDayProcessing: false, outOfHoursInspection: false },
};
