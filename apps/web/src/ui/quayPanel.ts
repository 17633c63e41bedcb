import type { CallRecord, Port, SimulationResult } from "@berthsim/core";
import type { ScaleLinear, Selection } from "d3";
import { layoutQuay, type QuayRect, quayFieldsOf, quayStretch } from "../layout/quay.ts";
import { QuayIndex } from "../layout/quayHitTest.ts";
import { layoutQuayRows, quayBerthOf, type QuayRowLayout } from "../layout/quayRows.ts";
import { layoutRows } from "../layout/rows.ts";
import { drawLabels, drawQueue, LABEL_MIN_WIDTH } from "../render/bars.ts";
import { renderQuaySvg } from "../render/quaySvg.ts";
import { rasterQuay } from "../render/quayRaster.ts";
import { pixelOf } from "../render/raster.ts";
import { FONT, renderTimelineSvg, type TimelineFrame, type TimelineSvgModel } from "../render/timelineSvg.ts";
import { QUEUE_FILL } from "../state/palette.ts";
import { PANEL, type PanelLabels, type PanelStyle, TimelinePanel } from "./timelinePanel.ts";

/** Pixels per metre of quay, from the room a panel gets, kept within [0.08, 0.2]: a 100 m ship is 8–20 px. */
const pxPerMetreFor = (port: Port, panels: number): number => {
  const room = (globalThis.innerHeight || 800) - 205;
  const perPanel = room / Math.max(1, panels) - PANEL.axis - PANEL.gap - PANEL.queue - PANEL.bottom - 30;
  const metres = port.berths.reduce((sum, b) => sum + b.length, 0);
  return Math.max(0.08, Math.min(0.2, perPanel / Math.max(1, metres)));
};

/** The quay view's panels, one per result, on rows shared by all (quay metres × time, see layout/quay.ts). */
export const quayPanels = (port: Port, results: readonly SimulationResult[]): QuayPanel[] => {
  const groups = layoutRows(port, 1, 0).groups;
  const berths = new Map(port.berths.map((b) => [b.id, quayBerthOf(b)]));
  const rows = layoutQuayRows(groups, berths, { pxPerMetre: pxPerMetreFor(port, results.length), minHeight: 12, gap: 6 });
  return results.map((r, i) => new QuayPanel(r, rows, `tl-clip-${i}`, 0));
};

/**
 * The timeline of one rule set in the quay view: rows as high as their berth is long, each ship a rectangle
 * of its stretch of quay × its stay. The panel, its canvas/SVG split, axis, rows, labels, queue strip, zoom and
 * tooltips are the berth view's (`TimelinePanel`); drawing the ships and finding the one under the pointer are
 * its own.
 */
export class QuayPanel extends TimelinePanel {
  private readonly quay: QuayIndex<CallRecord>;
  private quayFills: { readonly key: string; readonly pixels: Uint32Array } | undefined;

  constructor(
    result: SimulationResult,
    readonly quayRows: QuayRowLayout,
    clipId: string,
    queueMax: number,
  ) {
    super(result, quayRows, clipId, queueMax);
    this.element.dataset["view"] = "quay";
    this.quay = new QuayIndex(result.calls, (b) => quayRows.rowOf.get(b));
  }

  /** Rectangles of `calls` under `x`, culled to the plot. */
  quayRectsOf(calls: readonly CallRecord[], x: ScaleLinear<number, number>): QuayRect[] {
    const [d0, d1] = x.domain() as [number, number];
    const [r0, r1] = x.range() as [number, number];
    const k = (r1 - r0) / (d1 - d0);
    return layoutQuay(calls, { x: (t) => r0 + (t - d0) * k, rowOf: (b) => this.quayRows.rowOf.get(b) }, [0, this.plotWidth]);
  }

  /** The berth view's SVG model without its selected bar: the quay layer outlines the selected ship. */
  override svgModel(x: ScaleLinear<number, number>, labels: PanelLabels, _selected: string | undefined): TimelineSvgModel {
    return super.svgModel(x, labels, undefined);
  }

