import type { Berth } from "../Port.ts";
import { serviceHours } from "../serviceTime.ts";
import type { VesselCall } from "../VesselCall.ts";

/**
 * Which berths are free during a run, since when, and which call holds each busy one. A berth is available to a
 * ship at t when it is free and none of its closures overlaps [t, t + berthing and service time): closures are
 * planned, so a ship is not berthed where it could not finish before the berth closes.
 */
export class BerthState {
  private readonly free: Uint8Array;
  /** The free berths as a bit set (bit j = berth j), kept when there are at most 31 berths; see `chooseIn`. */
  private freeMask: number;
  private readonly hasClosures: Uint8Array;
  private readonly freeSince: Float64Array;
  private readonly occupant: Int32Array;
  private readonly index = new Map<string, number>();
  freeCount: number;

  /** `shiftHours`: the port's berthing time, part of the time a ship holds a berth. */
  constructor(
    private readonly berths: readonly Berth[],
    private readonly shiftHours: number,
  ) {
    this.free = new Uint8Array(berths.length).fill(1);
    this.freeMask = berths.length <= 31 ? 2 ** berths.length - 1 : 0;
    this.hasClosures = Uint8Array.from(berths, (b) => (b.closures === undefined ? 0 : 1));
    this.freeSince = new Float64Array(berths.length);
    this.occupant = new Int32Array(berths.length).fill(-1);
    berths.forEach((b, j) => this.index.set(b.id, j));
    this.freeCount = berths.length;
  }

  indexOf(id: string): number {
    return this.index.get(id)!;
  }

  occupantOf(j: number): number {
    return this.occupant[j]!;
  }

  occupy(j: number, call: number): void {
    this.free[j] = 0;
    if (j < 31) this.freeMask &= ~(1 << j);
    this.occupant[j] = call;
    this.freeCount--;
  }

  release(j: number, t: number): void {
    this.free[j] = 1;
    if (j < 31) this.freeMask |= 1 << j;
    this.freeSince[j] = t;
    this.occupant[j] = -1;
    this.freeCount++;
  }

  /** Whether berth j can take `call` at t: free, and open for the whole berthing and service time. */
  availableFor(j: number, t: number, call: VesselCall): boolean {
    if (this.free[j] === 0) return false;
    // The ship's time alongside is only needed, and only computed, when the berth has closures.
    return this.openFor(j, t, call);
  }

  /** Whether no closure of berth j overlaps `call`'s berthing and service from t (occupancy aside). */
  openFor(j: number, t: number, call: VesselCall): boolean {
    if (this.hasClosures[j] === 0) return true;
    const berth = this.berths[j]!;
    const closures = berth.closures!;
    const duration = this.shiftHours + serviceHours(berth, call);
    for (const c of closures) if (c.start < t + duration && c.end > t) return false;
    return true;
  }

  /**
   * The berth `call` takes among its `candidates` (berth indices), or -1 when none is available.
   * A free berth in the call's home area comes first; then `earliestFree`: the one free longest; `bestFit`: the
   * shortest. Remaining ties: lowest index (berth id order).
   */
  choose(candidates: readonly number[], t: number, call: VesselCall, choice: "earliestFree" | "bestFit"): number {
    let best = -1;
    for (let k = 0; k < candidates.length; k++) {
      const j = candidates[k]!;
      if (!this.availableFor(j, t, call)) continue;
      if (best < 0 || this.better(j, best, choice, call.homeArea)) best = j;
    }
    return best;
  }

  /**
   * `choose` for candidates given as a bit set (bit j = berth j), for ports of at most 31 berths: only the free
   * candidates are looked at. Same answer as `choose` on the same berths (`better` is a strict total order).
   */
  chooseIn(candidates: number, t: number, call: VesselCall, choice: "earliestFree" | "bestFit"): number {
    let best = -1;
    for (let m = candidates & this.freeMask; m !== 0; m &= m - 1) {
      const j = 31 - Math.clz32(m & -m);
      if (!this.openFor(j, t, call)) continue;
      if (best < 0 || this.better(j, best, choice, call.homeArea)) best = j;
    }
    return best;
  }

  private better(j: number, k: number, choice: "earliestFree" | "bestFit", home: string | undefined): boolean {
    // With a port-wide queue a ship may use any area's berths, but takes a free one in its home area first.
    if (home !== undefined) {
      const jHome = this.berths[j]!.area === home;
      if (jHome !== (this.berths[k]!.area === home)) return jHome;
    }
    if (choice === "bestFit") {
      const dl = this.berths[j]!.length - this.berths[k]!.length;
      if (dl !== 0) return dl < 0;
    }
    const df = this.freeSince[j]! - this.freeSince[k]!;
    if (df !== 0) return df < 0;
    return j < k;
  }
}
