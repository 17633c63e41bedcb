import type { TradeClass } from "@berthsim/core";
import type { QuayRow } from "./quayRows.ts";
import { barX, type CallBar } from "./timeline.ts";

/**
 * What the quay view reads of a call record. A core `CallRecord` satisfies it; on a core with shared quays the
 * record also carries `position` (metres from the quay's start to the ship's near end) and `loa`, which
 * `quayFieldsOf` reads without this interface naming them.
 */
export interface QuayCall {
  readonly id: string;
  readonly status: string;
  readonly tradeClass: TradeClass;
  readonly arrival: number;
  readonly berth?: string | undefined;
  readonly berthingStart?: number | undefined;
  readonly serviceStart?: number | undefined;
  readonly end?: number | undefined;
}

/** Where a ship lay along its quay, metres; either may be missing (records of a core without shared quays). */
export interface QuayFields {
  readonly position: number | undefined;
  readonly loa: number | undefined;
}

const finite = (x: unknown): number | undefined => (typeof x === "number" && Number.isFinite(x) ? x : undefined);

/** `position` and `loa` of a record if it has them as numbers (read through `in`: no cast, no `any`). */
export const quayFieldsOf = (record: QuayCall): QuayFields => ({
  position: "position" in record ? finite(record.position) : undefined,
  loa: "loa" in record ? finite(record.loa) : undefined,
});

/**
 * The stretch of `row` a call occupied, metres [from, to], clipped to the berth. At a shared quay it is the
 * ship's own, `position` to `position + loa`. At a discrete berth the ship takes the whole berth (no other ship
 * can use the rest), so it spans the row whatever its length; so does a call whose record has no position or
 * length (today's records), which at a discrete berth is the same thing.
 */
export const quayStretch = (call: QuayCall, row: QuayRow): readonly [number, number] => {
  const { position, loa } = quayFieldsOf(call);
  if (!row.shared || position === undefined || loa === undefined) return [0, row.length];
  const from = Math.min(Math.max(position, 0), row.length);
  return [from, Math.min(Math.max(from + loa, from), row.length)];
};

/** Where the quay view puts things: x from scenario hours to pixels, a berth to its row. */
export interface QuayScales {
  readonly x: (t: number) => number;
  readonly rowOf: (berth: string) => QuayRow | undefined;
}

/**
 * One served call in the quay view: a rectangle from berthing start to departure (x) and along the ship's
 * stretch of quay (y). The quay view draws no wait lead-in (y is a place on the quay, not a lane); the tooltip
 * gives the wait.
 */
export interface QuayRect extends CallBar {
  /** The ship's stretch of quay, metres. */
  readonly from: number;
  readonly to: number;
}

/** Lowest rectangle drawn, px: a short ship on a long quay seen from afar would otherwise vanish. */
export const MIN_RECT_HEIGHT = 1;

/**
 * The vertical part of a call's rectangle, which zoom does not change (semantic zoom is on x only): y and
 * height in px, and the stretch in metres. `undefined` for a call with no row (not served, or unknown berth).
 */
export const quayBox = (
  call: QuayCall,
  rowOf: (berth: string) => QuayRow | undefined,
): { readonly y: number; readonly height: number; readonly from: number; readonly to: number } | undefined => {
  if (call.status !== "served" || call.berth === undefined) return undefined;
  const row = rowOf(call.berth);
  if (row === undefined) return undefined;
  const [from, to] = quayStretch(call, row);
  return { y: row.top + from * row.pxPerMetre, height: Math.max((to - from) * row.pxPerMetre, MIN_RECT_HEIGHT), from, to };
};

/**
 * Rectangles of the served calls under `scales`: x from berthing start to departure (at least MIN_BAR_WIDTH),
 * y along the quay (`quayBox`). Rejected calls and calls still waiting at the horizon have none. With `view` =
 * [left, right] in pixels, only rectangles reaching into it are laid out.
 */
export const layoutQuay = (
  calls: readonly QuayCall[],
  scales: QuayScales,
  view: readonly [number, number] = [-Infinity, Infinity],
): QuayRect[] => {
  const rects: QuayRect[] = [];
  for (let i = 0; i < calls.length; i++) {
    const c = calls[i]!;
    const box = quayBox(c, scales.rowOf);
    if (box === undefined) continue;
    const bar = barX(c, scales.x);
    if (bar.x1 < view[0] || bar.x0 > view[1]) continue;
    rects.push({ index: i, id: c.id, berth: c.berth!, tradeClass: c.tradeClass, ...bar, ...box });
  }
  return rects;
};
