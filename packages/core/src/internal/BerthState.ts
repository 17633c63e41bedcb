import type { Berth } from "../Port.ts";

/**
 * Which berths are free during a run, since when, and which call holds each busy one. A berth is available to a
 * ship at t when it is free and none of its closures overlaps [t, t + berthing and service time): closures are
 * planned, so a ship is not berthed where it could not finish before the berth closes.
 */
export class BerthState {
  private readonly free: boolean[];
  private readonly freeSince: Float64Array;
  private readonly occupant: Int32Array;
  private readonly index = new Map<string, number>();
  freeCount: number;

  constructor(private readonly berths: readonly Berth[]) {
    this.free = berths.map(() => true);
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
    this.free[j] = false;
    this.occupant[j] = call;
    this.freeCount--;
  }

  release(j: number, t: number): void {
    this.free[j] = true;
    this.freeSince[j] = t;
    this.occupant[j] = -1;
    this.freeCount++;
  }

  availableFor(j: number, t: number, duration: number): boolean {
    if (!this.free[j]) return false;
    const closures = this.berths[j]!.closures;
    if (closures === undefined) return true;
    for (const c of closures) if (c.start < t + duration && c.end > t) return false;
    return true;
  }

  /**
   * The berth a ship takes among its `candidates` (berth indices), or -1 when none is available.
   * `earliestFree`: the one free longest; `bestFit`: the shortest. Remaining ties: lowest index (berth id order).
   */
  choose(
    candidates: readonly number[],
    t: number,
    occupiedHours: (berth: Berth) => number,
    choice: "earliestFree" | "bestFit",
  ): number {
    let best = -1;
    for (const j of candidates) {
      if (!this.free[j]) continue;
      if (!this.availableFor(j, t, occupiedHours(this.berths[j]!))) continue;
      if (best < 0 || this.better(j, best, choice)) best = j;
    }
    return best;
  }

  private better(j: number, k: number, choice: "earliestFree" | "bestFit"): boolean {
    if (choice === "bestFit") {
      const dl = this.berths[j]!.length - this.berths[k]!.length;
      if (dl !== 0) return dl < 0;
    }
    const df = this.freeSince[j]! - this.freeSince[k]!;
    if (df !== 0) return df < 0;
    return j < k;
  }
}
