import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortNumbers } from "../../src/internal/sortNumbers.ts";

const engineOrder = (xs: readonly number[]): number[] => Array.from(Float64Array.from(xs).sort());

const sorted = (xs: readonly number[]): number[] => {
  const a = Float64Array.from(xs);
  sortNumbers(a);
  return Array.from(a);
};

/** Whether `sortNumbers` puts every element where the engine's sort does (−0 and +0 told apart). */
const sameOrder = (xs: readonly number[]): boolean => {
  const ours = sorted(xs);
  const theirs = engineOrder(xs);
  return ours.length === theirs.length && ours.every((x, i) => Object.is(x, theirs[i]));
};

// Waits as a long run gives them: mostly +0, the rest positive over a few binary orders, some equal.
const waitArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.double({ min: 1e-6, max: 500, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 1, 24, 1e-300, Number.MIN_VALUE, Number.MAX_VALUE, Infinity) },
);
const anyArb = fc.oneof(waitArb, fc.double(), fc.constantFrom(-0, NaN, -Infinity, -1));

describe("sortNumbers", () => {
  it("gives exactly the engine's order (−0 before +0, NaN last) on short arrays of any numbers", () => {
    fc.assert(fc.property(fc.array(anyArb, { maxLength: 60 }), sameOrder), { numRuns: 500 });
    expect(sorted([3, -0, NaN, 0, -1, 0])).toEqual([-1, -0, 0, 0, 3, NaN]);
  });

  it("gives exactly the engine's order on long arrays of waits (the radix path)", () => {
    fc.assert(
      fc.property(fc.array(waitArb, { minLength: 9500, maxLength: 10000 }), sameOrder),
      { numRuns: 10 },
    );
  });

  it("gives exactly the engine's order on long arrays that hold negatives or NaN", () => {
    fc.assert(
      fc.property(fc.array(waitArb, { minLength: 8200, maxLength: 9000 }), anyArb, fc.nat(8199), (xs, odd, at) => {
        const ys = [...xs];
        ys[at] = odd;
        return sameOrder(ys);
      }),
      { numRuns: 10 },
    );
  });
});
