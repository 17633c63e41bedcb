import { CARGO_KINDS, TRADE_CLASS_IDS } from "@berthsim/core";
import fc from "fast-check";
import { distribution, type Json } from "./validFile.ts";

/* A clearance section that decodes (src/fileSchema/Clearance.ts): any subset of its keys, each valid. */

const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const share = num(0, 1);

const workWindow = fc
  .record({ days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }), a: num(0, 23.9), b: num(0, 23.9) })
  .map(({ days, a, b }) => ({ days, start: Math.min(a, b), end: Math.max(a, b) + 0.1 }));

const flows = fc.uniqueArray(
  fc.record(
    { tradeClass: fc.constantFrom(...TRADE_CLASS_IDS), cargo: fc.constantFrom(...CARGO_KINDS), importShare: share, exportShare: share },
    { requiredKeys: ["tradeClass", "importShare", "exportShare"] },
  ),
  { selector: (f) => `${f.tradeClass}/${f.cargo ?? ""}`, maxLength: 4 },
);

/** Built on demand: validFile.ts, which this file imports for `distribution`, uses it. */
export const clearanceFile = (): fc.Arbitrary<Json> =>
  fc.record(
  {
    flows,
    unitSize: fc.record(Object.fromEntries(CARGO_KINDS.map((c) => [c, num(0.1, 5000)])), { requiredKeys: [] }),
    maxUnitsPerCall: fc.integer({ min: 1, max: 10 }),
    importTargetHours: num(0.1, 500),
    exportTargetHours: num(0.1, 100),
    workingHours: fc.array(workWindow, { minLength: 1, maxLength: 2 }),
    appointmentHours: fc.array(workWindow, { maxLength: 2 }),
    importLodging: distribution(100),
    advanceLodgingHours: num(0, 72),
    exportLodging: distribution(72),
    autoReleaseShare: share,
    review: distribution(10),
    inspectionShare: share,
    nonIntrusiveShare: share,
    inspectionPrep: distribution(24),
    inspection: distribution(8),
    nonIntrusiveInspection: distribution(1),
    tally: distribution(24),
    tallyDuringDischargeHours: num(0, 2),
    levers: fc.record(
      { advanceDeclaration: share, tallyDuringDischarge: fc.boolean(), sameDayProcessing: fc.boolean(), outOfHoursInspection: fc.boolean() },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
