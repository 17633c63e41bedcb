import type { Berth } from "../Port.ts";
import { quayExtent } from "../Quay.ts";
import type { VesselCall } from "../VesselCall.ts";
import type { BerthState } from "./BerthState.ts";
import { type Held, placeAmong } from "./QuayState.ts";
import type { UsableBerths } from "./UsableBerths.ts";
import type { WaitingList } from "./WaitingList.ts";

/** What the count reads of a run (simulate's state; see simulate.ts). */
export interface OvertakingRun {
  readonly calls: readonly VesselCall[];
  readonly berths: readonly Berth[];
  readonly state: BerthState;
  readonly waiting: WaitingList;
  readonly usableBerths: UsableBerths;
  readonly usableId: Int32Array;
  /** Bit masks of usable berths apply (at most 31 berths). */
  readonly useMasks: boolean;
  readonly hasQuays: boolean;
  readonly berthOf: Int32Array;
  readonly endOf: Float64Array;
  /** Read only at quays (`hasQuays`), where it is kept. */
  readonly positionOf: Float64Array | undefined;
  /** Written: ships overtaking each call. */
  readonly overtaken: Int32Array;
}

/**
 * The overtaking count (`CallRecord.overtaken`). Once an instant t is over, each ship still waiting is overtaken
 * once for every ship that arrived after it and was berthed at t at a berth it could use then (open for its
 * whole stay). Counted when the instant is over, so a ship berthed at the same instant as a later arrival (even
 * in a later dispatch round) is not overtaken.
 */
export class Overtaking {
  // The ships berthed at `time` are berthedAt[0 … pending): the array is reused, never shrunk (an array whose
  // length is set to 0 drops its storage, and this one refills at nearly every instant).
  private readonly berthedAt: number[] = [];
  /** Ships berthed at `time` not yet counted. */
  pending = 0;
  /** The instant of the last berthing. */
  time = -Infinity;

  constructor(private readonly run: OvertakingRun) {}

  /** Ship i was berthed at t. */
  berthed(i: number, t: number): void {
    this.berthedAt[this.pending++] = i;
    this.time = t;
  }

  /** Counts the berthings of the last instant (call once it is over). */
  flush(): void {
    if (this.pending > 0) this.count();
    this.pending = 0;
  }

  // Reads the instant from `time` rather than taking it: a double passed to a call that is not inlined is boxed
  // (a heap number per instant).
  private count(): void {
    const t = this.time;
    const { waiting, berthOf, usableId, useMasks, hasQuays, state, calls, overtaken } = this.run;
    const { masks, lists } = this.run.usableBerths;
    const berthedAt = this.berthedAt;
    for (let q = 0; q < waiting.size; q++) {
      const other = waiting.at(q);
      if (berthOf[other]! >= 0) continue;
      const id = usableId[other]!;
      for (let k = 0; k < this.pending; k++) {
        const i = berthedAt[k]!;
        if (other >= i) continue;
        const j = berthOf[i]!;
        if (useMasks ? (masks[id]! & (1 << j)) === 0 : !lists[id]!.includes(j)) continue;
        if (hasQuays && state.quayOf(j) !== undefined && !this.fitsInPlaceOf(j, other, i, t)) continue;
        if (state.openFor(j, t, calls[other]!)) overtaken[other]!++;
      }
    }
  }

  // At a quay, `other` could have used the berth of ship x only if it fits there with x gone: among the ships
  // alongside at the end of the instant, counting those berthed at t that already left (zero handling time).
  private fitsInPlaceOf(j: number, other: number, x: number, t: number): boolean {
    const { state, berthOf, endOf, calls, berths } = this.run;
    const positionOf = this.run.positionOf!;
    const quay = state.quayOf(j)!;
    const held: Held[] = quay.held.filter((h) => h.call !== x);
    for (let k = 0; k < this.pending; k++) {
      const i = this.berthedAt[k]!;
      if (i !== x && berthOf[i] === j && !(endOf[i]! > t))
        held.push({ call: i, from: positionOf[i]!, to: positionOf[i]! + quayExtent(quay.quay, calls[i]!.loa) });
    }
    held.sort((a, b) => a.from - b.from);
    return placeAmong(berths[j]!, quay.quay, held, calls[other]!.loa, calls[other]!.draft, "leftmost") !== undefined;
  }
}
