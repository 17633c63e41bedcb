import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { samplerOf, streamSamplerOf } from "../../src/clearance/samplerOf.ts";
import { StreamReader } from "../../src/Random.ts";
import { createRandom, type Distribution, sample } from "../../src/index.ts";

const size = fc.double({ min: 0, max: 100, noNaN: true });

const distributionArb: fc.Arbitrary<Distribution> = fc.oneof(
  size.map((value): Distribution => ({ kind: "deterministic", value })),
  fc.double({ min: 0.01, max: 100, noNaN: true }).map((mean): Distribution => ({ kind: "exponential", mean })),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.double({ min: 0.01, max: 100, noNaN: true })).map(([k, mean]): Distribution => ({ kind: "erlang", k, mean })),
  fc.tuple(size, size).map(([a, b]): Distribution => ({ kind: "uniform", min: Math.min(a, b), max: Math.max(a, b) })),
  fc.tuple(size, size, size).map(([a, b, c]): Distribution => {
    const [min, mode, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { kind: "triangular", min, mode, max };
  }),
  fc.array(size, { minLength: 1, maxLength: 5 }).map((values): Distribution => ({ kind: "empirical", values })),
);

describe("samplerOf(d)", () => {
  it("draws what sample(d, rng) draws, number for number, for every kind of distribution", () => {
    fc.assert(
      fc.property(distributionArb, fc.nat(), (d, seed) => {
        const [a, b] = [createRandom(seed, "s"), createRandom(seed, "s")];
        const draw = samplerOf(d);
        for (let i = 0; i < 20; i++) expect(draw(a)).toBe(sample(d, b));
      }),
    );
  });
});

describe("streamSamplerOf(d)", () => {
  it("draws from the start of stream `name` what samplerOf(d) draws through a reader turned to it", () => {
    fc.assert(
      fc.property(distributionArb, fc.array(fc.nat({ max: 0xffffffff }), { minLength: 1, maxLength: 10 }), (d, names) => {
        const draw = streamSamplerOf(d);
        for (const name of names) expect(draw(name)).toBe(samplerOf(d)(new StreamReader().read(name)));
      }),
    );
  });
});
