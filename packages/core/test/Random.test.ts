import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom, replicationSeed } from "../src/index.ts";
import { extendStreamName, openStream, streamName } from "../src/Random.ts";

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

  it("seeds replications independently and reproducibly", () => {
    expect(replicationSeed(7, 0)).toBe(replicationSeed(7, 0));
    expect(new Set([0, 1, 2, 3].map((k) => replicationSeed(7, k))).size).toBe(4);
  });
});

describe("streamName, extendStreamName and openStream", () => {
  it("open the stream createRandom(seed, a + b + c) opens, without building its name", () => {
    fc.assert(
      fc.property(fc.nat(), fc.string(), fc.string(), fc.string(), (seed, a, b, c) => {
        const built = openStream(extendStreamName(extendStreamName(streamName(seed, a), b), c));
        const named = createRandom(seed, a + b + c);
        expect(Array.from({ length: 4 }, () => built.next())).toEqual(Array.from({ length: 4 }, () => named.next()));
      }),
    );
  });
});
