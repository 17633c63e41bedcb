import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CallRecord, type ClearanceLevers, type ClearanceParams, clearanceKpis, clearCargo, clearCargoKpis } from "../../src/index.ts";
import { callsArb, paramsArb, share } from "./arbitraries.ts";

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
