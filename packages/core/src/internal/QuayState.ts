import type { Berth } from "../Port.ts";
import { deepStretches, leftmostIn, type Quay, quayExtent } from "../Quay.ts";

/** A stretch [from, to) of quay held by one ship (its extent: hull plus clearance). */
export interface Held {
  readonly call: number;
  readonly from: number;
  readonly to: number;
}

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
  if (quay.maxShips !== undefined && held.length >= quay.maxShips) return undefined;
  const extent = quayExtent(quay, loa);
  const stretches = deepStretches(berth, draft);
  let best: { position: number; gap: number } | undefined;
  let from = 0;
  for (let k = 0; k <= held.length; k++) {
    const to = k < held.length ? held[k]!.from : berth.length;
    const p = leftmostIn(stretches, from, to, loa, extent);
    if (p >= 0) {
      if (rule === "leftmost") return { position: p, gap: to - from };
      if (best === undefined || to - from < best.gap) best = { position: p, gap: to - from };
    }
    if (k < held.length) from = held[k]!.to;
  }
  return best;
};

/**
 * The ships alongside one shared quay during a run, by position. A quay counts as free for the dispatcher while
 * its longest gap could take the shortest ship of the run (and it holds fewer than `maxShips`): a cheap test that
 * never says "full" when some ship could still fit.
 */
export class QuayState {
  held: Held[] = [];
  private readonly minExtent: number;

  constructor(
    readonly berth: Berth,
    readonly quay: Quay,
    shortestLoa: number,
  ) {
    this.minExtent = quayExtent(quay, shortestLoa);
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

  place(loa: number, draft: number, rule: "leftmost" | "bestFit"): { position: number; gap: number } | undefined {
    return placeAmong(this.berth, this.quay, this.held, loa, draft, rule);
  }

  add(call: number, position: number, loa: number): void {
    const h = { call, from: position, to: position + quayExtent(this.quay, loa) };
    let k = 0;
    while (k < this.held.length && this.held[k]!.from < position) k++;
    this.held.splice(k, 0, h);
  }

  remove(call: number): void {
    const k = this.held.findIndex((h) => h.call === call);
    if (k >= 0) this.held.splice(k, 1);
  }
}
