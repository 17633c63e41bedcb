import { describe, expect, it } from "vitest";
import { layoutQuay } from "../../src/layout/quay.ts";
import { layoutQuayRows, type QuayBerth } from "../../src/layout/quayRows.ts";
import { layoutRows } from "../../src/layout/rows.ts";
import { rasterQuay } from "../../src/render/quayRaster.ts";
import { createRaster, pixelOf, veiled } from "../../src/render/raster.ts";
import { served, TINY_PORT } from "../helpers/fixtures.ts";

const art = (r: ReturnType<typeof createRaster>, key: Record<number, string>): string => {
  const lines: string[] = [];
  for (let y = 0; y < r.height; y++) lines.push([...r.pixels.subarray(y * r.width, (y + 1) * r.width)].map((p) => key[p] ?? "?").join(""));
  return lines.join("\n");
};

describe("rasterQuay(raster, rects, fills, scale)", () => {
  it("paints ships along a quay at their position, a seam between ships end to end, and a discrete berth's ship across its row", () => {
    const berths = new Map<string, QuayBerth>([
      ["D1", { id: "D1", length: 100, shared: true }],
      ["Z1", { id: "Z1", length: 50, shared: false }],
    ]);
    // D1: rows 0–12 px, metres at 1 + 0.1 m; Z1: rows 12–17 px.
    const rows = layoutQuayRows(layoutRows(TINY_PORT, 1, 0).groups, berths, { pxPerMetre: 0.12, minHeight: 4, gap: 0 });
    const at = (id: string, berth: string, start: number, end: number, position: number, loa: number) => ({
      ...served({ id, berth, arrival: start, start, end, tradeClass: id === "b" ? "nearSeaDirect" : "domesticDirect" }),
      position,
      loa,
    });
    const calls = [at("a", "D1", 0, 10, 0, 50), at("b", "D1", 2, 8, 50, 40), at("z", "Z1", 4, 14, 0, 30)];
    const rects = layoutQuay(calls, { x: (t) => t, rowOf: (b) => rows.rowOf.get(b) });
    const r = createRaster(16, 17);
    const fills = Uint32Array.from(calls, (_, i) => [1, 2, 3][i]!);
    rasterQuay(r, rects, fills, 1, false);
    expect(art(r, { 0: ".", 1: "a", 2: "b", 3: "z" })).toMatchInlineSnapshot(`
      "................
      aaaaaaaaaa......
      aaaaaaaaaa......
      aaaaaaaaaa......
      aaaaaaaaaa......
      ................
      ..bbbbbb........
      ..bbbbbb........
      ..bbbbbb........
      ................
      ................
      ................
      ................
      ....zzzzzzzzzz..
      ....zzzzzzzzzz..
      ....zzzzzzzzzz..
      ................"
    `);
  });

  it("veils the shift from berthing start to start of handling once it is 3 px wide", () => {
    const berths = new Map<string, QuayBerth>([["D1", { id: "D1", length: 100, shared: false }]]);
    const rows = layoutQuayRows(layoutRows(TINY_PORT, 1, 0).groups, berths, { pxPerMetre: 0.04, minHeight: 4, gap: 0 });
    const rects = layoutQuay([served({ id: "a", berth: "D1", arrival: 0, start: 0, end: 3 })], { x: (t) => 4 * t, rowOf: (b) => rows.rowOf.get(b) });
    const r = createRaster(12, 4);
    const red = pixelOf("#ff0000");
    rasterQuay(r, rects, Uint32Array.of(red), 1);
    expect(art(r, { 0: ".", [red]: "#", [veiled(red)]: "~" })).toBe(["............", "~~~~########", "~~~~########", "............"].join("\n"));
  });
});
