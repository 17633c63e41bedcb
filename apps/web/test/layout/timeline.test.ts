import { scaleLinear } from "d3";
import { describe, expect, it } from "vitest";
import { layoutRows } from "../../src/layout/rows.ts";
import { barsPerBerth, layoutTimeline, ROW_PADDING } from "../../src/layout/timeline.ts";
import { served, TINY_CALLS, TINY_PORT } from "../helpers/fixtures.ts";

const rows = layoutRows(TINY_PORT, 10, 4);
const scales = { x: scaleLinear().domain([0, 100]).range([0, 1000]), rowOf: (b: string) => rows.rowOf.get(b) };

describe("layoutTimeline(calls, scales)", () => {
  it("gives each served call a bar from berthing start to end in its berth's row, and its wait as a lead-in", () => {
    expect(layoutTimeline(TINY_CALLS, scales)).toEqual([
      { index: 0, id: "c1", berth: "D1", tradeClass: "nearSeaDirect", x0: 0, x1: 200, xs: 10, y: 3, height: 6, waitX0: 0, tideX1: 0, waitY: 1.5 },
      { index: 1, id: "c2", berth: "D1", tradeClass: "domesticDirect", x0: 200, x1: 300, xs: 210, y: 3, height: 6, waitX0: 50, tideX1: 50, waitY: 1.5 },
      { index: 2, id: "c3", berth: "Z1", tradeClass: "domesticBulk", x0: 100, x1: 400, xs: 110, y: 27, height: 6, waitX0: 100, tideX1: 100, waitY: 25.5 },
    ]);
  });

  it("marks the part of the lead-in spent waiting for the tide, up to tideX1", () => {
    const deep = { ...served({ id: "deep", berth: "D1", arrival: 30, start: 50, end: 60 }), tideWait: 8 };
    const [r] = layoutTimeline([deep], scales);
    expect(r).toMatchObject({ waitX0: 300, tideX1: 380, x0: 500 });
  });

  it("draws no bar for calls still waiting at the horizon or rejected", () => {
    expect(layoutTimeline(TINY_CALLS, scales).map((r) => r.id)).not.toContain("c4");
    expect(layoutTimeline(TINY_CALLS, scales).map((r) => r.id)).not.toContain("c5");
  });

  it("keeps the bar height whatever the zoom, and at least 1 px wide", () => {
    const far = { ...scales, x: scaleLinear().domain([0, 100_000]).range([0, 100]) };
    for (const r of layoutTimeline(TINY_CALLS, far)) {
      expect(r.height).toBe(10 - ROW_PADDING.top - ROW_PADDING.bottom);
      expect(r.x1 - r.x0).toBeGreaterThanOrEqual(1);
    }
  });

  it("culls calls whose bar and lead-in lie outside the view", () => {
    expect(layoutTimeline(TINY_CALLS, scales, [250, 280]).map((r) => r.id)).toEqual(["c2", "c3"]);
    expect(layoutTimeline(TINY_CALLS, scales, [410, 900])).toEqual([]);
    // c2's lead-in (from 50 px) reaches into a view that ends before its bar.
    expect(layoutTimeline(TINY_CALLS, scales, [60, 90]).map((r) => r.id)).toEqual(["c1", "c2"]);
  });
});

describe("barsPerBerth(rects)", () => {
  it("counts the bars of each berth", () => {
    expect([...barsPerBerth(layoutTimeline(TINY_CALLS, scales))]).toEqual([
      ["D1", 2],
      ["Z1", 1],
    ]);
  });
});
