/**
 * Seeded pseudo-random numbers. The core never calls Math.random: every random draw comes from a `Random`
 * created here from a seed and a stream name, so that adding a traffic stream does not shift the numbers of
 * another one, and so that every rule set compared on one seed sees exactly the same ships.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), 128-bit state, passes PractRand;
 * seeded through splitmix32 from a 32-bit hash of (seed, stream name).
 */
export interface Random {
  /** Uniform on [0, 1). */
  next(): number;
}

/** FNV-1a over the characters of a string, mixed with a seed. */
const hashString = (seed: number, text: string): number => {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};

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

/** The seed of replication `k` (0-based) of a run seeded with `seed`; replications are independent streams. */
export const replicationSeed = (seed: number, k: number): number => hashString(seed >>> 0, `replication/${k}`);
