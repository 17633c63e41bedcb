import type { Berth } from "../Port.ts";
import { serviceHours } from "../serviceTime.ts";
import type { VesselCall } from "../VesselCall.ts";
import { AreaMasks } from "./AreaMasks.ts";
import { QuayState } from "./QuayState.ts";

/**
 * Which berths are free during a run, and since when. A berth is available to a
 * ship at t when it is free and none of its closures overlaps [t, t + berthing and service time): closures are
 * planned, so a ship is not berthed where it could not finish before the berth closes.
 * A shared quay (a berth with `quay`) holds several ships; it counts as free while some ship could still fit
 * (see QuayState), and a ship is available to it only where it fits (its position is left in `position`).
 */
export class BerthState {
  private readonly free: Uint8Array;
  /** The free berths as a bit set (bit j = berth j), kept when there are at most 31 berths; see `chooseIn`. */
  private freeMask: number;
  private readonly hasClosures: Uint8Array;
  private readonly freeSince: Float64Array;
  private readonly index = new Map<string, number>();
  /** The quays' states by berth index, or undefined when the port has no quay (the usual case). */
  readonly quays: (QuayState | undefined)[] | undefined;
  /** Per berth, the length best fit compares: the berth's, or for a quay the gap `choose` last found for a ship. */
  private readonly fitLength: Float64Array;
  /** Per quay, the position `choose` last found for a ship (metres from the quay's start); 0 at a discrete berth. */
  readonly position: Float64Array;
  freeCount: number;
  /** Bit sets (bit j = berth j, for ports of at most 31 berths): the berths with closures, and the shared quays. */
  private readonly closedMask: number;
  private readonly quayMask: number;
  /** The areas' names and, for each, its berths as a bit set. */
  private readonly areaMasks: AreaMasks;

  /**
   * `shiftHours`: the port's berthing time, part of the time a ship holds a berth. `shortestLoa`: the shortest
   * ship of the run, below which a quay's gaps count as full.
   */
  constructor(
    private readonly berths: readonly Berth[],
    private readonly shiftHours: number,
    shortestLoa = 0,
  ) {
    const n = berths.length;
    this.free = new Uint8Array(n).fill(1);
    this.freeMask = n <= 31 ? 2 ** n - 1 : 0;
    this.hasClosures = new Uint8Array(n);
    this.freeSince = new Float64Array(n);
    this.freeCount = n;
    this.fitLength = new Float64Array(n);
    this.position = new Float64Array(n);
    let closedMask = 0;
    let quayMask = 0;
    berths.forEach((b, j) => {
      this.index.set(b.id, j);
      this.hasClosures[j] = b.closures === undefined ? 0 : 1;
      this.fitLength[j] = b.length;
      if (j >= 31) return;
      if (b.closures !== undefined) closedMask |= 1 << j;
      if (b.quay !== undefined) quayMask |= 1 << j;
    });
    this.areaMasks = new AreaMasks(berths);
    this.closedMask = closedMask;
    this.quayMask = quayMask;
    this.quays = berths.some((b) => b.quay !== undefined)
      ? berths.map((b) => (b.quay === undefined ? undefined : new QuayState(b, b.quay, shortestLoa)))
      : undefined;
  }

  /** The quay state of berth j, or undefined for a discrete berth. */
  quayOf(j: number): QuayState | undefined {
    return this.quays === undefined ? undefined : this.quays[j];
  }

  /**
   * The berths with room now as a bit set (bit j = berth j; ports of at most 31 berths): a dispatcher can skip a ship
   * whose usable berths (`UsableBerths.masks`) miss it without calling `chooseIn`, which then returns -1.
   */
  get freeBits(): number {
    return this.freeMask;
  }

  /** Whether berth j has room now (a discrete berth: empty; a quay: some ship of the run could still fit). */
  isFree(j: number): boolean {
    return this.free[j] === 1;
  }

  /** Whether the port has a berth of this id. */
  has(id: string): boolean {
    return this.index.has(id);
  }

  indexOf(id: string): number {
    return this.index.get(id)!;
  }

  /** Call `call` (length overall `loa`) takes berth j; at a quay, at the position `choose` found for it. */
  occupy(j: number, call: number, loa: number): void {
    // Discrete berths first, inline: this is the kernel's hot path.
    const quay = this.quays === undefined ? undefined : this.quays[j];
    if (quay !== undefined) {
      quay.add(call, this.position[j]!, loa);
      if (quay.hasRoom() || this.free[j] === 0) return;
    }
    this.free[j] = 0;
    if (j < 31) this.freeMask &= ~(1 << j);
    this.freeCount--;
  }

  /** Call `call` leaves berth j at t. */
  release(j: number, t: number, call: number): void {
    this.freeSince[j] = t;
    const quay = this.quays === undefined ? undefined : this.quays[j];
    if (quay !== undefined) {
      quay.remove(call);
      if (this.free[j] === 1 || !quay.hasRoom()) return;
    }
    this.free[j] = 1;
    if (j < 31) this.freeMask |= 1 << j;
    this.freeCount++;
  }

