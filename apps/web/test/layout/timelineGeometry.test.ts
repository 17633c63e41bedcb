import { scaleLinear } from "d3";
import { describe, expect, it } from "vitest";
import { layoutRows } from "../../src/layout/rows.ts";
import { layoutTimeline } from "../../src/layout/timeline.ts";
import { TimelineGeometry } from "../../src/layout/timelineGeometry.ts";
import { TINY_CALLS, TINY_PORT } from "../helpers/fixtures.ts";

const rows = layoutRows(TINY_PORT, 10, 4);
const rowOf = (b: string) => rows.rowOf.get(b);
// The tiny calls, one of them with a tide wait (the first 3 h of its 15 h wait).
const CALLS = TINY_CALLS.map((c) => (c.id === "c2" ? { ...c, tideWait: 3 } : c));

describe("TimelineGeometry.project(a, b, left, right, out)", () => {
  it("gives the rectangles of layoutTimeline, for every zoom, without allocating", () => {
    const g = new TimelineGeometry(CALLS, rowOf);
    const p = g.createProjection();
    for (const [domain, view] of [
      [[0, 100], [0, 1000]],
      [[20, 60], [250, 280]],
      [[0, 8760], [0, 900]],
    ] as const) {
      const x = scaleLinear().domain(domain).range([0, 1000]);
      const a = 1000 / (domain[1] - domain[0]);
      g.project(a, -a * domain[0], view[0], view[1], p);
      const got = [...p.visible.subarray(0, p.count)].map((i) => ({
        index: g.index[i],
        x0: p.x0[i],
        x1: p.x1[i],
        xs: p.xs[i],
        y: g.y[i],
        height: g.height[i],
        waitX0: p.waitX0[i],
        tideX1: p.tideX1[i],
        waitY: g.waitY[i],
      }));
      const want = layoutTimeline(CALLS, { x, rowOf }, view).map(({ index, x0, x1, xs, y, height, waitX0, tideX1, waitY }) => ({
        index,
        x0,
        x1,
        xs,
        y,
        height,
        waitX0,
        tideX1,
        waitY,
      }));
      expect(got.length).toBe(want.length);
      got.forEach((r, k) => {
        for (const key of Object.keys(r) as (keyof typeof r)[]) expect(r[key]).toBeCloseTo(want[k]![key], 9);
      });
    }
  });
});