  /**
   * Draws the quay layer into `svg` for scale `x` and `frame`: metre ticks, the selected ship, and with `fill`
   * the ships themselves (the export); `part` "motion" leaves the ticks as they are (a zoom or pan step).
   */
  renderQuayLayer(
    svg: Selection<SVGSVGElement, unknown, null, undefined>,
    x: ScaleLinear<number, number>,
    frame: TimelineFrame,
    labels: PanelLabels,
    selected: string | undefined,
    { fill, part = "all" }: { readonly fill?: (index: number) => string; readonly part?: "all" | "motion" } = {},
  ): void {
    const call = selected === undefined ? undefined : this.result.calls.find((c) => c.id === selected);
    renderQuaySvg(svg, {
      frame,
      rows: this.quayRows,
      clipId: this.clipId,
      metres: labels.metres ?? ((m) => `${m} m`),
      selected: call === undefined ? undefined : this.quayRectsOf([call], x)[0],
      bars: fill === undefined ? undefined : { rects: this.quayRectsOf(this.result.calls, x), fill: (r) => fill(r.index) },
    }, part);
  }

  override draw(x: ScaleLinear<number, number>, style: PanelStyle, labels: PanelLabels, selected: string | undefined): void {
    const ctx = this.canvas.getContext("2d");
    if (ctx === null) return;
    const dpr = this.canvas.width / Math.max(1, this.frame.width);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const [d0, d1] = x.domain() as [number, number];
    const calls = this.result.calls;
    const rects = this.quayRectsOf(calls, x);
    if (this.quayFills?.key !== style.key) this.quayFills = { key: style.key, pixels: Uint32Array.from(calls, (_, i) => pixelOf(style.fill(i))) };
    // Stripes and ships as pixels of the rows' area, put on the canvas at once (as the berth view does).
    const fills = this.quayFills.pixels;
    this.paintRows(ctx, dpr, (raster) => rasterQuay(raster, rects, fills, dpr));
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, -PANEL.axis, this.plotWidth, this.frame.height);
    ctx.clip();
    ctx.font = `9px ${FONT}`;
    if (style.label !== undefined)
      drawLabels(
        ctx,
        rects.filter((r) => r.x1 - Math.max(r.x0, 0) >= LABEL_MIN_WIDTH && r.height >= 8),
        style.label,
      );
    drawQueue(ctx, this.queue, x, [d0, d1], { top: this.frame.queue.y, height: this.frame.queue.height, max: this.frame.queue.max, fill: QUEUE_FILL });
    ctx.restore();
    const part = this.frameDirty ? "all" : "motion";
    renderTimelineSvg(this.svg, { ...this.svgModel(x, labels, undefined), stripes: false }, part);
    this.renderQuayLayer(this.svg, x, this.frame, labels, selected, { part });
    this.frameDirty = false;
  }

  /** The ship under a pointer at (px, py) in plot coordinates, within 3 px of its rectangle in time, 2 px along the quay. */
  override callAt(px: number, py: number, x: ScaleLinear<number, number>): CallRecord | undefined {
    const row = this.quayRows.rows.find((r) => py >= r.y && py < r.y + r.height);
    if (row === undefined) return undefined;
    const hoursPerPx = Math.abs(x.invert(1) - x.invert(0));
    return this.quay.at(row.berth, x.invert(px), py, 3 * hoursPerPx, 2);
  }

  /** The ship a call waited behind at its quay (see `QuayIndex.waitedBehind`). */
  waitedBehind(call: CallRecord): CallRecord | undefined {
    return this.quay.waitedBehind(call);
  }

  /** Where a call lay along a shared quay, metres, for the tooltip; `undefined` at a discrete berth or without a position. */
  stretchOf(call: CallRecord): readonly [number, number] | undefined {
    const row = call.berth === undefined ? undefined : this.quayRows.rowOf.get(call.berth);
    if (row === undefined || !row.shared || quayFieldsOf(call).position === undefined) return undefined;
    return quayStretch(call, row);
  }
}
