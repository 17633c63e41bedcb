import type { Berth } from "./Port.ts";

/**
 * A shared quay (berth line): a berth that holds several ships at once, side by side by length. A ship berthed at
 * `position` (metres from the quay's start to its near end) holds [position, position + extent) of the quay for its
 * stay, where its extent is its length overall plus a safety clearance to the next ship. Its hull,
 * [position, position + loa), must lie in water at least as deep as its draft. See docs/model.md, "Shared quays".
 */
export interface Quay {
  /** Clearance a ship keeps beyond its far end, metres: `clearanceMetres + clearanceShare × loa`. */
  readonly clearanceMetres: number;
  readonly clearanceShare: number;
  /** Most ships alongside at once (e.g. the cranes or mooring points allow); absent: as many as fit by length. */
  readonly maxShips?: number;
  /**
   * Depth alongside by stretch, from the quay's start: contiguous, covering [0, length), the deepest equal to the
   * berth's `depth`. Absent: the berth's `depth` along the whole quay.
   */
  readonly depths?: readonly QuaySegment[];
}

/** A stretch [from, to) of a quay with one depth alongside, metres. */
export interface QuaySegment {
  readonly from: number;
  readonly to: number;
  readonly depth: number;
}

/** Metres of quay a ship of length `loa` holds: its length plus the clearance. */
export const quayExtent = (quay: Quay, loa: number): number => loa + (quay.clearanceMetres + quay.clearanceShare * loa);

/** The depth profile of a quay berth: its segments, or one segment of the berth's depth. */
export const depthProfile = (berth: Berth): readonly QuaySegment[] =>
  berth.quay?.depths ?? [{ from: 0, to: berth.length, depth: berth.depth }];

/**
 * Stretches [from, to) of the quay, in order, where the water is at least `draft` deep: runs of adjacent segments
 * deep enough, joined.
 */
export const deepStretches = (berth: Berth, draft: number): { from: number; to: number }[] => {
  const out: { from: number; to: number }[] = [];
  for (const s of depthProfile(berth)) {
    if (!(s.depth >= draft)) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.to === s.from) out[out.length - 1] = { from: last.from, to: s.to };
    else out.push({ from: s.from, to: s.to });
  }
  return out;
};

/**
 * The leftmost position in [from, to) of a quay of `length` metres at which a ship of length `loa`, holding
 * `extent` metres, lies entirely inside the gap and with its hull in water deep enough (`stretches` from
 * `deepStretches`); -1 when there is none.
 */
export const leftmostIn = (
  stretches: readonly { from: number; to: number }[],
  from: number,
  to: number,
  loa: number,
  extent: number,
): number => {
  for (const s of stretches) {
    const p = Math.max(from, s.from);
    if (p + extent <= to && p + loa <= s.to) return p;
  }
  return -1;
};

/** Whether a quay berth can ever take a ship of this length and draft: alone on the quay, somewhere it is deep enough. */
export const quayHolds = (berth: Berth, quay: Quay, loa: number, draft: number): boolean =>
  leftmostIn(deepStretches(berth, draft), 0, berth.length, loa, quayExtent(quay, loa)) >= 0;

const NO_STRETCHES = new Float64Array(0);

/**
 * `deepStretches(berth, draft)` for every draft, worked out once per berth: the answer only changes at the depths
 * of its segments, so there is one answer per distinct depth, held flat as [from, to, from, to, …] (shared: do not
 * modify). The run's hot paths look a ship's stretches up here instead of building them per placement.
 */
export class DeepStretchTable {
  /** The distinct segment depths, ascending; a draft in (levels[i − 1], levels[i]] has the stretches `flat[i]`. */
  private readonly depthLevels: Float64Array;
  private readonly flat: Float64Array[];

  constructor(berth: Berth) {
    const profile = depthProfile(berth);
    const depths: number[] = [];
    for (const s of profile) if (!Number.isNaN(s.depth) && !depths.includes(s.depth)) depths.push(s.depth);
    this.depthLevels = Float64Array.from(depths.sort((a, b) => a - b));
    this.flat = [];
    for (const d of depths) {
      const stretches = deepStretches(berth, d);
      const flat = new Float64Array(2 * stretches.length);
      stretches.forEach((s, k) => {
        flat[2 * k] = s.from;
        flat[2 * k + 1] = s.to;
      });
      this.flat.push(flat);
    }
  }

  /** How many answers there are: `levelOf` is in [0, levels]. */
  get levels(): number {
    return this.depthLevels.length + 1;
  }

  /** Which answer a draft has: the first level ≥ draft (a segment is deep enough when its depth ≥ draft). */
  levelOf(draft: number): number {
    const levels = this.depthLevels;
    let i = 0;
    while (i < levels.length && !(draft <= levels[i]!)) i++;
    return i;
  }

  /** The stretches of answer `level`, flat. */
  stretchesOf(level: number): Float64Array {
    return level < this.flat.length ? this.flat[level]! : NO_STRETCHES;
  }

  /** `deepStretches(berth, draft)`, flat. */
  at(draft: number): Float64Array {
    return this.stretchesOf(this.levelOf(draft));
  }
}

/** `leftmostIn` over flat stretches [from, to, from, to, …] (as `DeepStretchTable.at` gives them). */
export const leftmostInFlat = (
  stretches: Float64Array,
  from: number,
  to: number,
  loa: number,
  extent: number,
): number => {
  for (let k = 0; k < stretches.length; k += 2) {
    const p = Math.max(from, stretches[k]!);
    if (p + extent <= to && p + loa <= stretches[k + 1]!) return p;
  }
  return -1;
};

/**
 * `quayHolds` for one quay, its stretches looked up rather than built, and remembered: whether a ship fits alone is
 * monotone in its length (the extent is, in floating point too, when the clearance share is ≥ 0), so per depth level
 * the longest ship that fitted and the shortest that did not answer most calls without a search.
 */
export class QuayHoldsMemo {
  private readonly stretches: DeepStretchTable;
  /** Per level: the longest ship known to fit, the shortest known not to (NaN: none yet; NaN compares false). */
  private readonly fitsUpTo: Float64Array;
  private readonly failsFrom: Float64Array;
  private readonly monotone: boolean;

  constructor(private readonly berth: Berth) {
    this.stretches = new DeepStretchTable(berth);
    this.fitsUpTo = new Float64Array(this.stretches.levels).fill(NaN);
    this.failsFrom = new Float64Array(this.stretches.levels).fill(NaN);
    this.monotone = berth.quay!.clearanceShare >= 0;
  }

  holds(loa: number, draft: number): boolean {
    const level = this.stretches.levelOf(draft);
    if (loa <= this.fitsUpTo[level]!) return true;
    if (loa >= this.failsFrom[level]!) return false;
    const { berth } = this;
    const stretches = this.stretches.stretchesOf(level);
    const ok = leftmostInFlat(stretches, 0, berth.length, loa, quayExtent(berth.quay!, loa)) >= 0;
    if (this.monotone) {
      if (ok) {
        if (!(loa <= this.fitsUpTo[level]!)) this.fitsUpTo[level] = loa;
      } else if (!(loa >= this.failsFrom[level]!)) this.failsFrom[level] = loa;
    }
    return ok;
  }
}
