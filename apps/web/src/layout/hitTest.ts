import type { CallRecord } from "@berthsim/core";
import { bisector } from "d3";

const byStart = bisector((c: CallRecord) => c.berthingStart!);

/**
 * Served calls per berth in berthing order, to find the call under the pointer without scanning every bar.
 * A berth holds one ship at a time, so the calls of a berth are also in order of their ends.
 */
export class BerthIndex {
  private readonly byBerth = new Map<string, CallRecord[]>();

  constructor(calls: readonly CallRecord[]) {
    for (const c of calls) {
      if (c.status !== "served") continue;
      const list = this.byBerth.get(c.berth!);
      if (list === undefined) this.byBerth.set(c.berth!, [c]);
      else list.push(c);
    }
    for (const list of this.byBerth.values()) list.sort((a, b) => a.berthingStart! - b.berthingStart!);
  }

  /** The calls of `berth` in berthing order (empty for an unknown berth). */
  callsAt(berth: string): readonly CallRecord[] {
    return this.byBerth.get(berth) ?? [];
  }

  /**
   * The call alongside `berth` at time `t`, or the nearest one within `tolerance` hours of `t` (thin bars at
   * a coarse zoom are hard to hit exactly); `undefined` when none is that close.
   */
  at(berth: string, t: number, tolerance = 0): CallRecord | undefined {
    const list = this.byBerth.get(berth);
    if (list === undefined || list.length === 0) return undefined;
    const i = byStart.right(list, t) - 1;
    const before = i >= 0 ? list[i] : undefined;
    if (before !== undefined && t <= before.end!) return before;
    const after = list[i + 1];
    const dBefore = before === undefined ? Infinity : t - before.end!;
    const dAfter = after === undefined ? Infinity : after.berthingStart! - t;
    const best = dBefore <= dAfter ? before : after;
    return Math.min(dBefore, dAfter) <= tolerance ? best : undefined;
  }

  /**
   * What a served call waited behind: the call that held its berth when it arrived or last before it berthed
   * (its predecessor at that berth, if that one left after the call arrived); `undefined` if the berth was free.
   */
  waitedBehind(call: CallRecord): CallRecord | undefined {
    if (call.status !== "served" || call.wait <= 0) return undefined;
    const list = this.byBerth.get(call.berth!) ?? [];
    const i = list.indexOf(call);
    const previous = i > 0 ? list[i - 1] : undefined;
    return previous !== undefined && previous.end! > call.arrival ? previous : undefined;
  }
}
