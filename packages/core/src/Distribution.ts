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

/** A function drawing from one distribution: `sample` with the distribution's constants worked out once. */
export type Sampler = (rng: Random) => number;

/**
 * `sample(d, ·)` as a function made once per distribution, for code that draws from the same distribution many
 * times (traffic generation). It returns exactly the numbers `sample` returns, with the same draws: the only work
 * moved out of the draw is what does not depend on it (differences of parameters, the weights' running sums),
 * each computed by the same operations in the same order.
 */
export const sampler = (d: Distribution): Sampler => {
  switch (d.kind) {
    case "deterministic": {
      const value = d.value;
      return () => value;
    }
    case "exponential": {
      const mean = d.mean;
      return (rng) => exponential(rng, mean);
    }
    case "erlang": {
      const k = d.k;
      const scale = -d.mean / k;
      if (k === 2) return (rng) => scale * Math.log((1 - rng.next()) * (1 - rng.next()));
      return (rng) => {
        let p = 1;
        for (let i = 0; i < k; i++) p *= 1 - rng.next();
        return scale * Math.log(p);
      };
    }
    case "uniform": {
      const { min } = d;
      const width = d.max - d.min;
      return (rng) => min + width * rng.next();
    }
    case "triangular": {
      const { min, mode, max } = d;
      const width = max - min;
      const f = (mode - min) / (width || 1);
      const left = mode - min;
      const right = max - mode;
      return (rng) => {
        const u = rng.next();
        return u < f ? min + Math.sqrt(u * width * left) : max - Math.sqrt((1 - u) * width * right);
      };
    }
    case "empirical": {
      const values = d.values;
      const w = d.weights;
      if (w === undefined) return (rng) => values[Math.min(values.length - 1, Math.floor(rng.next() * values.length))]!;
      let total = 0;
      for (const x of w) total += x;
      // The running sums `sample` compares u with, added in the same order.
      const bounds = new Float64Array(w.length);
      let acc = 0;
      for (let i = 0; i < w.length; i++) bounds[i] = acc += w[i]! / total;
      return (rng) => {
        const u = rng.next();
        for (let i = 0; i < bounds.length; i++) if (u < bounds[i]!) return values[i]!;
        return values[values.length - 1]!;
      };
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
