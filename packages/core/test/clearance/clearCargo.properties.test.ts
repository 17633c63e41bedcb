import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CallRecord,
  type ClearanceLevers,
  type ClearanceParams,
  clearanceKpis,
  clearCargo,
  clearCargoKpis,
  type Distribution,
} from "../../src/index.ts";
import { handParams, served } from "./params.ts";

const hoursArb = (max: number): fc.Arbitrary<Distribution> =>
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

const share = fc.double({ min: 0, max: 1, noNaN: true });

const leversArb: fc.Arbitrary<ClearanceLevers> = fc.record({
  advanceDeclaration: share,
  tallyDuringDischarge: fc.boolean(),
  sameDayProcessing: fc.boolean(),
  outOfHoursInspection: fc.boolean(),
});

const paramsArb: fc.Arbitrary<ClearanceParams> = fc
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

const callsArb: fc.Arbitrary<CallRecord[]> = fc
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

const times = (calls: readonly CallRecord[], params: ClearanceParams, seed: number): number[] =>
  clearCargo({ calls, params, seed }).map((u) => u.hours);

describe("clearCargo, for any calls and parameters", () => {
  it("gives every unit a time ≥ 0, an import released after its tally report, an export after its lodging", () => {
    fc.assert(
      fc.property(callsArb, paramsArb, fc.nat(), (calls, params, seed) => {
        for (const u of clearCargo({ calls, params, seed })) {
          expect(u.hours).toBeGreaterThanOrEqual(0);
          expect(u.release).toBeGreaterThanOrEqual(u.ready);
          expect(u.release).toBeGreaterThanOrEqual(u.reviewed);
          if (u.direction === "import") expect(u.ready).toBeGreaterThanOrEqual(u.from);
        }
      }),
    );
  });

  it("is deterministic: same calls, parameters and seed ⇒ the same units", () => {
    fc.assert(
      fc.property(callsArb, paramsArb, fc.nat(), (calls, params, seed) => {
        expect(clearCargo({ calls, params, seed })).toEqual(clearCargo({ calls, params, seed }));
      }),
    );
  });

  it("never makes a unit's time longer when a lever is turned on, the others as they are (common random numbers)", () => {
    const on: readonly ((l: ClearanceLevers) => ClearanceLevers)[] = [
      (l) => ({ ...l, tallyDuringDischarge: true }),
      (l) => ({ ...l, sameDayProcessing: true }),
      (l) => ({ ...l, outOfHoursInspection: true }),
      (l) => ({ ...l, advanceDeclaration: Math.min(1, l.advanceDeclaration + 0.5) }),
    ];
    fc.assert(
      fc.property(callsArb, paramsArb, fc.nat(), fc.constantFrom(0, 1, 2, 3), (calls, params, seed, lever) => {
        const before = times(calls, params, seed);
        const after = times(calls, { ...params, levers: on[lever]!(params.levers) }, seed);
        expect(after.length).toBe(before.length);
        after.forEach((t, i) => expect(t).toBeLessThanOrEqual(before[i]! + 1e-9));
      }),
    );
  });

  it("never makes a unit's time longer when more inspections are non-intrusive", () => {
    fc.assert(
      fc.property(callsArb, paramsArb, fc.nat(), share, (calls, params, seed, extra) => {
        const before = times(calls, params, seed);
        const after = times(calls, { ...params, nonIntrusiveShare: Math.min(1, params.nonIntrusiveShare + extra) }, seed);
        after.forEach((t, i) => expect(t).toBeLessThanOrEqual(before[i]! + 1e-9));
      }),
    );
  });

  it("gives shares within target in [0, 1] and ordered quantiles", () => {
    fc.assert(
      fc.property(callsArb, paramsArb, fc.nat(), (calls, params, seed) => {
        const k = clearanceKpis(clearCargo({ calls, params, seed }), params, ["north", "south"]);
        for (const d of [k.import, k.export])
          for (const s of [d.overall, ...Object.values(d.byClass), ...Object.values(d.byArea)]) {
            if (s.units === 0) continue;
            expect(s.withinTarget).toBeGreaterThanOrEqual(0);
            expect(s.withinTarget).toBeLessThanOrEqual(1);
            expect(s.p50).toBeLessThanOrEqual(s.p90);
            expect(s.p90).toBeLessThanOrEqual(s.p95);
          }
      }),
    );
  });

  it("gives the same KPIs without unit objects: clearCargoKpis(input, areas) = clearanceKpis(clearCargo(input), …)", () => {
    fc.assert(
      fc.property(callsArb, paramsArb, fc.nat(), fc.nat(300), (calls, params, seed, warmup) => {
        const input = { calls, params, seed, warmup };
        const areas = ["north", "south", "east"];
        expect(clearCargoKpis(input, areas)).toEqual(clearanceKpis(clearCargo(input), params, areas));
      }),
    );
  });
});
