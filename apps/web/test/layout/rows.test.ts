import { describe, expect, it } from "vitest";
import { layoutRows } from "../../src/layout/rows.ts";
import { TINY_PORT } from "../helpers/fixtures.ts";

describe("layoutRows(port, rowHeight, gap)", () => {
  it("puts one row per berth, grouped by area in the port's order of areas, with a gap between groups", () => {
    const layout = layoutRows(TINY_PORT, 10, 4);
    expect(layout.rows.map((r) => [r.berth, r.area, r.y])).toEqual([
      ["D1", "dushan", 0],
      ["D2", "dushan", 10],
      ["Z1", "zhapu", 24],
    ]);
    expect(layout.groups).toEqual([
      { area: "dushan", y0: 0, y1: 20, berths: ["D1", "D2"] },
      { area: "zhapu", y0: 24, y1: 34, berths: ["Z1"] },
    ]);
    expect(layout.height).toBe(34);
  });

  it("leaves out areas without berths and finds a row by berth id", () => {
    const layout = layoutRows(TINY_PORT, 12, 6);
    expect(layout.groups.map((g) => g.area)).not.toContain("haiyan");
    expect(layout.rowOf.get("Z1")).toEqual({ berth: "Z1", area: "zhapu", y: 30, height: 12 });
  });

  it("gives a berth of an unlisted area a group of its own at the end", () => {
    const port = { ...TINY_PORT, berths: [...TINY_PORT.berths, { ...TINY_PORT.berths[0]!, id: "X1", area: "extra" }] };
    expect(layoutRows(port, 10, 0).groups.map((g) => g.area)).toEqual(["dushan", "zhapu", "extra"]);
  });
});
