import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TimeOrder } from "../../src/clearance/TimeOrder.ts";

/** The definition: indices stably sorted by time, NaN last. */
const stableOrder = (hours: readonly number[]): number[] =>
  hours
    .map((h, i) => i)
    .sort((a, b) => {
      const [x, y] = [hours[a]!, hours[b]!];
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
      return x < y ? -1 : x > y ? 1 : a - b;
    });

// Clustered times (many equal, many close), spread ones, and the odd infinity or NaN.
const time = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5 }), weight: 3 },
  { arbitrary: fc.double({ min: 0, max: 1e-3, noNaN: true }), weight: 2 },
  { arbitrary: fc.double({ min: -1e3, max: 1e4, noNaN: true }), weight: 4 },
  { arbitrary: fc.constantFrom(Infinity, -Infinity, NaN, -0), weight: 1 },
);

/** Sorts `hours` labelled by index, each weight derived from it; the order, checking that times and weights travel. */
const sortChecked = (sorter: TimeOrder, column: Float64Array, n: number): number[] => {
  const weight = Float64Array.from(column, (_, i) => i / 2);
  sorter.sort(column, weight, Int32Array.from(column, (_, i) => i), n);
  const order = Array.from(sorter.labels.subarray(0, n));
  expect(Array.from(sorter.times.subarray(0, n))).toEqual(order.map((i) => column[i]!));
  expect(Array.from(sorter.weights.subarray(0, n))).toEqual(order.map((i) => weight[i]!));
  return order;
};

describe("TimeOrder", () => {
  it("ranks units by time, ties in index order, NaN last, as a stable sort does, their weights and labels alongside", () => {
    fc.assert(
      fc.property(fc.array(time, { maxLength: 300 }), (hours) => {
        expect(sortChecked(new TimeOrder(), Float64Array.from(hours), hours.length)).toEqual(stableOrder(hours));
      }),
    );
  });

  it("sorts large buckets of clustered times too", () => {
    // One outlier squeezes every other time into the first bucket, in reverse order.
    const hours = [...Array.from({ length: 200 }, (_, i) => 1 - i / 1000), 1e9];
    expect(sortChecked(new TimeOrder(), Float64Array.from(hours), hours.length)).toEqual(stableOrder(hours));
  });

  it("gives the same order when reused, after a sort of more units or of fewer", () => {
    fc.assert(
      fc.property(fc.array(fc.array(time, { maxLength: 400 }), { minLength: 1, maxLength: 4 }), (runs) => {
        const sorter = new TimeOrder();
        for (const hours of runs) {
          // Only the first hours.length entries count: the column may be longer, as a reused one is.
          const column = Float64Array.from([...hours, 5, NaN, -1]);
          expect(sortChecked(sorter, column, hours.length)).toEqual(stableOrder(hours));
        }
      }),
    );
  });
});
