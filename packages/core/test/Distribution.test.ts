import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sampler } from "../src/Distribution.ts";
import { createRandom, type Distribution, meanOf, sample, scvOf } from "../src/index.ts";

const N = 100_000;
const moments = (d: Distribution): { mean: number; scv: number } => {
  const rng = createRandom(3, "dist");
  const xs = Array.from({ length: N }, () => sample(d, rng));
  const m = xs.reduce((a, b) => a + b, 0) / N;
  const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / (N - 1);
  return { mean: m, scv: v / m ** 2 };
};

const cases: [string, Distribution][] = [
  ["exponential", { kind: "exponential", mean: 8 }],
  ["Erlang-2", { kind: "erlang", k: 2, mean: 8 }],
  ["Erlang-5", { kind: "erlang", k: 5, mean: 3 }],
  ["uniform", { kind: "uniform", min: 2, max: 10 }],
  ["triangular", { kind: "triangular", min: 1, mode: 3, max: 11 }],
  ["weighted empirical", { kind: "empirical", values: [2, 5, 9], weights: [1, 2, 1] }],
  ["plain empirical", { kind: "empirical", values: [1, 2, 3, 10] }],
];

describe("sample", () => {
  it.each(cases)("draws %s values with the mean and SCV that meanOf and scvOf state", (_, d) => {
    const { mean, scv } = moments(d);
    expect(Math.abs(mean - meanOf(d)) / meanOf(d)).toBeLessThan(0.02);
    expect(Math.abs(scv - scvOf(d))).toBeLessThan(0.03);
  });

  it("returns the value of a deterministic distribution without drawing", () => {
    const rng = createRandom(1, "d");
    expect(sample({ kind: "deterministic", value: 4.5 }, rng)).toBe(4.5);
    expect(scvOf({ kind: "deterministic", value: 4.5 })).toBe(0);
  });
});

describe("sampler", () => {
  const withDegenerate: [string, Distribution][] = [
    ...cases,
    ["deterministic", { kind: "deterministic", value: 4.5 }],
    ["Erlang-1", { kind: "erlang", k: 1, mean: 2 }],
    ["point triangular", { kind: "triangular", min: 3, mode: 3, max: 3 }],
    ["right-angled triangular", { kind: "triangular", min: 0, mode: 5, max: 5 }],
    ["one-value empirical", { kind: "empirical", values: [7], weights: [2] }],
  ];

  it.each(withDegenerate)("sampler(d) draws exactly what sample(d, ·) draws, for %s", (_, d) => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = createRandom(seed, "x");
        const b = createRandom(seed, "x");
        const draw = sampler(d);
        for (let i = 0; i < 50; i++) expect(Object.is(draw(b), sample(d, a))).toBe(true);
        // Same number of draws: the generators are still in step.
        expect(b.next()).toBe(a.next());
      }),
      { numRuns: 50 },
    );
  });
});
