/**
 * Seeded pseudo-random numbers. The core never calls Math.random: every random draw comes from a `Random`
 * created here from a seed and a stream name, so that adding a traffic stream does not shift the numbers of
 * another one, and so that every rule set compared on one seed sees exactly the same ships.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), 128-bit state, passes PractRand;
 * seeded through splitmix32 from a 32-bit hash of (seed, stream name). For streams read by random access, see
 * `drawAt` below.
 */
export interface Random {
  /** Uniform on [0, 1). */
  next(): number;
}

/** FNV-1a over the characters of a string, continuing from the hash state `h`. */
const fnv1a = (h: number, text: string): number => {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};

/** FNV-1a over the characters of a string, mixed with a seed. */
const hashString = (seed: number, text: string): number => fnv1a((0x811c9dc5 ^ seed) >>> 0, text);

const splitmix32 = (state: number): (() => number) => {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
};

// The state is kept as int32 (`| 0`), not as the uint32 values of the reference code: the bits are the same, and
// V8 keeps int32 fields unboxed, where uint32 values above 2^31 are doubles in heap boxes (≈ 4× slower per draw).
class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed32: number) {
    const init = splitmix32(seed32);
    this.a = init() | 0;
    this.b = init() | 0;
    this.c = init() | 0;
    this.d = 1;
    // Discard the first outputs, as the author recommends, so near seeds diverge.
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) / 4294967296;
  }
}

/** A generator for one named stream of one seed. Same (seed, name) ⇒ same numbers, everywhere. */
export const createRandom = (seed: number, stream: string): Random => new Sfc32(hashString(seed >>> 0, stream));

/**
 * A stream name built piece by piece, for code that names thousands of streams per run and should not build (and
 * hash again) each name: `extendStreamName(streamName(seed, a), b)` names the stream `createRandom(seed, a + b)`
 * draws from. The value is the 32-bit hash of (seed, the name so far).
 */
export const streamName = (seed: number, start: string): number => hashString(seed >>> 0, start);

/** The stream name `name` followed by `text` (see `streamName`). */
export const extendStreamName = (name: number, text: string): number => fnv1a(name, text);

/** Chris Wellons' lowbias32 (2022 constants): a bijection on 32-bit integers with very low avalanche bias. */
const lowbias32 = (x: number): number => {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x >>> 0;
};

/*
 * Random access into streams (counter-based, in the manner of splitmix and Philox): the i-th number of a stream
 * is computed from (name, i) alone, with no generator state. For a stage that draws a few numbers from each of
 * thousands of small streams and skips the ones it does not need: skipping moves no other draw, so common random
 * numbers survive it. These are not the numbers `createRandom` gives for the same name.
 */

/**
 * The i-th (i = 0, 1, …) uniform on [0, 1) of the stream `name`, by random access: the mix of the stream's Weyl
 * sequence name + (i + 1)φ, as in splitmix. Names are hashes already, so they are not mixed again.
 */
export const drawAt = (name: number, i: number): number => lowbias32((name + Math.imul(i + 1, 0x9e3779b9)) >>> 0) / 4294967296;

/** The name of sub-stream `i` (i = 0, 1, …) of the stream `name`: a stream name like any other. */
export const subStreamName = (name: number, i: number): number =>
  lowbias32(((name ^ 0x5bd1e995) + Math.imul(i + 1, 0x7f4a7c15)) >>> 0);

/**
 * A `Random` reading one stream by random access from its start, for `sample` and its like; `read(name)` turns it
 * to another stream, so one object serves a whole run: `reader.read(name).next()` is `drawAt(name, 0)`, and so on.
 */
export class StreamReader implements Random {
  private name = 0;
  private i = 0;

  read(name: number): this {
    this.name = name;
    this.i = 0;
    return this;
  }

  next(): number {
    return drawAt(this.name, this.i++);
  }
}

/** The seed of replication `k` (0-based) of a run seeded with `seed`; replications are independent streams. */
export const replicationSeed = (seed: number, k: number): number => hashString(seed >>> 0, `replication/${k}`);
