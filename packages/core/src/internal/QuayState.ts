import type { Berth } from "../Port.ts";
import { deepStretches, DeepStretchTable, leftmostInFlat, type Quay, quayExtent } from "../Quay.ts";

/** A stretch [from, to) of quay held by one ship (its extent: hull plus clearance). */
export interface Held {
  readonly call: number;
  readonly from: number;
  readonly to: number;
}

/** Where `placeOn` put a ship: its position and the length of its gap (written in place, so nothing is allocated). */
interface Placement {
  position: number;
  gap: number;
}

/**
 * `placeAmong` on a quay of `length` metres with the ship's deep stretches given flat (`DeepStretchTable.at`):
 * whether it fits, its position and gap left in `out`.
 */
const placeOn = (
  stretches: Float64Array,
  length: number,
  quay: Quay,
  held: readonly Held[],
  loa: number,
  rule: "leftmost" | "bestFit",
  out: Placement,
): boolean => {
  if (quay.maxShips !== undefined && held.length >= quay.maxShips) return false;
  const extent = quayExtent(quay, loa);
  let found = false;
  let from = 0;
  for (let k = 0; k <= held.length; k++) {
    const to = k < held.length ? held[k]!.from : length;
    const p = leftmostInFlat(stretches, from, to, loa, extent);
    if (p >= 0) {
      if (rule === "leftmost") {
        out.position = p;
        out.gap = to - from;
        return true;
      }
      if (!found || to - from < out.gap) {
        found = true;
        out.position = p;
        out.gap = to - from;
      }
    }
    if (k < held.length) from = held[k]!.to;
  }
  return found;
};

/**
 * Where a ship goes among `held` (disjoint, sorted by `from`) on a quay: the free gaps are the stretches between
 * neighbours and the quay's ends. `leftmost`: the leftmost position at which it fits; `bestFit`: the leftmost
 * position in the shortest gap it fits in (ties: the leftmost gap). `gap` is that gap's length, which the
 * dispatcher compares with the lengths of free discrete berths under best fit. Undefined when it fits nowhere.
 */
export const placeAmong = (
  berth: Berth,
  quay: Quay,
  held: readonly Held[],
  loa: number,
  draft: number,
  rule: "leftmost" | "bestFit",
): { position: number; gap: number } | undefined => {
  const out = { position: 0, gap: 0 };
  const stretches = Float64Array.from(deepStretches(berth, draft).flatMap((s) => [s.from, s.to]));
  return placeOn(stretches, berth.length, quay, held, loa, rule, out) ? out : undefined;
};

/**
 * The ships alongside one shared quay during a run, by position. A quay counts as free for the dispatcher while
 * its longest gap could take the shortest ship of the run (and it holds fewer than `maxShips`): a cheap test that
 * never says "full" when some ship could still fit.
 */
export class QuayState {
  held: Held[] = [];
  private readonly minExtent: number;
  private readonly stretches: DeepStretchTable;
  /** Where `fit` last placed a ship: its position and the length of its gap. */
  readonly placed: Placement = { position: 0, gap: 0 };

  constructor(
    readonly berth: Berth,
    readonly quay: Quay,
    shortestLoa: number,
  ) {
    this.minExtent = quayExtent(quay, shortestLoa);
    this.stretches = new DeepStretchTable(berth);
  }

  hasRoom(): boolean {
    const { held, quay } = this;
    if (quay.maxShips !== undefined && held.length >= quay.maxShips) return false;
    let from = 0;
    for (let k = 0; k <= held.length; k++) {
      const to = k < held.length ? held[k]!.from : this.berth.length;
      if (from + this.minExtent <= to) return true;
      if (k < held.length) from = held[k]!.to;
    }
    return false;
  }

  /** `placeAmong` on this quay's ships without allocating: whether the ship fits; where, in `placed`. */
  fit(loa: number, draft: number, rule: "leftmost" | "bestFit"): boolean {
    return placeOn(this.stretches.at(draft), this.berth.length, this.quay, this.held, loa, rule, this.placed);
  }

  place(loa: number, draft: number, rule: "leftmost" | "bestFit"): { position: number; gap: number } | undefined {
    return this.fit(loa, draft, rule) ? { position: this.placed.position, gap: this.placed.gap } : undefined;
  }

  // The list holds a few ships: shifting them by hand is cheaper than `splice`, which also allocates its result.
  add(call: number, position: number, loa: number): void {
    const held = this.held;
    const h = { call, from: position, to: position + quayExtent(this.quay, loa) };
    let k = held.length;
    held.push(h);
    for (; k > 0 && !(held[k - 1]!.from < position); k--) held[k] = held[k - 1]!;
    held[k] = h;
  }

  remove(call: number): void {
    const held = this.held;
    let k = 0;
    while (k < held.length && held[k]!.call !== call) k++;
    if (k === held.length) return;
    for (; k + 1 < held.length; k++) held[k] = held[k + 1]!;
    held.pop();
  }
}
