import type { CallRecord, SimulationResult } from "@berthsim/core";
import { type ScaleLinear, select, type Selection } from "d3";
import { BerthIndex } from "../layout/hitTest.ts";
import { type QueueSeries, queueSeries } from "../layout/queue.ts";
import type { RowLayout } from "../layout/rows.ts";
import { barsPerBerth, layoutTimeline, type TimelineRect } from "../layout/timeline.ts";
import { formatTick, type TimeLabels, timeTicks } from "../layout/timeAxis.ts";
import { type Projection, TimelineGeometry } from "../layout/timelineGeometry.ts";
import { drawLabels, drawQueue, LABEL_MIN_WIDTH, type LabelBox } from "../render/bars.ts";
import { createRaster, fillBox, pixelOf, type Raster, rasterBars } from "../render/raster.ts";
import { FONT, renderTimelineSvg, STRIPE, stripedRows, type TimelineFrame, type TimelineSvgModel } from "../render/timelineSvg.ts";
import { MUTED, QUEUE_FILL, TIDE_LEAD_IN } from "../state/palette.ts";

/** Vertical sizes of a panel, px: time axis above the rows, queue strip below them. */
export const PANEL = { axis: 20, gap: 6, queue: 26, bottom: 4, left: 92, right: 12 } as const;

export interface PanelLabels {
  readonly time: TimeLabels;
  readonly queue: string;
  readonly area: (area: string) => string;
  readonly berthDescription: (berth: string, bars: number) => string;
  /** A length in metres as written beside a quay row (quay view). */
  readonly metres?: ((m: number) => string) | undefined;
}

/** How a panel colours and names its bars; functions of the call's index in the records. */
export interface PanelStyle {
  /** Names the colouring, so the colours per call are worked out once per colouring, not per frame. */
  readonly key: string;
  readonly fill: (index: number) => string;
  readonly leadIn: string;
  readonly label: ((index: number) => string) | undefined;
}

/**
 * The timeline of one rule set: a canvas with the bars, wait lead-ins and queue strip under an SVG with the
 * axis, grid, labels and the selected bar. It draws for whatever x scale it is given; zoom lives in the stack.
 */
export class TimelinePanel {
  readonly element: HTMLElement;
  readonly heading: HTMLHeadingElement;
  readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly index: BerthIndex;
  readonly queue: QueueSeries;
  readonly bars: ReadonlyMap<string, number>;
  protected readonly canvas: HTMLCanvasElement;
  private readonly stage: HTMLDivElement;
  protected frame: TimelineFrame;
  private image: ImageData | undefined;
  private readonly geometry: TimelineGeometry;
  private readonly projection: Projection;
  private fills: { readonly key: string; readonly pixels: Uint32Array } | undefined;
  /** The SVG frame (labels, rows, overlay) needs drawing: after a resize or a change of language. */
  protected frameDirty = true;

  constructor(
    readonly result: SimulationResult,
    readonly rows: RowLayout,
    readonly clipId: string,
    queueMax: number,
  ) {
    this.element = document.createElement("section");
    this.element.className = "tl-panel";
    this.heading = document.createElement("h3");
    this.heading.className = "tl-title";
    this.stage = document.createElement("div");
    this.stage.className = "tl-stage";
    this.canvas = document.createElement("canvas");
    this.canvas.className = "tl-canvas";
    const svgNode = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svgNode.classList.add("tl-svg");
    this.stage.append(this.canvas, svgNode);
    this.element.append(this.heading, this.stage);
    this.svg = select(svgNode);
    this.index = new BerthIndex(result.calls);
    this.queue = queueSeries(result.calls, result.horizon);
    // What each row holds with the whole horizon in view (the rows' data-bars and aria-labels say it).
    this.bars = barsPerBerth(layoutTimeline(result.calls, { x: (t) => t, rowOf: (b) => rows.rowOf.get(b) }));
    this.geometry = new TimelineGeometry(result.calls, (b) => rows.rowOf.get(b));
    this.projection = this.geometry.createProjection();
    this.frame = this.frameFor(0, queueMax);
  }

  get plotWidth(): number {
    return this.frame.width - this.frame.left - this.frame.right;
  }

  get height(): number {
    return this.frame.height;
  }

  /** The panel's frame at `width` px; every panel of a stack shares the queue scale (`queueMax`). */
  frameFor(width: number, queueMax: number, label = ""): TimelineFrame {
    const queueY = this.rows.height + PANEL.gap;
    return {
      width,
      height: PANEL.axis + queueY + PANEL.queue + PANEL.bottom,
      left: PANEL.left,
      top: PANEL.axis,
      right: PANEL.right,
      queue: { y: queueY, height: PANEL.queue, max: queueMax, label },
    };
  }

