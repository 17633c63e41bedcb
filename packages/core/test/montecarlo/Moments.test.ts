import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { confidenceInterval95, Moments } from "../../src/index.ts";

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("Moments", () => {
  it("gives the same mean and 95 % interval as the two-pass formulas", () => {
    const xs = [3.2, 4.1, 2.7, 5.5, 4.4, 3.9];
    const m = new Moments(1);
    for (const x of xs) m.add([x]);
    const expected = confidenceInterval95(xs);
    const got = m.estimate(0);
    expect(got.n).toBe(6);
    expect(close(got.mean, expected.mean)).toBe(true);
    expect(close(got.halfWidth, expected.halfWidth)).toBe(true);
  });

  it("keeps one count per quantity and skips NaN observations", () => {
    const m = new Moments(2);
    m.add([1, NaN]);
    m.add([3, 5]);
    expect(m.estimate(0)).toMatchObject({ mean: 2, n: 2 });
    expect(m.estimate(1)).toMatchObject({ mean: 5, n: 1 });
    expect(m.estimate(1).halfWidth).toBeNaN();
  });

  it("has no mean before any observation", () => {
    expect(new Moments(1).estimate(0).mean).toBeNaN();
  });

  it("adds paired differences a − b, skipping pairs with a NaN side", () => {
    const m = new Moments(2);
    m.addDifference([0, 5, 7], 1, [9, 2, 4], 1); // 5 − 2, 7 − 4
    m.addDifference([1, 8], 0, [0, NaN], 0); // 1 − 0, NaN
    expect(m.estimate(0)).toMatchObject({ mean: 2, n: 2 });
    expect(m.estimate(1)).toMatchObject({ mean: 3, n: 1 });
  });

  it("merges two accumulators into what sequential adding gives, up to rounding", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { maxLength: 40 }),
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { maxLength: 40 }),
        (xs, ys) => {
          const all = new Moments(1);
          const a = new Moments(1);
          const b = new Moments(1);
          for (const x of xs) (all.add([x]), a.add([x]));
          for (const y of ys) (all.add([y]), b.add([y]));
          a.merge(b);
          const [e, g] = [all.estimate(0), a.estimate(0)];
          expect(g.n).toBe(e.n);
          if (e.n > 0) expect(Math.abs(g.mean - e.mean)).toBeLessThan(1e-9);
          if (e.n > 1) expect(Math.abs(g.halfWidth - e.halfWidth)).toBeLessThan(1e-7 * Math.max(1, e.halfWidth));
        },
      ),
    );
  });

  it("refuses to merge accumulators of different sizes", () => {
    expect(() => new Moments(1).merge(new Moments(2))).toThrow(/sizes differ/);
  });
});
