import { describe, expect, it } from "vitest";
import { ecdf, waitsByClass } from "../../src/layout/ecdf.ts";
import { served, TINY_CALLS } from "../helpers/fixtures.ts";

describe("ecdf(values)", () => {
  it("has one corner per distinct value with the share at or below it", () => {
    expect(ecdf([3, 0, 0, 1])).toEqual([
      { x: 0, p: 0.5 },
      { x: 1, p: 0.75 },
      { x: 3, p: 1 },
    ]);
  });

  it("is empty for an empty sample", () => {
    expect(ecdf([])).toEqual([]);
  });
});

describe("waitsByClass(calls, warmup, horizon)", () => {
  it("collects the waits of served calls that arrived in the window, per class", () => {
    const calls = [...TINY_CALLS, served({ id: "early", berth: "D2", arrival: 1, start: 4, end: 9 })];
    expect([...waitsByClass(calls, 2, 100)]).toEqual([
      ["domesticDirect", [15]],
      ["domesticBulk", [0]],
    ]);
  });
});
