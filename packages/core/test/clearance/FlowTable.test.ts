import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FlowTable, flowOf, indexIn, unitCount } from "../../src/clearance/FlowTable.ts";
import { CARGO_KINDS, type ClearanceFlow, TRADE_CLASS_IDS } from "../../src/index.ts";
import { handParams } from "./params.ts";

const flowArb: fc.Arbitrary<ClearanceFlow> = fc.record(
  {
    tradeClass: fc.constantFrom(...TRADE_CLASS_IDS),
    cargo: fc.constantFrom(...CARGO_KINDS),
    importShare: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(NaN)),
    exportShare: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ["tradeClass", "importShare", "exportShare"] },
);

describe("FlowTable", () => {
  it("counts a call's units per direction as flowOf and unitSize define them, NaN and ≤ 0 as none", () => {
    fc.assert(
      fc.property(
        fc.array(flowArb, { maxLength: 6 }),
        fc.constantFrom(...TRADE_CLASS_IDS),
        fc.constantFrom(...CARGO_KINDS),
        fc.double({ min: 0, max: 5e4, noNaN: true }),
        (flows, tradeClass, cargo, volume) => {
          const params = { ...handParams, flows };
          const table = new FlowTable(params);
          const flow = flowOf(flows, tradeClass, cargo);
          expect(table.count(tradeClass, indexIn(TRADE_CLASS_IDS, tradeClass), cargo, volume)).toBe(flow !== undefined);
          if (flow === undefined) return;
          const count = (share: number) => Math.max(0, unitCount(volume, share, params.unitSize[cargo])) || 0;
          expect([table.imports, table.exports]).toEqual([count(flow.importShare), count(flow.exportShare)]);
        },
      ),
    );
  });

  it("looks a class it does not list up by the definition", () => {
    const flows = [{ tradeClass: "someNewClass", importShare: 1, exportShare: 0 }] as unknown as ClearanceFlow[];
    const table = new FlowTable({ ...handParams, flows });
    expect(table.count("someNewClass" as never, -1, "container", 3)).toBe(true);
    expect([table.imports, table.exports]).toEqual([3, 0]);
  });
});
