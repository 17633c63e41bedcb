import type { CallRecord, TradeClass } from "@berthsim/core";
import type { BerthRow } from "./rows.ts";

/** Where the timeline puts things: x from scenario hours to pixels, a berth to its row. */
export interface TimelineScales {
  readonly x: (t: number) => number;
  readonly rowOf: (berth: string) => BerthRow | undefined;
}

/** What the timeline and the quay view both draw of one served call: a bar from berthing start to departure. */
export interface CallBar {
  /** Index of the call in the records given to the layout. */
  readonly index: number;
  readonly id: string;
  readonly berth: string;
  readonly tradeClass: TradeClass;
  readonly x0: number;
  readonly x1: number;
  /** Start of handling (after the shift from the anchorage), in pixels: the bar's first part is the shift. */
  readonly xs: number;
  readonly y: number;
  readonly height: number;
}

/**
 * One served call on the timeline: the bar from berthing start to departure (berth reserved, then alongside)
 * and the thin lead-in of its wait, from arrival to berthing, drawn in the gap above the bar; its first part, up to
 * `tideX1`, is the wait for the tide.
 */
export interface TimelineRect extends CallBar {
  /** Arrival, in pixels; equal to x0 when the call did not wait. */
  readonly waitX0: number;
  /**
   * End of the lead-in's tide part (arrival + tide wait), in pixels: from waitX0 to here the ship waited for a
   * tide window, from here to x0 for a berth. Equal to waitX0 when it did not wait for the tide.
   */
  readonly tideX1: number;
  /** The lead-in's y (middle of the gap above the bar). */
  readonly waitY: number;
}

/** Space above a bar, inside its row, for the wait lead-in; and below, so neighbouring rows stay apart. */
export const ROW_PADDING = { top: 3, bottom: 1 } as const;

/** Narrowest bar drawn, px: at a year's zoom a call of a few hours would otherwise vanish. */
export const MIN_BAR_WIDTH = 1;

/** A served call's bar along x: berthing start, departure (at least MIN_BAR_WIDTH on) and start of handling, px. */
export const barX = (
  call: { readonly berthingStart?: number | undefined; readonly serviceStart?: number | undefined; readonly end?: number | undefined },
  x: (t: number) => number,
): { readonly x0: number; readonly x1: number; readonly xs: number } => {
  const x0 = x(call.berthingStart!);
  const x1 = Math.max(x(call.end!), x0 + MIN_BAR_WIDTH);
  return { x0, x1, xs: Math.min(x(call.serviceStart!), x1) };
};

/**
 * Rectangles of the served calls (berth, berthing start, end) under `scales`; calls that were rejected or still
 * waiting at the horizon have no bar. With `view` = [left, right] in pixels, only calls whose bar or lead-in
 * reaches into it are laid out. Bars keep their height at every zoom (semantic zoom is on x only).
 */
export const layoutTimeline = (
  calls: readonly CallRecord[],
  scales: TimelineScales,
  view: readonly [number, number] = [-Infinity, Infinity],
): TimelineRect[] => {
  const rects: TimelineRect[] = [];
  for (let i = 0; i < calls.length; i++) {
    const c = calls[i]!;
    if (c.status !== "served") continue;
    const row = scales.rowOf(c.berth!);
    if (row === undefined) continue;
    const { x0, x1, xs } = barX(c, scales.x);
    const waitX0 = scales.x(c.arrival);
    if (x1 < view[0] || Math.min(waitX0, x0) > view[1]) continue;
    rects.push({
      index: i,
      id: c.id,
      berth: c.berth!,
      tradeClass: c.tradeClass,
      x0,
      x1,
      xs,
      y: row.y + ROW_PADDING.top,
      height: row.height - ROW_PADDING.top - ROW_PADDING.bottom,
      waitX0,
      tideX1: c.tideWait > 0 ? Math.min(scales.x(c.arrival + c.tideWait), x0) : waitX0,
      waitY: row.y + ROW_PADDING.top / 2,
    });
  }
  return rects;
};

/** Number of rectangles per berth, in order of first appearance. */
export const barsPerBerth = (rects: readonly TimelineRect[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const r of rects) counts.set(r.berth, (counts.get(r.berth) ?? 0) + 1);
  return counts;
};
