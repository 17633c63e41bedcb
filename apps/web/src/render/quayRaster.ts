import type { QuayRect } from "../layout/quay.ts";
import { fillBox, type Raster, veiled } from "./raster.ts";

/**
 * Paints the quay view's rectangles into `r` (CSS pixels scaled by `scale`, snapped to whole pixels, at least
 * one pixel each way), `fills[rect.index]` their pixel words; the shift (berthing start to start of handling)
 * is veiled once it is 3 px wide, as in the berth view. A rectangle 4 px high or more leaves its bottom pixel
 * row unpainted, so ships lying end to end along a quay stay apart.
 */
export const rasterQuay = (r: Raster, rects: readonly QuayRect[], fills: Uint32Array, scale = 1, shift = true): void => {
  for (const q of rects) {
    const pixel = fills[q.index] ?? 0;
    const x0 = Math.round(q.x0 * scale);
    const x1 = Math.max(x0 + 1, Math.round(q.x1 * scale));
    const y0 = Math.round(q.y * scale);
    const seam = q.height * scale >= 4 ? 1 : 0;
    const y1 = Math.max(y0 + 1, Math.round((q.y + q.height) * scale) - seam);
    fillBox(r, x0, x1, y0, y1, pixel);
    if (shift && q.xs - q.x0 >= 3) fillBox(r, x0, Math.round(q.xs * scale), y0, y1, veiled(pixel));
  }
};
