import type { Projection, TimelineGeometry } from "../layout/timelineGeometry.ts";

/**
 * A block of RGBA pixels the bar layer paints itself (one 32-bit word a pixel, as ImageData holds them on
 * little-endian machines), then puts on the canvas in one call. A year of calls is tens of thousands of tiny
 * rectangles; filled one by one through the 2D context, a software-rendered canvas spends most of a frame on
 * them, while painting the covered pixels directly costs at most the pixels of the plot.
 */
export interface Raster {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint32Array;
}

export const createRaster = (width: number, height: number, pixels = new Uint32Array(width * height)): Raster => ({ width, height, pixels });

const packed = new Map<string, number>();

/** "#rrggbb" as a pixel word (alpha 255), cached; unknown formats are transparent. */
export const pixelOf = (hex: string): number => {
  let p = packed.get(hex);
  if (p === undefined) {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    p = m === null ? 0 : ((255 << 24) | (parseInt(m[3]!, 16) << 16) | (parseInt(m[2]!, 16) << 8) | parseInt(m[1]!, 16)) >>> 0;
    packed.set(hex, p);
  }
  return p;
};

/** The colour halfway to white (the veil over a bar's shift), as a pixel word. */
export const veiled = (pixel: number): number => {
  const mix = (shift: number): number => (((pixel >>> shift) & 255) + 255) >> 1;
  return ((255 << 24) | (mix(16) << 16) | (mix(8) << 8) | mix(0)) >>> 0;
};

/** Paints [x0, x1) × [y0, y1) (pixels of the raster, clipped to it) with `pixel`. */
export const fillBox = (r: Raster, x0: number, x1: number, y0: number, y1: number, pixel: number): void => {
  const left = Math.max(0, x0);
  const right = Math.min(r.width, x1);
  const top = Math.max(0, y0);
  const bottom = Math.min(r.height, y1);
  if (left >= right || top >= bottom) return;
  const { pixels, width } = r;
  // A plain loop: most bars are a few pixels wide, where TypedArray.fill's call costs more than the writes.
  for (let y = top; y < bottom; y++) {
    const end = y * width + right;
    for (let i = y * width + left; i < end; i++) pixels[i] = pixel;
  }
};

/**
 * Paints the bars in view (`p.visible`) and their wait lead-ins into `r`, CSS pixels scaled by `scale` (the
 * device pixel ratio) and snapped to whole pixels: a bar covers at least one pixel, the lead-in is a
 * one-pixel line in the gap above the bar with a three-pixel tick at the arrival; with `shift`, the shift
 * (berthing start to start of handling) is veiled once it is 3 px wide. `fills[i]` is bar i's pixel word.
 * The lead-in's first part, the wait for a tide window (arrival to `tideX1`), is painted in `tideLeadIn`.
 */
export const rasterBars = (
  r: Raster,
  g: TimelineGeometry,
  p: Projection,
  fills: Uint32Array,
  leadIn: string,
  scale = 1,
  shift = true,
  tideLeadIn = leadIn,
): void => {
  const lead = pixelOf(leadIn);
  const tide = pixelOf(tideLeadIn);
  const line = Math.max(1, Math.round(scale));
  for (let k = 0; k < p.count; k++) {
    const i = p.visible[k]!;
    if (p.waitX0[i]! >= p.x0[i]! - 0.5) continue;
    const y = Math.round(g.waitY[i]! * scale - line / 2);
    const from = Math.round(p.waitX0[i]! * scale);
    const tideTo = Math.round(p.tideX1[i]! * scale);
    fillBox(r, tideTo, Math.round(p.x0[i]! * scale), y, y + line, lead);
    // The tide part: as thick as the arrival tick, so that it reads apart from the berth wait at any zoom.
    if (tideTo > from) fillBox(r, from, tideTo, y - line, y + 2 * line, tide);
    fillBox(r, from, from + line, y - line, y + 2 * line, tideTo > from ? tide : lead);
  }
  for (let k = 0; k < p.count; k++) {
    const i = p.visible[k]!;
    const x0 = Math.round(p.x0[i]! * scale);
    const x1 = Math.max(x0 + 1, Math.round(p.x1[i]! * scale));
    const y0 = Math.round(g.y[i]! * scale);
    const y1 = Math.round((g.y[i]! + g.height[i]!) * scale);
    fillBox(r, x0, x1, y0, y1, fills[i]!);
    if (shift && p.xs[i]! - p.x0[i]! >= 3) fillBox(r, x0, Math.round(p.xs[i]! * scale), y0, y1, veiled(fills[i]!));
  }
};
