import type { ClearanceParams } from "@berthsim/core";
import type { ClearanceFile } from "../fileSchema/Clearance.ts";
import { JIAXING_CLEARANCE } from "../jiaxingClearance.ts";

/** The clearance stage of a decoded file: each absent key takes the built-in Jiaxing value. */
export const clearanceFromFile = (file: typeof ClearanceFile.Type): ClearanceParams => {
  const d = JIAXING_CLEARANCE;
  const pick = <K extends keyof ClearanceParams>(key: K): ClearanceParams[K] =>
    (file[key as keyof typeof file] ?? d[key]) as ClearanceParams[K];
  return {
    flows: pick("flows"),
    unitSize: { ...d.unitSize, ...file.unitSize },
    maxUnitsPerCall: pick("maxUnitsPerCall"),
    importTargetHours: pick("importTargetHours"),
    exportTargetHours: pick("exportTargetHours"),
    workingHours: pick("workingHours"),
    appointmentHours: pick("appointmentHours"),
    importLodging: pick("importLodging"),
    advanceLodgingHours: pick("advanceLodgingHours"),
    exportLodging: pick("exportLodging"),
    autoReleaseShare: pick("autoReleaseShare"),
    review: pick("review"),
    inspectionShare: pick("inspectionShare"),
    nonIntrusiveShare: pick("nonIntrusiveShare"),
    inspectionPrep: pick("inspectionPrep"),
    inspection: pick("inspection"),
    nonIntrusiveInspection: pick("nonIntrusiveInspection"),
    tally: pick("tally"),
    tallyDuringDischargeHours: pick("tallyDuringDischargeHours"),
    levers: { ...d.levers, ...file.levers },
  };
};

/** The clearance stage as file data, every key written, in a fixed order (files are byte-identical). */
export const clearanceToFile = (c: ClearanceParams) => ({
  flows: c.flows.map((f) => ({
    tradeClass: f.tradeClass,
    ...(f.cargo === undefined ? {} : { cargo: f.cargo }),
    importShare: f.importShare,
    exportShare: f.exportShare,
  })),
  unitSize: { ...c.unitSize },
  maxUnitsPerCall: c.maxUnitsPerCall,
  importTargetHours: c.importTargetHours,
  exportTargetHours: c.exportTargetHours,
  workingHours: c.workingHours.map((w) => ({ days: [...w.days], start: w.start, end: w.end })),
  appointmentHours: c.appointmentHours.map((w) => ({ days: [...w.days], start: w.start, end: w.end })),
  importLodging: c.importLodging,
  advanceLodgingHours: c.advanceLodgingHours,
  exportLodging: c.exportLodging,
  autoReleaseShare: c.autoReleaseShare,
  review: c.review,
  inspectionShare: c.inspectionShare,
  nonIntrusiveShare: c.nonIntrusiveShare,
  inspectionPrep: c.inspectionPrep,
  inspection: c.inspection,
  nonIntrusiveInspection: c.nonIntrusiveInspection,
  tally: c.tally,
  tallyDuringDischargeHours: c.tallyDuringDischargeHours,
  levers: {
    advanceDeclaration: c.levers.advanceDeclaration,
    tallyDuringDischarge: c.levers.tallyDuringDischarge,
    sameDayProcessing: c.levers.sameDayProcessing,
    outOfHoursInspection: c.levers.outOfHoursInspection,
  },
});