  resize(width: number, queueMax: number, queueLabel: string): void {
    this.frame = this.frameFor(width, queueMax, queueLabel);
    const dpr = globalThis.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(this.frame.height * dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${this.frame.height}px`;
    this.stage.style.height = `${this.frame.height}px`;
    this.frameDirty = true;
  }

  /** The SVG model at scale `x` (shared by screen and export; the export adds `bars` and a title). */
  svgModel(x: ScaleLinear<number, number>, labels: PanelLabels, selected: string | undefined): TimelineSvgModel {
    const [t0, t1] = x.domain() as [number, number];
    const { step, ticks } = timeTicks(t0, t1, Math.max(2, Math.floor(this.plotWidth / 90)));
    const selectedCall = selected === undefined ? undefined : this.result.calls.find((c) => c.id === selected);
    return {
      frame: this.frame,
      rows: this.rows,
      x,
      ticks: { values: ticks, format: (t) => formatTick(t, step, labels.time) },
      areaLabel: (g) => labels.area(g.area),
      rowLabel: (row) => {
        const bars = this.bars.get(row.berth) ?? 0;
        return { text: row.berth, description: labels.berthDescription(row.berth, bars), bars };
      },
      clipId: this.clipId,
      selected: selectedCall === undefined ? undefined : this.rectsOf([selectedCall], x)[0],
    };
  }

  /** Rectangles of `calls` under `x`, culled to the plot. */
  rectsOf(calls: readonly CallRecord[], x: ScaleLinear<number, number>): TimelineRect[] {
    // The scale as a plain affine function: d3's scale call is the costliest part of a frame's layout.
    const [d0, d1] = x.domain() as [number, number];
    const [r0, r1] = x.range() as [number, number];
    const k = (r1 - r0) / (d1 - d0);
    return layoutTimeline(calls, { x: (t) => r0 + (t - d0) * k, rowOf: (b) => this.rows.rowOf.get(b) }, [0, this.plotWidth]);
  }

  /**
   * Paints the rows' area as pixels at once: the row stripes, then `paint`'s marks; leaves the context transformed
   * to plot coordinates (CSS pixels, origin at the plot's top left).
   */
  protected paintRows(ctx: CanvasRenderingContext2D, dpr: number, paint: (raster: Raster) => void): void {
    const width = Math.max(1, Math.round(this.plotWidth * dpr));
    const height = Math.max(1, Math.round(this.rows.height * dpr));
    if (this.image?.width !== width || this.image.height !== height) this.image = ctx.createImageData(width, height);
    const raster = createRaster(width, height, new Uint32Array(this.image.data.buffer));
    raster.pixels.fill(0);
    const stripe = pixelOf(STRIPE);
    for (const row of stripedRows(this.rows)) fillBox(raster, 0, width, Math.round(row.y * dpr), Math.round((row.y + row.height) * dpr), stripe);
    paint(raster);
    ctx.putImageData(this.image, Math.round(this.frame.left * dpr), Math.round(this.frame.top * dpr));
    ctx.setTransform(dpr, 0, 0, dpr, this.frame.left * dpr, this.frame.top * dpr);
  }

  /** Redraws canvas and SVG for scale `x`. */
  draw(x: ScaleLinear<number, number>, style: PanelStyle, labels: PanelLabels, selected: string | undefined): void {
    const ctx = this.canvas.getContext("2d");
    if (ctx === null) return;
    const dpr = this.canvas.width / Math.max(1, this.frame.width);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const [d0, d1] = x.domain() as [number, number];
    const [r0, r1] = x.range() as [number, number];
    const a = (r1 - r0) / (d1 - d0);
    const g = this.geometry;
    const p = this.projection;
    g.project(a, r0 - a * d0, 0, this.plotWidth, p);
    if (this.fills?.key !== style.key)
      this.fills = { key: style.key, pixels: Uint32Array.from(g.index, (index) => pixelOf(style.fill(index))) };
    // Stripes, lead-ins and bars as pixels of the rows' area, put on the canvas at once (see raster.ts).
    const fills = this.fills.pixels;
    this.paintRows(ctx, dpr, (raster) => rasterBars(raster, g, p, fills, style.leadIn, dpr, true, TIDE_LEAD_IN));
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, -PANEL.axis, this.plotWidth, this.frame.height);
    ctx.clip();
    ctx.font = `9px ${FONT}`;
    if (style.label !== undefined) drawLabels(ctx, this.labelBoxes(), style.label);
    drawQueue(ctx, this.queue, x, [d0, d1], {
      top: this.frame.queue.y,
      height: this.frame.queue.height,
      max: this.frame.queue.max,
      fill: QUEUE_FILL,
    });
    ctx.restore();
    renderTimelineSvg(this.svg, { ...this.svgModel(x, labels, selected), stripes: false }, this.frameDirty ? "all" : "motion");
    this.frameDirty = false;
  }

  /** Boxes of the bars in view wide enough for a name (few, and only when zoomed in). */
  private labelBoxes(): LabelBox[] {
    const { geometry: g, projection: p } = this;
    const boxes: LabelBox[] = [];
    if (g.height[0] === undefined || g.height[0] < 8) return boxes;
    for (let k = 0; k < p.count; k++) {
      const i = p.visible[k]!;
      if (p.x1[i]! - Math.max(p.x0[i]!, 0) >= LABEL_MIN_WIDTH)
        boxes.push({ index: g.index[i]!, x0: p.x0[i]!, x1: p.x1[i]!, y: g.y[i]!, height: g.height[i]! });
    }
    return boxes;
  }

  /** The overlay rect that takes pointer and zoom events. */
  get overlay(): Selection<SVGRectElement, unknown, null, undefined> {
    return this.svg.select<SVGRectElement>("rect.hit");
  }

  /** The call under a pointer at (px, py) in plot coordinates, within 3 px of a bar. */
  callAt(px: number, py: number, x: ScaleLinear<number, number>): CallRecord | undefined {
    const row = this.rows.rows.find((r) => py >= r.y && py < r.y + r.height);
    if (row === undefined) return undefined;
    const hoursPerPx = Math.abs(x.invert(1) - x.invert(0));
    return this.index.at(row.berth, x.invert(px), 3 * hoursPerPx);
  }
}

export const LEAD_IN = MUTED;
