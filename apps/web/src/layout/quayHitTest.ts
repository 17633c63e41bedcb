import { bisector } from "d3";
import { type QuayCall, quayBox } from "./quay.ts";
import type { QuayRow } from "./quayRows.ts";

/** A served call placed on its quay: berthing start and end (hours), top and bottom of its rectangle (px). */
interface Placed<C> {
  readonly call: C;
  readonly start: number;
  readonly end: number;
  readonly y0: number;
  readonly y1: number;
}

const byStart = bisector((p: Placed<unknown>) => p.start);

/**
 * Served calls per berth in berthing order, with their place along the quay, to find the call under the
 * pointer in the quay view. Unlike `BerthIndex` (one ship at a time, so ends are in order too), ships at a
 * shared quay overlap in time: the search bisects on berthing start and walks back at most the berth's longest
 * stay. The y of a rectangle does not change with the zoom, so it is worked out once here.
 */
export class QuayIndex<C extends QuayCall> {
  private readonly byBerth = new Map<string, Placed<C>[]>();
  private readonly longest = new Map<string, number>();

  constructor(calls: readonly C[], rowOf: (berth: string) => QuayRow | undefined) {
    for (const call of calls) {
      const box = quayBox(call, rowOf);
      if (box === undefined) continue;
      const placed = { call, start: call.berthingStart!, end: call.end!, y0: box.y, y1: box.y + box.height };
      const list = this.byBerth.get(call.berth!);
      if (list === undefined) this.byBerth.set(call.berth!, [placed]);
      else list.push(placed);
      this.longest.set(call.berth!, Math.max(this.longest.get(call.berth!) ?? 0, placed.end - placed.start));
    }
    for (const list of this.byBerth.values()) list.sort((a, b) => a.start - b.start);
  }

  /**
   * The call of `berth` whose rectangle holds (t, y) — t in hours, y in px of the panel's rows — or else the
   * nearest one within `hours` of t and `px` of y (thin rectangles are hard to hit); the nearer in time wins,
   * then the nearer in y. `undefined` when none is that close.
   */
  at(berth: string, t: number, y: number, hours = 0, px = 0): C | undefined {
    const list = this.byBerth.get(berth);
    if (list === undefined) return undefined;
    const earliest = t - hours - (this.longest.get(berth) ?? 0);
    let best: Placed<C> | undefined;
    let bestD: readonly [number, number] = [Infinity, Infinity];
    for (let i = byStart.right(list, t + hours) - 1; i >= 0 && list[i]!.start >= earliest; i--) {
      const p = list[i]!;
      const dt = t < p.start ? p.start - t : t > p.end ? t - p.end : 0;
      const dy = y < p.y0 ? p.y0 - y : y > p.y1 ? y - p.y1 : 0;
      if (dt > hours || dy > px) continue;
      if (dt < bestD[0] || (dt === bestD[0] && dy < bestD[1])) {
        best = p;
        bestD = [dt, dy];
      }
    }
    return best?.call;
  }

  /**
   * What a served call waited behind at its quay: of the ships whose stretch of quay overlaps the one it took,
   * the last to leave after it arrived and no later than it berthed; `undefined` if there is none (it did not
   * wait, or waited for another reason). At a discrete berth every stretch is the whole berth, so this is the
   * berth's previous ship, as `BerthIndex.waitedBehind` has it.
   */
  waitedBehind(call: C): C | undefined {
    const list = this.byBerth.get(call.berth ?? "") ?? [];
    const me = list.find((p) => p.call === call);
    if (me === undefined) return undefined;
    let best: Placed<C> | undefined;
    for (const p of list) {
      if (p === me || p.end <= call.arrival || p.end > me.start || p.y1 <= me.y0 || me.y1 <= p.y0) continue;
      if (best === undefined || p.end > best.end) best = p;
    }
    return best?.call;
  }
}
