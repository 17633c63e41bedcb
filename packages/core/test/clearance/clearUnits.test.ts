import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ClearanceColumns } from "../../src/clearance/ClearanceColumns.ts";
import { clearUnits } from "../../src/clearance/clearUnits.ts";
import { type CallRecord, clearCargo, clearCargoKpis, simulate } from "../../src/index.ts";
import { portWithQuaysArb, scenarioArb } from "../properties/arbitraries.ts";
import { callsArb, paramsArb } from "./arbitraries.ts";
import { served } from "./params.ts";
import { referenceClearCargo } from "./referenceClearance.ts";

const KPI_COLUMNS = ["label", "weight", "hours"] as const;
const DETAIL_COLUMNS = ["call", "isImport", "from", "lodged", "reviewed", "ready", "release", "inspection"] as const;

describe("clearUnits (through clearCargo)", () => {
  it("gives, to the bit, the units of the stage's definition, unit by unit with no shortcut", () => {
    fc.assert(
      fc.property(callsArb, paramsArb, fc.nat(), fc.nat(300), (calls, params, seed, warmup) => {
        const input = { calls, params, seed, warmup };
        expect(clearCargo(input)).toStrictEqual(referenceClearCargo(input));
      }),
    );
  });

  it("fills one set of columns run after run as it would fresh ones, growing them when a run has more units", () => {
    const runs = fc.array(fc.tuple(callsArb, paramsArb, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(runs, (rs) => {
        const reused = new ClearanceColumns();
        for (const [calls, params, seed, detail] of rs) {
          const input = { calls, params, seed };
          const a = clearUnits(input, detail, reused, ["south", "north"]);
          const b = clearUnits(input, detail, new ClearanceColumns(), ["south", "north"]);
          expect(a.length).toBe(b.length);
          const columns = detail ? [...KPI_COLUMNS, ...DETAIL_COLUMNS] : KPI_COLUMNS;
          for (const c of columns) expect(Array.from(a[c].subarray(0, a.length))).toEqual(Array.from(b[c].subarray(0, b.length)));
        }
      }),
    );
  });

  it("leaves out calls not served, arriving before the warm-up, or with no flow, and many calls of few units each", () => {
    const calls: CallRecord[] = [
      served("a", 0, 2, 10),
      { ...served("b", 1, 3, 11), status: "waiting", serviceStart: undefined, end: undefined },
      served("c", 5, 6, 12, { tradeClass: "domesticDirect" }),
      ...Array.from({ length: 400 }, (_, i) => served(`d${i}`, 10 + i, 12 + i, 20 + i)),
    ];
    const params = fc.sample(paramsArb, { numRuns: 1, seed: 7 })[0]!;
    const units = clearCargo({ calls, params, seed: 3, warmup: 0.5 });
    expect(units.some((u) => ["a", "b", "c"].includes(u.call))).toBe(false);
    expect(units).toStrictEqual(referenceClearCargo({ calls, params, seed: 3, warmup: 0.5 }));
  });

  it("clears a run given as outcome columns exactly as given as records", () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb(), scenarioArb({ port: portWithQuaysArb })), paramsArb, fc.nat(), (s, params, seed) => {
        const records = simulate(s).calls;
        const columns = simulate({ ...s, records: false, columns: true }).columns!;
        const areas = s.port.areas.map((a) => a.id);
        const fromRecords = { calls: records, params, seed, warmup: s.warmup };
        const fromColumns = { calls: columns, params, seed, warmup: s.warmup };
        expect(clearCargo(fromColumns)).toStrictEqual(clearCargo(fromRecords));
        expect(clearCargoKpis(fromColumns, areas)).toStrictEqual(clearCargoKpis(fromRecords, areas));
      }),
      { numRuns: 300 },
    );
  });
});
