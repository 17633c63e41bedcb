import { describe, expect, it } from "vitest";
import { BerthIndex } from "../../src/layout/hitTest.ts";
import { served, TINY_CALLS } from "../helpers/fixtures.ts";

const index = new BerthIndex(TINY_CALLS);

describe("BerthIndex", () => {
  it("at(berth, t) is the call alongside the berth at t", () => {
    expect(index.at("D1", 10)?.id).toBe("c1");
    expect(index.at("D1", 25)?.id).toBe("c2");
    expect(index.at("Z1", 39.9)?.id).toBe("c3");
  });

  it("at(berth, t, tolerance) is the nearest call within the tolerance, else undefined", () => {
    expect(index.at("D1", 31)).toBeUndefined();
    expect(index.at("D1", 31, 2)?.id).toBe("c2");
    expect(index.at("Z1", 8, 3)?.id).toBe("c3");
    expect(index.at("D2", 10, 100)).toBeUndefined();
  });

  it("callsAt(berth) lists a berth's calls in berthing order", () => {
    const shuffled = new BerthIndex([...TINY_CALLS].reverse());
    expect(shuffled.callsAt("D1").map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("waitedBehind(call) is the berth's previous call when it left after the call arrived", () => {
    expect(index.waitedBehind(TINY_CALLS[1]!)?.id).toBe("c1");
    expect(index.waitedBehind(TINY_CALLS[0]!)).toBeUndefined();
    const late = served({ id: "c9", berth: "D1", arrival: 35, start: 40, end: 50 });
    expect(new BerthIndex([...TINY_CALLS, late]).waitedBehind(late)).toBeUndefined();
  });
});
