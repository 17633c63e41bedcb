import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeByBuckets, mergeByHeap, mergeCalls } from "../../src/internal/mergeCalls.ts";
import type { VesselCall } from "../../src/VesselCall.ts";

const call = (id: string, arrival: number, stream: string): VesselCall => ({
  id,
  name: id,
  tradeClass: "domesticDirect",
  cargo: "container",
  loa: 100,
  draft: 5,
  volume: 1,
  arrival,
  dangerousGoods: false,
  stream,
});

const byArrivalThenId = (a: VesselCall, b: VesselCall): number =>
  a.arrival - b.arrival || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("mergeCalls(lists)", () => {
  it("gives exactly the stable sort of the lists' concatenation by (arrival, id)", () => {
    // Few arrival times (±Infinity too: their differences are NaN) and few ids, so that ties in arrival, and in both
    // arrival and id across lists, are common.
    const list = fc
      .array(fc.tuple(fc.integer({ min: -1, max: 6 }), fc.constantFrom("a", "b", "c", "a1", "b10", "b9")), { maxLength: 12 })
      .map((xs) => xs.map(([t, id]) => ({ t: t === -1 ? -Infinity : t === 6 ? Infinity : t / 2, id })));
    fc.assert(
      fc.property(fc.array(list, { maxLength: 7 }), (raw) => {
        // Each list in (arrival, id) order, as generateStream makes them; the stream name tells the lists apart.
        const lists = raw.map((xs, j) => xs.map((x) => call(x.id, x.t, `s${j}`)).sort(byArrivalThenId));
        const merged = mergeCalls(lists);
        const sorted = lists.flat().sort(byArrivalThenId);
        expect(merged).toEqual(sorted);
        // Same objects in the same order, not merely equal ones.
        merged.forEach((c, i) => expect(c).toBe(sorted[i]));
      }),
      { numRuns: 500 },
    );
  });

  it("mergeByBuckets and mergeByHeap each give that stable sort; buckets apply to finite, spread arrivals", () => {
    // Arrivals from a few steps apart to a crowd at one instant, so that buckets fill and overflow.
    const list = fc
      .record({ step: fc.constantFrom(0.001, 0.5, 7), xs: fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom("a", "b", "a1")), { maxLength: 40 }) })
      .map(({ step, xs }) => xs.map(([t, id]) => ({ t: t * step, id })));
    let bucketed = 0;
    fc.assert(
      fc.property(fc.array(list, { maxLength: 9 }), (raw) => {
        const lists = raw.map((xs, j) => xs.map((x) => call(x.id, x.t, `s${j}`)).sort(byArrivalThenId));
        const sorted = lists.flat().sort(byArrivalThenId);
        const byBuckets = mergeByBuckets(lists);
        if (byBuckets !== undefined) {
          bucketed++;
          byBuckets.forEach((c, i) => expect(c).toBe(sorted[i]));
          expect(byBuckets).toHaveLength(sorted.length);
        }
        const byHeap = mergeByHeap(lists);
        byHeap.forEach((c, i) => expect(c).toBe(sorted[i]));
        expect(byHeap).toHaveLength(sorted.length);
      }),
      { numRuns: 500 },
    );
    expect(bucketed).toBeGreaterThan(100);
  });

  it("returns an empty list for no lists and for empty lists", () => {
    expect(mergeCalls([])).toEqual([]);
    expect(mergeCalls([[], []])).toEqual([]);
  });
});
