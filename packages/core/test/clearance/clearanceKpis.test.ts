import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ClearanceUnit, clearanceKeys, clearanceKpis, clearanceStats, clearanceVector, type Port } from "../../src/index.ts";

const unit = (hours: number, weight = 1, extra: Partial<ClearanceUnit> = {}): ClearanceUnit => ({
  call: "c",
  direction: "import",
  tradeClass: "nearSeaDirect",
  cargo: "container",
  area: "north",
  weight,
  from: 0,
  lodged: 0,
  reviewed: 0,
  ready: 0,
  inspection: "none",
  release: hours,
  hours,
  ...extra,
});

describe("clearanceStats(units, target)", () => {
  it("weighs each unit by the cargo units it stands for", () => {
    const s = clearanceStats([unit(10, 3), unit(200, 1)], 120);
    expect(s).toEqual({ units: 4, mean: 57.5, p50: 10, p90: 200, p95: 200, withinTarget: 0.75 });
  });

  it("counts a unit cleared exactly at the target as within it", () => {
    expect(clearanceStats([unit(10), unit(10.5)], 10).withinTarget).toBe(0.5);
  });

  it("takes its quantiles from the units in order of time, as a weighted lower quantile", () => {
    // Few distinct times and weights, so that ties and exact sums to p × total are common.
    const units = fc.array(
      fc.record({ hours: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.double({ min: 0, max: 1e4, noNaN: true })), weight: fc.constantFrom(0.5, 1, 1.5, 7 / 3, 10) }),
      { minLength: 1, maxLength: 120 },
    );
    fc.assert(
      fc.property(units, (us) => {
        const s = clearanceStats(us.map((u) => unit(u.hours, u.weight)), 120);
        const sorted = [...us].sort((a, b) => a.hours - b.hours);
        const total = us.reduce((t, u) => t + u.weight, 0);
        const quantile = (p: number): number => {
          let cumulative = 0;
          for (const u of sorted) if ((cumulative += u.weight) >= p * total * (1 - 1e-12)) return u.hours;
          return NaN;
        };
        expect([s.p50, s.p90, s.p95]).toEqual([quantile(0.5), quantile(0.9), quantile(0.95)]);
      }),
    );
  });

  it("is NaN but for units 0 when there is nothing to measure", () => {
    expect(clearanceStats([], 10)).toEqual({ units: 0, mean: NaN, p50: NaN, p90: NaN, p95: NaN, withinTarget: NaN });
  });
});

describe("clearanceKpis(units, targets, areas)", () => {
  it("splits imports from exports, and each by class and area", () => {
    const units = [
      unit(100),
      unit(130, 1, { tradeClass: "ningboFeeder", area: "south" }),
      unit(5, 2, { direction: "export" }),
      unit(15, 2, { direction: "export", area: "south" }),
    ];
    const k = clearanceKpis(units, { importTargetHours: 120, exportTargetHours: 10 }, ["north", "south", "east"]);
    expect(k.import.overall).toMatchObject({ units: 2, mean: 115, withinTarget: 0.5 });
    expect(k.import.byClass.ningboFeeder).toMatchObject({ units: 1, mean: 130, withinTarget: 0 });
    expect(k.import.byClass.domesticDirect).toBeUndefined();
    expect(k.export.byArea["north"]).toMatchObject({ units: 2, mean: 5, withinTarget: 1 });
    expect(k.export.byArea["east"]?.units).toBe(0);
    expect(k.export.targetHours).toBe(10);
  });
});

describe("clearanceVector(port, kpis)", () => {
  it("writes one number per key of clearanceKeys(port), class and area figures under their suffixes", () => {
    const port: Port = { name: "p", areas: [{ id: "north", name: "N", nameZh: "北" }], berths: [], anchorages: [], shiftHours: 1 };
    const k = clearanceKpis([unit(100)], { importTargetHours: 120, exportTargetHours: 10 }, ["north"]);
    const keys = clearanceKeys(port);
    const v = clearanceVector(port, k);
    expect(v.length).toBe(keys.length);
    const at = (key: string) => v[keys.indexOf(key)];
    expect(at("clearance.import.mean")).toBe(100);
    expect(at("clearance.import.withinTarget.nearSeaDirect")).toBe(1);
    expect(at("clearance.import.units.area.north")).toBe(1);
    expect(at("clearance.export.units")).toBe(0);
    expect(at("clearance.export.mean")).toBeNaN();
    expect(new Set(keys).size).toBe(keys.length);
  });
});
