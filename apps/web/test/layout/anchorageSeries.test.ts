import { describe, expect, it } from "vitest";
import { anchorageCharts } from "../../src/layout/anchorageSeries.ts";

describe("anchorageCharts(series)", () => {
  it("gives each anchorage of limited capacity its daily maxima inside and with the ships outside added", () => {
    const charts = anchorageCharts([
      { id: "open", capacity: Infinity, bucketHours: 24, occupancy: [3, 4], outside: [0, 0] },
      { id: "dg", capacity: 2, bucketHours: 24, occupancy: [1, 2, 2], outside: [0, 0, 1] },
    ]);
    expect(charts).toEqual([
      {
        id: "dg",
        capacity: 2,
        inside: [
          [1, 1],
          [2, 2],
          [3, 2],
        ],
        demand: [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
        peak: 3,
      },
    ]);
  });

  it("numbers buckets longer than a day by their first day", () => {
    const [c] = anchorageCharts([{ id: "dg", capacity: 1, bucketHours: 48, occupancy: [0, 1], outside: [0, 0] }]);
    expect(c!.inside.map(([d]) => d)).toEqual([1, 3]);
  });
});
