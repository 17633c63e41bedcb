import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcfsSchedule, planObjective, solve, validatePlan } from "../src/index.ts";
import { bruteForce } from "./helpers/bruteForce.ts";
import { cordeau, cordeauNames, kramer, kramerNames } from "./helpers/instances.ts";
import { tiny, tinySnapshots } from "./helpers/tinySnapshot.ts";

describe("solve", () => {
  it("solve(s) reaches the enumerated optimum of tiny snapshots, with a bound below it", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(tinySnapshots(7), fc.integer({ min: 1, max: 1000 }), (s, seed) => {
        const opt = bruteForce(s);
        const r = solve(s, { seed, maxIterations: 150 });
        if (!Number.isFinite(opt)) {
          expect(r.feasible).toBe(false);
          return;
        }
        expect(validatePlan(s, r.plan).errors).toEqual([]);
        expect(r.objective).toBe(opt);
        expect(r.lowerBound).toBeLessThanOrEqual(opt);
      }),
      { numRuns: 40, seed: 42 },
    );
  });

  it("keeps a high-weight ship from waiting behind light ones", () => {
    const s = tiny(
      [{}],
      [
        [0, [5], 1],
        [0, [5], 10],
      ],
    );
    const r = solve(s, { maxIterations: 10 });
    expect(r.plan.map((a) => [a.ship, a.start])).toEqual([
      ["s1", 5],
      ["s2", 0],
    ]);
    expect(r).toMatchObject({ objective: 10 * 5 + 10, lowerBound: 60, optimal: true });
  });

  it("plans around berth closures", () => {
    const s = tiny(
      [{ closures: [{ start: 2, end: 10 }] }, { open: 6 }],
      [
        [0, [4, 4]],
        [0, [2, 9]],
      ],
    );
    const r = solve(s, { maxIterations: 20 });
    expect(validatePlan(s, r.plan).errors).toEqual([]);
    expect(r.plan.map((a) => [a.berth, a.start])).toEqual([
      ["B2", 6],
      ["B1", 0],
    ]);
  });

  it("without the bound, stops at once when no two ships compete, with each ship's own cost as the bound", () => {
    // Non-integer data, as the simulator's snapshots have: the bound must still prove the plan optimal.
    const s = tiny([{}, {}], [[0.25, [5.5, 7]], [0.5, [6, 3.3]]]);
    const r = solve(s, { maxIterations: 100, bound: false });
    expect(r.plan.map((a) => [a.berth, a.start])).toEqual([["B1", 0.25], ["B2", 0.5]]);
    expect(r).toMatchObject({ optimal: true, iterations: 0, boundSteps: 0 });
    expect(r.lowerBound).toBeCloseTo(5.5 + 3.3, 6);
  });

  it("without the bound, still reaches the enumerated optimum of tiny snapshots", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(tinySnapshots(6), (s) => {
        const opt = bruteForce(s);
        fc.pre(Number.isFinite(opt));
        const r = solve(s, { maxIterations: 150, bound: false });
        expect(r.objective).toBe(opt);
        expect(r.lowerBound).toBeLessThanOrEqual(opt);
      }),
      { numRuns: 30, seed: 43 },
    );
  });

  it("is deterministic for a seed", { timeout: 30_000 }, () => {
    const s = cordeau("35x7-04");
    const a = solve(s, { seed: 7, maxIterations: 300 });
    const b = solve(s, { seed: 7, maxIterations: 300 });
    expect(b.plan).toEqual(a.plan);
    expect([b.objective, b.lowerBound, b.iterations]).toEqual([a.objective, a.lowerBound, a.iterations]);
  });

  it("stops at the time limit read through the injected clock", () => {
    let now = 0;
    const clock = () => (now += 1); // every reading advances 1 ms
    const r = solve(cordeau("35x7-04"), { timeLimit: 1, clock });
    expect(r.elapsed).toBeGreaterThanOrEqual(1000);
    expect(r.elapsed).toBeLessThan(1020);
    expect(r.iterations).toBeGreaterThan(0);
  });

  it("gives a valid plan no worse than FCFS and a bound below it on every I1 file, within 1 % of the bound", () => {
    for (const name of cordeauNames()) {
      const s = cordeau(name);
      const r = solve(s, { maxIterations: 400 });
      expect(validatePlan(s, r.plan).errors, name).toEqual([]);
      expect(r.objective, name).toBe(planObjective(s, r.plan));
      expect(r.objective, name).toBeLessThanOrEqual(planObjective(s, fcfsSchedule(s)));
      expect(r.lowerBound, name).toBeLessThanOrEqual(r.objective);
      expect(r.gap, name).toBeLessThan(0.01);
    }
  }, 120_000);

  it("gives a valid plan far below FCFS and a bound below it on every Kramer file", () => {
    for (const name of kramerNames()) {
      const s = kramer(name);
      const r = solve(s, { maxIterations: 2 });
      expect(validatePlan(s, r.plan).errors, name).toEqual([]);
      expect(r.lowerBound, name).toBeLessThanOrEqual(r.objective);
      expect(r.objective, name).toBeLessThan(planObjective(s, fcfsSchedule(s)));
    }
  }, 120_000);

  it("keeps b_i as a latest start when feasible, and reports the files where no plan can", () => {
    const s = cordeau("25x5-01", { shipWindow: "latestStart" });
    const r = solve(s, { maxIterations: 200 });
    expect(validatePlan(s, r.plan).errors).toEqual([]);
    expect(r.feasible).toBe(true);
    const bad = solve(cordeau("35x7-07", { shipWindow: "latestStart" }), { maxIterations: 20 });
    expect(bad).toMatchObject({ feasible: false, optimal: false, lowerBound: Infinity });
  });
});
