import fc from "fast-check";
import type { CallRecord, ClearanceLevers, ClearanceParams, Distribution } from "../../src/index.ts";
import { handParams, served } from "./params.ts";

/** Arbitrary clearance parameters and served calls, for the property tests of the stage. */

export const hoursArb = (max: number): fc.Arbitrary<Distribution> =>
  fc.oneof(
    fc.double({ min: 0, max, noNaN: true }).map((value): Distribution => ({ kind: "deterministic", value })),
    fc.double({ min: 0.01, max, noNaN: true }).map((mean): Distribution => ({ kind: "exponential", mean })),
    fc
      .tuple(fc.double({ min: 0, max, noNaN: true }), fc.double({ min: 0, max, noNaN: true }), fc.double({ min: 0, max, noNaN: true }))
      .map(([a, b, c]): Distribution => {
        const [min, mode, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        return { kind: "triangular", min, mode, max };
      }),
  );

export const share = fc.double({ min: 0, max: 1, noNaN: true });

export const leversArb: fc.Arbitrary<ClearanceLevers> = fc.record({
  advanceDeclaration: share,
  tallyDuringDischarge: fc.boolean(),
  sameDayProcessing: fc.boolean(),
  outOfHoursInspection: fc.boolean(),
});

export const paramsArb: fc.Arbitrary<ClearanceParams> = fc
  .record({
  flows: fc.constant([
    { tradeClass: "nearSeaDirect", importShare: 0.5, exportShare: 0.5 },
    { tradeClass: "foreignOther", cargo: "coal", importShare: 1, exportShare: 0 },
  ] as const),
  maxUnitsPerCall: fc.integer({ min: 1, max: 4 }),
  importLodging: hoursArb(96),
  advanceLodgingHours: fc.double({ min: 0, max: 72, noNaN: true }),
  exportLodging: hoursArb(72),
  autoReleaseShare: share,
  review: hoursArb(16),
  inspectionShare: share,
  nonIntrusiveShare: share,
  inspectionPrep: hoursArb(24),
  inspection: hoursArb(12),
  nonIntrusiveInspection: hoursArb(2),
  tally: hoursArb(24),
  tallyDuringDischargeHours: fc.double({ min: 0, max: 2, noNaN: true }),
  levers: leversArb,
  })
  .map((varied): ClearanceParams => ({ ...handParams, ...varied }));

export const callsArb: fc.Arbitrary<CallRecord[]> = fc
  .array(
    fc.record({
      arrival: fc.double({ min: 0, max: 2000, noNaN: true }),
      wait: fc.double({ min: 0, max: 100, noNaN: true }),
      service: fc.double({ min: 0, max: 40, noNaN: true }),
      volume: fc.double({ min: 0, max: 20, noNaN: true }),
      coal: fc.boolean(),
      area: fc.constantFrom("north", "south"),
    }),
    { maxLength: 12 },
  )
  .map((xs) =>
    xs.map((x, i) =>
      served(`c${i}`, x.arrival, x.arrival + x.wait + 1, x.arrival + x.wait + 1 + x.service, {
        volume: x.coal ? x.volume * 1000 : x.volume,
        area: x.area,
        ...(x.coal ? { tradeClass: "foreignOther", cargo: "coal" } : {}),
      }),
    ),
  );

