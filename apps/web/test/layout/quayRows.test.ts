import { describe, expect, it } from "vitest";
import { layoutQuayRows, metreTicks, QUAY_PADDING, type QuayBerth, quayBerthOf } from "../../src/layout/quayRows.ts";
import { layoutRows } from "../../src/layout/rows.ts";
import { TINY_PORT } from "../helpers/fixtures.ts";

const groups = layoutRows(TINY_PORT, 1, 0).groups;
const berths = (lengths: Record<string, number>, shared: readonly string[] = []): Map<string, QuayBerth> =>
  new Map(Object.entries(lengths).map(([id, length]) => [id, { id, length, shared: shared.includes(id) }]));

describe("layoutQuayRows(groups, berths, options)", () => {
  it("gives each berth a row as high as its length at pxPerMetre, in the berth view's order, with a gap between areas", () => {
    const layout = layoutQuayRows(groups, berths({ D1: 500, D2: 250, Z1: 360 }), { pxPerMetre: 0.1, minHeight: 12, gap: 6 });
    expect(layout.rows.map((r) => [r.berth, r.area, r.y, r.height])).toEqual([
      ["D1", "dushan", 0, 50],
      ["D2", "dushan", 50, 25],
      ["Z1", "zhapu", 81, 36],
    ]);
    expect(layout.groups).toEqual([
      { area: "dushan", y0: 0, y1: 75, berths: ["D1", "D2"] },
      { area: "zhapu", y0: 81, y1: 117, berths: ["Z1"] },
    ]);
    expect(layout.height).toBe(117);
  });

  it("maps a row's metres onto its inside: metre 0 below the top padding, the berth's end above the bottom padding", () => {
    const row = layoutQuayRows(groups, berths({ D1: 500 }), { pxPerMetre: 0.1, minHeight: 12, gap: 6 }).rowOf.get("D1")!;
    expect(row.top).toBe(QUAY_PADDING);
    expect(row.top + row.length * row.pxPerMetre).toBeCloseTo(row.y + row.height - QUAY_PADDING, 9);
  });

  it("keeps a short berth at minHeight, with more pixels per metre than the others", () => {
    const layout = layoutQuayRows(groups, berths({ D1: 500, Z1: 60 }), { pxPerMetre: 0.1, minHeight: 12, gap: 0 });
    const short = layout.rowOf.get("Z1")!;
    expect(short.height).toBe(12);
    expect(short.pxPerMetre).toBeGreaterThan(layout.rowOf.get("D1")!.pxPerMetre);
  });

  it("leaves out berths it is not given, and areas left empty", () => {
    const layout = layoutQuayRows(groups, berths({ Z1: 300 }), { pxPerMetre: 0.1, minHeight: 12, gap: 6 });
    expect(layout.rows.map((r) => r.berth)).toEqual(["Z1"]);
    expect(layout.groups.map((g) => g.area)).toEqual(["zhapu"]);
  });
});

describe("quayBerthOf(berth)", () => {
  it("is a discrete berth without `quay`, a shared quay with it", () => {
    expect(quayBerthOf(TINY_PORT.berths[0]!)).toEqual({ id: "D1", length: 250, shared: false });
    // Berths as a core with shared quays writes them (`quay` is not on this core's Berth type).
    const quay = { ...TINY_PORT.berths[0]!, quay: {} };
    const notQuay = { ...TINY_PORT.berths[0]!, quay: undefined };
    expect(quayBerthOf(quay)).toEqual({ id: "D1", length: 250, shared: true });
    expect(quayBerthOf(notQuay).shared).toBe(false);
  });
});

describe("metreTicks(row, minGap)", () => {
  const rowOf = (length: number, pxPerMetre: number) =>
    layoutQuayRows(groups, berths({ D1: length }), { pxPerMetre, minHeight: 0, gap: 0 }).rowOf.get("D1")!;

  it("puts ticks at the finest round step at least minGap px apart, from 0 to the berth's end", () => {
    const row = rowOf(360, 0.1);
    expect(metreTicks(row, 8).map((t) => t.metre)).toEqual([0, 100, 200, 300, 360]);
    expect(metreTicks(row, 4).map((t) => t.metre)).toEqual([0, 50, 100, 150, 200, 250, 300, 360]);
  });

  it("places each tick at its metre's y and leaves out a multiple that would crowd the end", () => {
    const row = rowOf(505, 0.1);
    const ticks = metreTicks(row, 8);
    expect(ticks.map((t) => t.metre)).toEqual([0, 100, 200, 300, 400, 505]);
    for (const t of ticks) expect(t.y).toBeCloseTo(row.top + t.metre * row.pxPerMetre, 9);
  });

  it("gives only the two ends when even the coarsest step is too tight", () => {
    expect(metreTicks(rowOf(300, 0.001), 8).map((t) => t.metre)).toEqual([0, 300]);
  });
});
