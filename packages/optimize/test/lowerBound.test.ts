import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerBound } from "../src/index.ts";
import { bruteForce } from "./helpers/bruteForce.ts";
import { cordeau } from "./helpers/instances.ts";
import { tiny, tinySnapshots } from "./helpers/tinySnapshot.ts";

describe("lowerBound", () => {
  it("lowerBound(s) never exceeds the enumerated optimum of a tiny snapshot", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(tinySnapshots(6), (s) => {
        const opt = bruteForce(s);
        const lb = lowerBound(s);
        if (Number.isFinite(opt)) expect(lb.value).toBeLessThanOrEqual(opt);
        expect(lb.trivial).toBeLessThanOrEqual(lb.value === Infinity ? Infinity : opt);
      }),
      { numRuns: 60, seed: 20240607 },
    );
  });

  it("stays below the optimum with fractional hours (the simulator's times)", { timeout: 30_000 }, () => {
    const fractional = tinySnapshots(6).map((s) => ({
      ...s,
      ships: s.ships.map((ship, i) => ({
        ...ship,
        arrival: ship.arrival + 0.3 * (i % 3),
        handling: ship.handling.map((h) => (h === null ? null : h * 1.13)),
        weight: ship.weight * 0.7,
      })),
    }));
    fc.assert(
      fc.property(fractional, (s) => {
        const opt = bruteForce(s);
        if (Number.isFinite(opt)) expect(lowerBound(s).value).toBeLessThanOrEqual(opt + 1e-9);
      }),
      { numRuns: 40, seed: 99 },
    );
  });

  it("is the trivial bound when ships do not compete, and exact when the relaxation is a plan", () => {
    const s = tiny(
      [{ open: 3 }, {}],
      [
        [0, [4, 6]],
        [10, [2, null]],
      ],
    );
    expect(lowerBound(s)).toMatchObject({ value: 8, trivial: 8, feasible: true }); // s1 at B2: 6; s2: 2
  });

  it(
    "reaches the LP bound of the time-indexed model on 25x5-01 (757.5, rounded up to 758)",
    { timeout: 30_000 },
    () => {
      // 757.5 is the LP relaxation value HiGHS 1.15 gives for this model and file; the optimum is 759.
      const lb = lowerBound(cordeau("25x5-01"), { steps: 1000 });
      expect(lb.relaxation).toBeCloseTo(757.5, 4);
      expect(lb.value).toBe(758);
    },
  );

  it("proves 35x7-07 infeasible when b_i is read as a latest start", () => {
    expect(lowerBound(cordeau("35x7-07", { shipWindow: "latestStart" }))).toMatchObject({
      value: Infinity,
      feasible: false,
    });
    expect(lowerBound(cordeau("25x5-01", { shipWindow: "latestStart" })).feasible).toBe(true);
  });
});
