import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom, replicationSeed } from "../src/index.ts";
import { drawAt, extendStreamName, StreamReader, streamName, subStreamName } from "../src/Random.ts";

const draws = (seed: number, stream: string, n = 5): number[] => {
  const r = createRandom(seed, stream);
  return Array.from({ length: n }, () => r.next());
};

describe("createRandom", () => {
  it("repeats the same numbers for the same seed and stream", () => {
    expect(draws(42, "arrivals/x")).toEqual(draws(42, "arrivals/x"));
  });

  it("gives different numbers to different streams and seeds", () => {
    expect(draws(42, "arrivals/x")).not.toEqual(draws(42, "arrivals/y"));
    expect(draws(42, "arrivals/x")).not.toEqual(draws(43, "arrivals/x"));
  });

  it("draws uniformly on [0, 1): mean 1/2 and variance 1/12 within four standard errors", () => {
    const xs = draws(1, "u", 200_000);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
    expect(Math.abs(m - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / xs.length));
    expect(Math.abs(v - 1 / 12)).toBeLessThan(0.001);
  });

  it("keeps drawing the numbers it drew when first written (every seeded result depends on them)", () => {
    // Pinned from the first implementation (uint32 state); the state is int32 now, with the same bits.
    const pinned = [
      [1, "a", [0.4733566911891103, 0.2811983514111489, 0.5705620823428035], 0.28112066839821637, 49977.37990483595],
      [20181112, "ships/japan", [0.3543222506996244, 0.9694977984763682, 0.40030814870260656], 0.1319045026320964, 49895.9798928143],
      [0xffffffff, "arrivals/x", [0.15568747511133552, 0.24829973350279033, 0.7289507244713604], 0.18044616538099945, 50110.89618665818],
    ] as const;
    for (const [seed, stream, first, last, sum] of pinned) {
      const xs = draws(seed, stream, 100_000);
      expect(xs.slice(0, 3)).toEqual(first);
      expect(xs[99_999]).toBe(last);
      expect(xs.reduce((a, b) => a + b, 0)).toBe(sum);
    }
  });

  it("seeds replications independently and reproducibly", () => {
    expect(replicationSeed(7, 0)).toBe(replicationSeed(7, 0));
    expect(new Set([0, 1, 2, 3].map((k) => replicationSeed(7, k))).size).toBe(4);
  });
});

describe("streamName and extendStreamName", () => {
  it("name the stream of a + b piece by piece: extendStreamName(streamName(seed, a), b) = streamName(seed, a + b)", () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), fc.string(), (seed, a, b) => {
        expect(extendStreamName(streamName(seed, a), b)).toBe(streamName(seed, a + b));
      }),
    );
  });
});

/** Pearson correlation of two equally long lists. */
const correlation = (xs: readonly number[], ys: readonly number[]): number => {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
};

describe("drawAt(name, i), subStreamName and StreamReader", () => {
  const N = 100_000;
  const names = Array.from({ length: N }, (_, k) => streamName(1, `s/${k}`));

  it("draws uniformly on [0, 1), along a stream and across streams: 100 bins within chi-square bounds", () => {
    for (const xs of [Array.from({ length: N }, (_, i) => drawAt(names[0]!, i)), names.map((n) => drawAt(n, 0))]) {
      expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
      const bins = new Array<number>(100).fill(0);
      for (const x of xs) bins[Math.floor(x * 100)]!++;
      const chi2 = bins.reduce((sum, b) => sum + (b - N / 100) ** 2 / (N / 100), 0);
      // 99 degrees of freedom: mean 99, standard deviation 14.
      expect(chi2).toBeLessThan(99 + 5 * 14);
    }
  });

  it("gives neighbouring places, neighbouring names and sub-streams uncorrelated numbers", () => {
    const bound = 4 / Math.sqrt(N);
    const along = Array.from({ length: N + 1 }, (_, i) => drawAt(names[1]!, i));
    expect(Math.abs(correlation(along.slice(0, N), along.slice(1)))).toBeLessThan(bound);
    const sequential = Array.from({ length: N + 1 }, (_, k) => drawAt(k, 0));
    expect(Math.abs(correlation(sequential.slice(0, N), sequential.slice(1)))).toBeLessThan(bound);
    const sub = names.map((n) => drawAt(subStreamName(n, 3), 0));
    expect(Math.abs(correlation(sub, names.map((n) => drawAt(n, 3))))).toBeLessThan(bound);
    expect(Math.abs(correlation(sub, names.map((n) => drawAt(subStreamName(n, 4), 0))))).toBeLessThan(bound);
  });

  it("depends on (name, i) alone; a StreamReader reads drawAt(name, 0), drawAt(name, 1), … of the stream it is given", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (name, other) => {
        const reader = new StreamReader();
        reader.read(other).next();
        expect([reader.read(name).next(), reader.next(), reader.next()]).toEqual([0, 1, 2].map((i) => drawAt(name, i)));
      }),
    );
  });
});
