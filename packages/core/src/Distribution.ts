import type { Random } from "./Random.ts";

/**
 * A probability distribution over non-negative numbers (hours, metres, tonnes, TEU).
 * `erlang` with shape k has mean `mean` and squared coefficient of variation 1/k; `exponential` is erlang k = 1.
 */
export type Distribution =
  | { readonly kind: "deterministic"; readonly value: number }
  | { readonly kind: "exponential"; readonly mean: number }
  | { readonly kind: "erlang"; readonly k: number; readonly mean: number }
  | { readonly kind: "uniform"; readonly min: number; readonly max: number }
  | { readonly kind: "triangular"; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly kind: "empirical"; readonly values: readonly number[]; readonly weights?: readonly number[] };

const exponential = (rng: Random, mean: number): number => -mean * Math.log(1 - rng.next());

/** Draws one value. Uses a fixed number of draws per kind (k for Erlang-k, one otherwise). */
export const sample = (d: Distribution, rng: Random): number => {
  switch (d.kind) {
    case "deterministic":
      return d.value;
    case "exponential":
      return exponential(rng, d.mean);
    case "erlang": {
      // Product of uniforms: one log instead of k.
      let p = 1;
      for (let i = 0; i < d.k; i++) p *= 1 - rng.next();
      return (-d.mean / d.k) * Math.log(p);
    }
    case "uniform":
      return d.min + (d.max - d.min) * rng.next();
    case "triangular": {
      const u = rng.next();
      const { min, mode, max } = d;
      const f = (mode - min) / (max - min || 1);
      return u < f
        ? min + Math.sqrt(u * (max - min) * (mode - min))
        : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
    }
    case "empirical": {
      const u = rng.next();
      const w = d.weights;
      if (w === undefined) return d.values[Math.min(d.values.length - 1, Math.floor(u * d.values.length))]!;
      let total = 0;
      for (const x of w) total += x;
      let acc = 0;
      for (let i = 0; i < w.length; i++) {
        acc += w[i]! / total;
        if (u < acc) return d.values[i]!;
      }
      return d.values[d.values.length - 1]!;
    }
  }
};

/** The distribution's mean. */
export const meanOf = (d: Distribution): number => {
  switch (d.kind) {
    case "deterministic":
      return d.value;
    case "exponential":
    case "erlang":
      return d.mean;
    case "uniform":
      return (d.min + d.max) / 2;
    case "triangular":
      return (d.min + d.mode + d.max) / 3;
    case "empirical": {
      const n = d.values.length;
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      let m = 0;
      for (let i = 0; i < n; i++) m += (d.values[i]! * w[i]!) / total;
      return m;
    }
  }
};

/** Squared coefficient of variation Var/mean², as the queueing formulas need it. */
export const scvOf = (d: Distribution): number => {
  const m = meanOf(d);
  switch (d.kind) {
    case "deterministic":
      return 0;
    case "exponential":
      return 1;
    case "erlang":
      return 1 / d.k;
    case "uniform":
      return (d.max - d.min) ** 2 / 12 / m ** 2;
    case "triangular": {
      const { min: a, mode: c, max: b } = d;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18 / m ** 2;
    }
    case "empirical": {
      const n = d.values.length;
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      let v = 0;
      for (let i = 0; i < n; i++) v += ((d.values[i]! - m) ** 2 * w[i]!) / total;
      return v / m ** 2;
    }
  }
};
