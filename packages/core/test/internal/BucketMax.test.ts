import { describe, expect, it } from "vitest";
import { BucketMax, bucketHoursFor } from "../../src/internal/BucketMax.ts";

describe("BucketMax", () => {
  it("keeps the largest value of each bucket, carrying a value through the buckets it spans", () => {
    const m = new BucketMax(10, 50);
    m.set(3, 2);
    m.set(4, 1);
    m.set(25, 3); // 1 held through [4, 25): buckets 0, 1 and 2 see it
    m.set(26, 0);
    expect(m.finish()).toEqual([2, 1, 3, 0, 0]);
  });

  it("counts a value in the bucket where it ends, unless it ends at that bucket's start", () => {
    const m = new BucketMax(24, 72);
    m.set(31, 1);
    m.set(50, 0); // 1 held over [48, 50)
    expect(m.finish()).toEqual([0, 1, 1]);
    const n = new BucketMax(24, 72);
    n.set(31, 1);
    n.set(48, 0);
    expect(n.finish()).toEqual([0, 1, 0]);
  });

  it("ignores changes at or after the horizon", () => {
    const m = new BucketMax(24, 48);
    m.set(30, 4);
    m.set(48, 9);
    expect(m.finish()).toEqual([0, 4]);
  });
});

describe("bucketHoursFor(horizon)", () => {
  it("is a day up to 2,000 days, and whole days beyond, so that a series has at most 2,000 buckets", () => {
    expect(bucketHoursFor(8760)).toBe(24);
    expect(bucketHoursFor(24 * 2000)).toBe(24);
    expect(bucketHoursFor(24 * 2001)).toBe(48);
    expect(Math.ceil(1e7 / bucketHoursFor(1e7))).toBeLessThanOrEqual(2000);
  });
});
