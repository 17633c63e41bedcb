import { bisectRight } from "d3";
import type { TimelineRect } from "../layout/timeline.ts";
import type { QueueSeries } from "../layout/queue.ts";

/** The part of a canvas 2D context the bar layer uses (a recording fake implements it in the tests). */
export type Canvas2D = Pick<
  CanvasRenderingContext2D,
  "fillStyle" | "strokeStyle" | "lineWidth" | "font" | "textBaseline" | "textAlign" | "globalAlpha"
> &
  Pick<CanvasRenderingContext2D, "fillRect" | "clearRect" | "beginPath" | "moveTo" | "lineTo" | "closePath" | "fill" | "stroke" | "fillText">;

/** Where a label may go: a bar's box and the index of its call. */
export type LabelBox = Pick<TimelineRect, "index" | "x0" | "x1" | "y" | "height">;

/** Bars narrower than this get no label; a label is cut to what fits at ~6 px a character (no measureText per bar). */
export const LABEL_MIN_WIDTH = 36;
const CHAR_WIDTH = 6;

/**
 * Writes `label(rect)` into each bar wide and tall enough for it (semantic zoom: names appear once bars are
 * wide), cut to fit. Text goes through fillText: a vessel name is only ever pixels, never markup.
 */
export const drawLabels = (ctx: Canvas2D, rects: readonly LabelBox[], label: (index: number) => string, fill = "#ffffff"): void => {
  ctx.fillStyle = fill;
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  for (const r of rects) {
    const width = r.x1 - Math.max(r.x0, 0);
    if (width < LABEL_MIN_WIDTH || r.height < 8) continue;
    const text = label(r.index);
    const fits = Math.floor((width - 4) / CHAR_WIDTH);
    ctx.fillText(text.length > fits ? `${text.slice(0, Math.max(1, fits - 1))}…` : text, Math.max(r.x0, 0) + 2, r.y + r.height / 2 + 0.5);
  }
};

/**
 * Draws the anchorage queue as a filled step area between `top` and `top + height`, scaled so that `max`
 * ships fill the strip; only the steps inside [t0, t1] (the visible window) are visited.
 */
export const drawQueue = (
  ctx: Canvas2D,
  series: QueueSeries,
  x: (t: number) => number,
  window: readonly [number, number],
  strip: { readonly top: number; readonly height: number; readonly max: number; readonly fill: string },
): void => {
  const { t, n } = series;
  if (t.length === 0) return;
  const base = strip.top + strip.height;
  const y = (k: number): number => base - (k / Math.max(strip.max, 1)) * strip.height;
  let i = Math.max(0, bisectRight(t, window[0]) - 1);
  ctx.beginPath();
  ctx.moveTo(x(t[i]!), base);
  for (; i < t.length; i++) {
    const xi = x(t[i]!);
    ctx.lineTo(xi, y(i > 0 ? n[i - 1]! : 0));
    ctx.lineTo(xi, y(n[i]!));
    if (t[i]! > window[1]) break;
  }
  const last = Math.min(i, t.length - 1);
  ctx.lineTo(x(t[last]!), base);
  ctx.closePath();
  ctx.fillStyle = strip.fill;
  ctx.fill();
};
