import { describe, expect, it } from "vitest";
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
