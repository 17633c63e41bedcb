import { describe, expect, it } from "vitest";
import { diffSchedules } from "../../src/layout/diff.ts";
import { served, TINY_CALLS, waiting } from "../helpers/fixtures.ts";

const other = [
  served({ id: "c1", berth: "D1", arrival: 0, start: 0, end: 20, tradeClass: "nearSeaDirect" }),
  served({ id: "c2", berth: "D2", arrival: 5, start: 5, end: 15 }),
  served({ id: "c3", berth: "Z1", arrival: 10, start: 12, end: 42, tradeClass: "domesticBulk" }),
  waiting("c4", 90, 100),
];

describe("diffSchedules(base, other)", () => {
  it("lists the calls served in both whose berthing start or berth differs, largest move first", () => {
    const d = diffSchedules(TINY_CALLS, other);
    expect(d.moves.map((m) => [m.id, m.delta, m.berthChanged])).toEqual([
      ["c2", -15, true],
      ["c3", 2, false],
    ]);
    expect([d.common, d.earlier, d.later, d.berthChanged]).toEqual([3, 1, 1, 1]);
    expect([...d.deltaOf]).toEqual([
      ["c1", 0],
      ["c2", -15],
      ["c3", 2],
    ]);
  });

  it("finds nothing between a schedule and itself", () => {
    const d = diffSchedules(TINY_CALLS, TINY_CALLS);
    expect(d.moves).toEqual([]);
    expect(d.common).toBe(3);
  });

  it("treats differences within the tolerance as none", () => {
    const nudged = [served({ id: "c1", berth: "D1", arrival: 0, start: 1e-9, end: 20 })];
    expect(diffSchedules(TINY_CALLS, nudged).moves).toEqual([]);
  });
});