  /**
   * Whether berth j can take `call` at t: free, open for the whole berthing and service time, and, at a quay, with
   * room for it (`choice` places it; the position is left in `position[j]`).
   */
  availableFor(j: number, t: number, call: VesselCall, choice: "earliestFree" | "bestFit"): boolean {
    if (this.free[j] === 0) return false;
    // The ship's time alongside is only needed, and only computed, when the berth has closures.
    return this.openFor(j, t, call) && this.roomFor(j, call, choice);
  }

  /** At a quay, whether `call` fits now (noting its position and gap); always true at a discrete berth. */
  private roomFor(j: number, call: VesselCall, choice: "earliestFree" | "bestFit"): boolean {
    const quay = this.quays === undefined ? undefined : this.quays[j];
    if (quay === undefined) return true;
    if (!quay.fit(call.loa, call.draft, choice === "bestFit" ? "bestFit" : "leftmost")) return false;
    this.position[j] = quay.placed.position;
    this.fitLength[j] = quay.placed.gap;
    return true;
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
   * A free berth in the call's home area comes first; then `earliestFree`: the one free longest (at a quay: whose
   * last ship left longest ago); `bestFit`: the shortest (at a quay: the shortest gap the ship fits in). Remaining
   * ties: lowest index (berth id order). At a quay the ship goes to the leftmost position it fits (`earliestFree`)
   * or the leftmost position in the shortest gap it fits (`bestFit`); the chosen berth's is `position[j]`.
   */
  choose(candidates: readonly number[], t: number, call: VesselCall, choice: "earliestFree" | "bestFit"): number {
    let best = -1;
    for (let k = 0; k < candidates.length; k++) {
      const j = candidates[k]!;
      if (!this.availableFor(j, t, call, choice)) continue;
      if (best < 0 || this.better(j, best, choice, call.homeArea)) best = j;
    }
    return best;
  }

  /**
   * `choose` for candidates given as a bit set (bit j = berth j), for ports of at most 31 berths: only the free
   * candidates are looked at. Same answer as `choose` on the same berths (`better` is a strict total order).
   */
  chooseIn(candidates: number, t: number, call: VesselCall, choice: "earliestFree" | "bestFit"): number {
    const free = candidates & this.freeMask;
    if (free === 0) return -1;
    return this.chooseInHome(free, this.homeMask(call.homeArea), t, call, choice);
  }

  /**
   * `chooseIn` with the call's home berths given (`homeMask(call.homeArea)`), for a caller that keeps them per call
   * rather than look the area up at every dispatch.
   */
  chooseInHome(
    candidates: number,
    home: number,
    t: number,
    call: VesselCall,
    choice: "earliestFree" | "bestFit",
  ): number {
    const free = candidates & this.freeMask;
    if (free === 0) return -1;
    // A free berth in the home area beats any other (see `better`), so the home berths are looked at first, alone.
    if ((free & home) !== 0) {
      const j = this.bestIn(free & home, t, call, choice);
      if (j >= 0) return j;
    }
    return this.bestIn(free & ~home, t, call, choice);
  }

  /** The berths of area `area` as a bit set (for ports of at most 31 berths); none for no area. */
  homeMask(area: string | undefined): number {
    return this.areaMasks.of(area);
  }

  /**
   * The best available berth in the bit set `m` of free berths by `better` without its home-area rule (the caller
   * splits by area), or -1. Berths come in ascending index order, so a tie keeps the one found first.
   */
  private bestIn(m: number, t: number, call: VesselCall, choice: "earliestFree" | "bestFit"): number {
    const fitLength = this.fitLength;
    const freeSince = this.freeSince;
    const bestFit = choice === "bestFit";
    let best = -1;
    for (; m !== 0; m &= m - 1) {
      const bit = m & -m;
      const j = 31 - Math.clz32(bit);
      if ((this.closedMask & bit) !== 0 && !this.openFor(j, t, call)) continue;
      if ((this.quayMask & bit) !== 0 && !this.roomFor(j, call, choice)) continue;
      if (best >= 0) {
        // `better(j, best)` less the home-area rule, with the same arithmetic (a difference that is NaN decides).
        if (bestFit) {
          const dl = fitLength[j]! - fitLength[best]!;
          if (dl !== 0) {
            if (dl < 0) best = j;
            continue;
          }
        }
        const df = freeSince[j]! - freeSince[best]!;
        if (df < 0) best = j;
      } else best = j;
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
      const dl = this.fitLength[j]! - this.fitLength[k]!;
      if (dl !== 0) return dl < 0;
    }
    const df = this.freeSince[j]! - this.freeSince[k]!;
    if (df !== 0) return df < 0;
    return j < k;
  }
}
