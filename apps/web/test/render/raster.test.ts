import { describe, expect, it } from "vitest";
import { layoutRows } from "../../src/layout/rows.ts";
import { TimelineGeometry } from "../../src/layout/timelineGeometry.ts";
import { createRaster, fillBox, pixelOf, rasterBars, veiled } from "../../src/render/raster.ts";
import { served, TINY_CALLS, TINY_PORT } from "../helpers/fixtures.ts";

/** The raster as text: one character per pixel, by colour. */
const art = (r: ReturnType<typeof createRaster>, key: Record<number, string>): string => {
  const lines: string[] = [];
  for (let y = 0; y < r.height; y++) lines.push([...r.pixels.subarray(y * r.width, (y + 1) * r.width)].map((p) => key[p] ?? "?").join(""));
  return lines.join("\n");
};

describe("pixelOf(hex) and veiled(pixel)", () => {
  it("pack #rrggbb as the little-endian RGBA word ImageData holds", () => {
    expect(pixelOf("#102030")).toBe(0xff302010);
    expect(pixelOf("rgb(1,2,3)")).toBe(0);
    expect(veiled(pixelOf("#000000"))).toBe(pixelOf("#7f7f7f"));
  });
});

describe("fillBox(raster, x0, x1, y0, y1, pixel)", () => {
  it("paints whole pixels, clipped to the raster", () => {
    const r = createRaster(5, 2);
    fillBox(r, -3, 2, 1, 9, 1);
    expect(art(r, { 0: ".", 1: "#" })).toBe(".....\n##...");
  });
});

describe("rasterBars(raster, geometry, projection, fills, leadIn, scale)", () => {
  it("paints bars, at least one pixel wide, and wait lead-ins with an arrival tick above them", () => {
    const rows = layoutRows(TINY_PORT, 6, 0);
    const calls = [...TINY_CALLS, served({ id: "s", berth: "D2", arrival: 36, start: 36, end: 36.1 })];
    const g = new TimelineGeometry(calls, (b) => rows.rowOf.get(b));
    const p = g.createProjection();
    g.project(0.5, 0, 0, 24, p);
    const r = createRaster(24, 18);
    const fills = Uint32Array.from(g.index, (i) => (calls[i]!.tradeClass === "nearSeaDirect" ? 1 : 2));
    rasterBars(r, g, p, fills, "#000000", 1, false);
    expect(art(r, { 0: ".", 1: "N", 2: "d", [pixelOf("#000000")]: "-" })).toMatchInlineSnapshot(`
      "...-....................
      ...-------..............
      ...-....................
      NNNNNNNNNNddddd.........
      NNNNNNNNNNddddd.........
      ........................
      ........................
      ........................
      ........................
      ..................d.....
      ..................d.....
      ........................
      ........................
      ........................
      ........................
      .....ddddddddddddddd....
      .....ddddddddddddddd....
      ........................"
    `);
  });

  it("paints the tide part of a lead-in thick, in its own colour, and the berth part thin", () => {
    const rows = layoutRows(TINY_PORT, 6, 0);
    const deep = { ...served({ id: "deep", berth: "D1", arrival: 0, start: 20, end: 30 }), tideWait: 8 };
    const g = new TimelineGeometry([deep], (b) => rows.rowOf.get(b));
    const p = g.createProjection();
    g.project(0.5, 0, 0, 16, p);
    const r = createRaster(16, 6);
    rasterBars(r, g, p, Uint32Array.of(1), "#000000", 1, false, "#00ffff");
    expect(art(r, { 0: ".", 1: "d", [pixelOf("#000000")]: "-", [pixelOf("#00ffff")]: "~" })).toMatchInlineSnapshot(`
      "~~~~............
      ~~~~------......
      ~~~~............
      ..........ddddd.
      ..........ddddd.
      ................"
    `);
  });
});
