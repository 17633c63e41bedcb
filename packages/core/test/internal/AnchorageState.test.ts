import { describe, expect, it } from "vitest";
import { AnchorageState, OUTSIDE } from "../../src/internal/AnchorageState.ts";
import type { Anchorage } from "../../src/Port.ts";

const DG: readonly Anchorage[] = [
  { id: "north", name: "North", kind: "dangerousGoods", capacity: 1, area: "a" },
  { id: "south", name: "South", kind: "dangerousGoods", capacity: 1, area: "b" },
];

describe("AnchorageState", () => {
  it("counts the hours a ship waits outside against the anchorage of its home area", () => {
    const s = new AnchorageState(DG, 0, 100);
    expect(s.enter(0, 0, true, "b")).toBe(1);
    expect(s.enter(1, 1, true, "b")).toBe(0); // south full: north has room
    expect(s.enter(2, 2, true, "b")).toBe(OUTSIDE); // both full: waits outside for south
    expect(s.leave(12, 0, 1)).toEqual({ moved: 2, to: 1 });
    const k = s.finish(100);
    expect(k.map((a) => [a.id, a.hoursOverCapacity])).toEqual([
      ["north", 0],
      ["south", 10],
    ]);
    expect(s.outsideHours.get(2)).toBe(10);
  });

  it("gives each anchorage a daily series of the most ships inside and outside", () => {
    const s = new AnchorageState(DG, 0, 72);
    s.enter(0, 0, true, "a");
    s.enter(30, 1, true, "a");
    s.enter(31, 2, true, "a");
    s.leave(50, 0, 0);
    s.finish(72);
    const [north, south] = s.series();
    expect(north).toEqual({ id: "north", capacity: 1, bucketHours: 24, occupancy: [1, 1, 1], outside: [0, 1, 1] });
    // Ship 1 went to south (north full); ship 2 waited outside for north from 31 h until ship 0 left at 50 h.
    expect(south!.occupancy).toEqual([0, 1, 1]);
    expect(south!.outside).toEqual([0, 0, 0]);
  });
});
