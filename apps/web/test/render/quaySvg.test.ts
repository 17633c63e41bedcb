import { select } from "d3";
import { describe, expect, it } from "vitest";
import { layoutQuay } from "../../src/layout/quay.ts";
import { layoutQuayRows, metreTicks, type QuayBerth } from "../../src/layout/quayRows.ts";
import { layoutRows } from "../../src/layout/rows.ts";
import { LENGTH_LABEL_MIN_ROW, type QuaySvgModel, renderQuaySvg } from "../../src/render/quaySvg.ts";
import { served, TINY_PORT } from "../helpers/fixtures.ts";
import { MiniDocument, SVG_NS } from "../helpers/miniDom.ts";

const berths = new Map<string, QuayBerth>([
  ["D1", { id: "D1", length: 500, shared: true }],
  ["Z1", { id: "Z1", length: 150, shared: false }],
]);
const rows = layoutQuayRows(layoutRows(TINY_PORT, 1, 0).groups, berths, { pxPerMetre: 0.1, minHeight: 12, gap: 6 });
const calls = [
  { ...served({ id: "a", berth: "D1", arrival: 0, start: 0, end: 10 }), position: 0, loa: 200 },
  { ...served({ id: "b", berth: "D1", arrival: 0, start: 2, end: 12 }), position: 220, loa: 180 },
];
const rects = layoutQuay(calls, { x: (t) => 10 * t, rowOf: (b) => rows.rowOf.get(b) });

const model = (extra: Partial<QuaySvgModel> = {}): QuaySvgModel => ({
  frame: { width: 400, height: 120, left: 90, top: 20, right: 10, queue: { y: 80, height: 20, max: 1, label: "queue" } },
  rows,
  clipId: "clip",
  metres: (m) => `${m} m`,
  ...extra,
});

const render = (m: QuaySvgModel, part: "all" | "motion" = "all") => {
  const doc = new MiniDocument();
  const svg = doc.createElementNS(SVG_NS, "svg");
  renderQuaySvg(select(svg as unknown as SVGSVGElement), m, part);
  return svg;
};

describe("renderQuaySvg(svg, model)", () => {
  it("draws metre ticks along every quay and the length beside rows tall enough for it", () => {
    const svg = render(model());
    const ticks = rows.rows.reduce((n, r) => n + metreTicks(r).length, 0);
    expect(svg.querySelectorAll("g.quay-scale")[0]!.querySelectorAll("line").length).toBe(ticks);
    const labels = svg.querySelectorAll("g.quay-scale")[0]!.querySelectorAll("text").map((t) => t.textContent);
    expect(rows.rowOf.get("D1")!.height).toBeGreaterThanOrEqual(LENGTH_LABEL_MIN_ROW);
    expect(rows.rowOf.get("Z1")!.height).toBeLessThan(LENGTH_LABEL_MIN_ROW);
    expect(labels).toEqual(["500 m"]);
  });

  it("outlines the selected ship around its rectangle, and draws the ships themselves only when given (the export)", () => {
    const svg = render(model({ selected: rects[1], bars: { rects, fill: () => "#336699" } }));
    const outline = svg.querySelectorAll("g.quay-selected")[0]!.querySelectorAll("rect")[0]!;
    expect(Number(outline.getAttribute("y"))).toBeCloseTo(rects[1]!.y - 1.5, 9);
    expect(Number(outline.getAttribute("height"))).toBeCloseTo(rects[1]!.height + 3, 9);
    const bars = svg.querySelectorAll("g.quay-bars")[0]!.querySelectorAll("rect");
    expect(bars.map((b) => Number(b.getAttribute("y")))).toEqual(rects.map((r) => r.y));
    expect(render(model()).querySelectorAll("g.quay-bars")[0]!.querySelectorAll("rect")).toHaveLength(0);
  });

  it("writes a length label with markup in it as text", () => {
    const svg = render(model({ metres: () => "<script>alert(1)</script>" }));
    expect(svg.querySelectorAll("script")).toHaveLength(0);
    expect(svg.querySelectorAll("g.quay-scale")[0]!.querySelectorAll("text")[0]!.textContent).toBe("<script>alert(1)</script>");
  });
});
