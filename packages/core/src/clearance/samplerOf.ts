import { type Distribution, sample } from "../Distribution.ts";
import { drawAt, type Random, StreamReader } from "../Random.ts";

/**
 * `(rng) => sample(d, rng)` with the distribution's constants worked out once: the same numbers, draw for draw
 * (a property test checks it), for the clearance stage's tens of thousands of durations per run. Triangular, the
 * kind of every Jiaxing duration, gets its own closure (the formula of `sample`, same operations in the same
 * order); every other kind goes through `sample`.
 */
export const samplerOf = (d: Distribution): ((rng: Random) => number) => {
  if (d.kind !== "triangular") return (rng) => sample(d, rng);
  const { min, mode, max } = d;
  const range = max - min;
  const below = mode - min;
  const above = max - mode;
  const f = below / (range || 1);
  return (rng) => {
    const u = rng.next();
    return u < f ? min + Math.sqrt(u * range * below) : max - Math.sqrt((1 - u) * range * above);
  };
};

/**
 * One value of `d` drawn from the start of the stream `name` read by random access: the number
 * `samplerOf(d)(new StreamReader().read(name))` gives. A triangular draw reads its one uniform with `drawAt`
 * directly, with no reader in between (the clearance stage makes a few of these per cargo unit).
 */
export const streamSamplerOf = (d: Distribution): ((name: number) => number) => {
  if (d.kind !== "triangular") {
    const draw = samplerOf(d);
    const reader = new StreamReader();
    return (name) => draw(reader.read(name));
  }
  const { min, mode, max } = d;
  const range = max - min;
  const below = mode - min;
  const above = max - mode;
  const f = below / (range || 1);
  return (name) => {
    const u = drawAt(name, 0);
    return u < f ? min + Math.sqrt(u * range * below) : max - Math.sqrt((1 - u) * range * above);
  };
};
