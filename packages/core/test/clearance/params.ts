import type { CallRecord, ClearanceParams, Distribution } from "../../src/index.ts";

export const det = (value: number): Distribution => ({ kind: "deterministic", value });

/** Deterministic clearance: every duration fixed, so each unit's time can be worked out by hand. */
export const handParams: ClearanceParams = {
  flows: [{ tradeClass: "nearSeaDirect", importShare: 0.5, exportShare: 0.5 }],
  unitSize: { container: 1, coal: 1000, grain: 1000, liquidBulk: 1000, breakBulk: 100 },
  maxUnitsPerCall: 10,
  importTargetHours: 120,
  exportTargetHours: 10,
  // Monday–Friday 08:30–17:30; appointments every day 08:00–20:00.
  workingHours: [{ days: [0, 1, 2, 3, 4], start: 8.5, end: 17.5 }],
  appointmentHours: [{ days: [0, 1, 2, 3, 4, 5, 6], start: 8, end: 20 }],
  importLodging: det(10),
  advanceLodgingHours: 24,
  exportLodging: det(12),
  autoReleaseShare: 0,
  review: det(2),
  inspectionShare: 0,
  nonIntrusiveShare: 0,
  inspectionPrep: det(1),
  inspection: det(4),
  nonIntrusiveInspection: det(0.5),
  tally: det(6),
  tallyDuringDischargeHours: 0.5,
  levers: { advanceDeclaration: 0, tallyDuringDischarge: false, sameDayProcessing: false, outOfHoursInspection: false },
};

/** A served call's record: arrival, service start and end in hours; the rest filled in. */
export const served = (
  id: string,
  arrival: number,
  serviceStart: number,
  end: number,
  extra: Partial<CallRecord> = {},
): CallRecord => ({
  id,
  name: id,
  tradeClass: "nearSeaDirect",
  cargo: "container",
  volume: 2,
  arrival,
  dangerousGoods: false,
  status: "served",
  wait: Math.max(0, serviceStart - 1 - arrival),
  overtaken: 0,
  hoursOutside: 0,
  tideWait: 0,
  loa: 150,
  berth: "B1",
  area: "north",
  berthingStart: serviceStart - 1,
  serviceStart,
  end,
  ...extra,
});
