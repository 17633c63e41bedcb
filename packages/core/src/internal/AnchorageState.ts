import type { Anchorage } from "../Port.ts";
import type { AnchorageSeries } from "../SimulationResult.ts";
import { BucketMax, bucketHoursFor } from "./BucketMax.ts";
import { TimeWeighted } from "./TimeWeighted.ts";

/** Where a waiting ship is: an anchorage index, or OUTSIDE when the anchorages of its kind were full. */
export const OUTSIDE = -1;

/** Where a call waited: not at anchor (it berthed at once, or was rejected), or open water. */
export const NOWHERE = -2;

/**
 * Where call i waits (an anchorage index, OUTSIDE or NOWHERE) in a run's `whereWaits`, which a port without
 * anchorages does not keep: there every call is NOWHERE.
 */
export const whereAt = (whereWaits: Int32Array | undefined, i: number): number =>
  whereWaits === undefined ? NOWHERE : whereWaits[i]!;

/**
 * The anchorages during a run. Dangerous-goods ships wait at dangerous-goods anchorages, every other ship at
 * general ones; within a kind the first anchorage (port order) with room in the ship's home area is used, else
 * the first with room anywhere. A ship that finds them all full waits outside, and moves in (first come, first in)
 * when a place of its kind frees.
 * A kind with no anchorage at all holds ships in open water: they are not "outside", they are nowhere.
 * A ship outside is counted against the anchorage it would have used first (its home area's of its kind, else the
 * first of its kind): an anchorage is over capacity while any ship waits outside for it.
 */
export class AnchorageState {
  private readonly occupancy: number[];
  private readonly trackers: TimeWeighted[];
  private readonly outside: [number[], number[]] = [[], []]; // call indices, per kind: [general, DG]
  private readonly outsideSince = new Map<number, number>();
  private readonly outsideFor = new Map<number, number>();
  private readonly outsideCount: number[];
  private readonly overTrackers: TimeWeighted[];
  private readonly occupancySeries: BucketMax[];
  private readonly outsideSeries: BucketMax[];
  private readonly bucketHours: number;
  readonly outsideHours = new Map<number, number>();
  readonly outsideTracker: TimeWeighted;
  /** Whether there is an anchorage of each kind (a kind without one holds its ships in open water). */
  private readonly hasGeneral: boolean;
  private readonly hasDangerousGoods: boolean;

  constructor(
    private readonly anchorages: readonly Anchorage[],
    warmup: number,
    horizon: number,
  ) {
    this.occupancy = anchorages.map(() => 0);
    this.trackers = anchorages.map((a) => new TimeWeighted(warmup, horizon, a.capacity));
    this.outsideCount = anchorages.map(() => 0);
    this.overTrackers = anchorages.map(() => new TimeWeighted(warmup, horizon, 1));
    this.bucketHours = bucketHoursFor(horizon);
    this.occupancySeries = anchorages.map(() => new BucketMax(this.bucketHours, horizon));
    this.outsideSeries = anchorages.map(() => new BucketMax(this.bucketHours, horizon));
    this.outsideTracker = new TimeWeighted(warmup, horizon);
    this.hasGeneral = anchorages.some((a) => a.kind !== "dangerousGoods");
    this.hasDangerousGoods = anchorages.some((a) => a.kind === "dangerousGoods");
  }

  /** The first anchorage (port order) of the kind, in `area` when given, and with room when `room`; -1 if none. */
  private firstOf(dg: boolean, area: string | undefined, room: boolean): number {
    const anchorages = this.anchorages;
    for (let j = 0; j < anchorages.length; j++) {
      const a = anchorages[j]!;
      if ((a.kind === "dangerousGoods") !== dg) continue;
      if (area !== undefined && a.area !== area) continue;
      if (room && !(this.occupancy[j]! < a.capacity)) continue;
      return j;
    }
    return -1;
  }

  /** Places a ship that starts waiting; returns the anchorage index, OUTSIDE, or undefined (open water). */
  enter(t: number, call: number, dg: boolean, homeArea?: string): number | undefined {
    if (!(dg ? this.hasDangerousGoods : this.hasGeneral)) return undefined;
    // An anchorage of the ship's home area first, then any other of its kind.
    let i = homeArea === undefined ? -1 : this.firstOf(dg, homeArea, true);
    if (i < 0) i = this.firstOf(dg, undefined, true);
    if (i >= 0) {
      this.occupancy[i]!++;
      this.trackers[i]!.set(t, this.occupancy[i]!);
      this.occupancySeries[i]!.set(t, this.occupancy[i]!);
      return i;
    }
    let wanted = homeArea === undefined ? -1 : this.firstOf(dg, homeArea, false);
    if (wanted < 0) wanted = this.firstOf(dg, undefined, false);
    this.outsideFor.set(call, wanted);
    this.countOutside(t, wanted, +1);
    this.outside[dg ? 1 : 0].push(call);
    this.outsideSince.set(call, t);
    this.outsideTracker.set(t, this.outsideTracker.current + 1);
    return OUTSIDE;
  }

  /**
   * A ship leaves for a berth from `where`. When it frees an anchorage place, the first ship of that kind still
   * outside moves in; that ship's index is returned so the caller can note where it now is.
   */
  leave(t: number, call: number, where: number | undefined): { moved: number; to: number } | undefined {
    if (where === undefined) return undefined;
    if (where === OUTSIDE) {
      for (const q of this.outside) {
        const k = q.indexOf(call);
        if (k >= 0) q.splice(k, 1);
      }
      this.closeOutside(t, call);
      return undefined;
    }
    const a = this.anchorages[where]!;
    const q = this.outside[a.kind === "dangerousGoods" ? 1 : 0];
    const next = q.shift();
    if (next !== undefined) {
      this.closeOutside(t, next);
      return { moved: next, to: where };
    }
    this.occupancy[where]!--;
    this.trackers[where]!.set(t, this.occupancy[where]!);
    this.occupancySeries[where]!.set(t, this.occupancy[where]!);
    return undefined;
  }

  private countOutside(t: number, j: number, delta: number): void {
    this.outsideCount[j]! += delta;
    this.overTrackers[j]!.set(t, this.outsideCount[j]!);
    this.outsideSeries[j]!.set(t, this.outsideCount[j]!);
  }

  private closeOutside(t: number, call: number): void {
    const since = this.outsideSince.get(call)!;
    this.outsideSince.delete(call);
    this.countOutside(t, this.outsideFor.get(call)!, -1);
    this.outsideFor.delete(call);
    this.outsideHours.set(call, t - since);
    this.outsideTracker.set(t, this.outsideTracker.current - 1);
  }

  /** Summaries per anchorage over the observation window; ships still outside are counted to the horizon. */
  finish(horizon: number): { id: string; mean: number; max: number; hoursAtCapacity: number; hoursOverCapacity: number }[] {
    for (const [call, since] of this.outsideSince) this.outsideHours.set(call, horizon - since);
    return this.anchorages.map((a, i) => {
      const s = this.trackers[i]!.finish();
      const over = this.overTrackers[i]!.finish().hoursAtThreshold;
      return { id: a.id, mean: s.mean, max: s.max, hoursAtCapacity: s.hoursAtThreshold, hoursOverCapacity: over };
    });
  }

  /** The occupancy series of each anchorage (call once, after `finish`). */
  series(): AnchorageSeries[] {
    return this.anchorages.map((a, i) => ({
      id: a.id,
      capacity: a.capacity,
      bucketHours: this.bucketHours,
      occupancy: this.occupancySeries[i]!.finish(),
      outside: this.outsideSeries[i]!.finish(),
    }));
  }
}
