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

class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed32: number) {
    const init = splitmix32(seed32);
    this.a = init();
    this.b = init();
    this.c = init();
    this.d = 1;
    // Discard the first outputs, as the author recommends, so near seeds diverge.
    for (let i = 0; i < 12; i++) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }
}

/** A generator for one named stream of one seed. Same (seed, name) ⇒ same numbers, everywhere. */
export const createRandom = (seed: number, stream: string): Random => new Sfc32(hashString(seed >>> 0, stream));

/**
 * A stream name built piece by piece, for code that opens thousands of streams per run and should not build (and
 * hash again) each name: `openStream(extendStreamName(streamName(seed, a), b))` gives the same numbers as
 * `createRandom(seed, a + b)`. The value is the 32-bit hash of (seed, the name so far).
 */
export const streamName = (seed: number, start: string): number => hashString(seed >>> 0, start);

/** The stream name `name` followed by `text` (see `streamName`). */
export const extendStreamName = (name: number, text: string): number => fnv1a(name, text);

/** The generator of a stream named with `streamName` / `extendStreamName`. */
export const openStream = (name: number): Random => new Sfc32(name);

/** The seed of replication `k` (0-based) of a run seeded with `seed`; replications are independent streams. */
export const replicationSeed = (seed: number, k: number): number => hashString(seed >>> 0, `replication/${k}`);
