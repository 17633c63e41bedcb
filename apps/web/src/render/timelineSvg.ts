import { axisTop, type BaseType, type ScaleLinear, type Selection } from "d3";
import type { AreaGroup, BerthRow, RowLayout } from "../layout/rows.ts";
import type { CallBar, TimelineRect } from "../layout/timeline.ts";
import { GRID, INK, MUTED, SELECTED } from "../state/palette.ts";

/** Fonts named on every text element, so an exported SVG looks the same outside the page. */
export const FONT = "system-ui, 'Segoe UI', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

export interface TimelineFrame {
  readonly width: number;
  readonly height: number;
  /** Left margin (area and berth labels), top margin (time axis). */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  /** The queue strip beneath the rows: its top (relative to `top`), height and largest value. */
  readonly queue: { readonly y: number; readonly height: number; readonly max: number; readonly label: string };
}

/** What the SVG layer of one timeline shows: axis, grid, row and area labels, the selected bar, optional bars. */
export interface TimelineSvgModel {
  readonly frame: TimelineFrame;
  readonly rows: RowLayout;
  readonly x: ScaleLinear<number, number>;
  readonly ticks: { readonly values: readonly number[]; readonly format: (t: number) => string };
  readonly areaLabel: (group: AreaGroup) => string;
  readonly rowLabel: (row: BerthRow) => { readonly text: string; readonly description: string; readonly bars: number };
  /** Unique per page: names the clip path of the plot area. */
  readonly clipId: string;
  readonly selected?: TimelineRect | undefined;
  /** Bars drawn in SVG (the export; on screen the canvas layer draws them). */
  readonly bars?: {
    readonly rects: readonly TimelineRect[];
    readonly fill: (r: TimelineRect) => string;
    readonly leadIn: string;
    /** Colour of the lead-in's tide part (the leadIn colour when absent). */
    readonly tideLeadIn?: string;
  };
  /** The queue strip as a path (the export; on screen the canvas layer draws it). */
  readonly queueArea?: { readonly d: string; readonly fill: string };
  readonly title?: string;
  /** Shade every other row in SVG (the export); on screen the canvas shades them under its bars. */
  readonly stripes?: boolean;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
type G = Selection<SVGGElement, unknown, null, undefined>;

/** The outline around the selected call's bar (none without a selection), clipped to the plot; timeline and quay view. */
export const renderSelectedOutline = <D, P extends BaseType, PD>(
  layer: Selection<SVGGElement, D, P, PD>,
  selected: CallBar | undefined,
  clipId: string,
): void => {
  layer
    .attr("clip-path", `url(#${clipId})`)
    .selectAll("rect")
    .data(selected === undefined ? [] : [selected], (d) => (d as CallBar).id)
    .join("rect")
    .attr("x", (d) => d.x0 - 1.5)
    .attr("y", (d) => d.y - 1.5)
    .attr("width", (d) => d.x1 - d.x0 + 3)
    .attr("height", (d) => d.height + 3)
    .attr("fill", "none")
    .attr("stroke", SELECTED)
    .attr("stroke-width", 2);
};

const LAYERS = ["title", "grid", "rows", "bars", "queue", "selected", "axis", "overlay"] as const;

/**
 * Draws the SVG layer of a timeline into `svg` (any document: the page's, or a fake one in tests), joining each
 * element by key so a redraw at a new zoom only moves what is there. Text is set as text content only.
 */
export const renderTimelineSvg = (svg: Svg, model: TimelineSvgModel, part: "all" | "motion" = "all"): void => {
  const { frame, x } = model;
  const plotWidth = frame.width - frame.left - frame.right;
  const plotBottom = frame.queue.y + frame.queue.height;
  // "motion" (a zoom or pan step) leaves the frame, labels and overlay as they are and moves the rest.
  const layers =
    part === "motion"
      ? svg.selectChildren<SVGGElement, string>("g.layer")
      : svg
          .selectAll<SVGGElement, string>("g.layer")
          .data(LAYERS, (d) => d)
          .join("g")
          .attr("class", (d) => `layer ${d}`)
          .attr("transform", (d) => (d === "title" ? null : `translate(${frame.left},${frame.top})`));
  const layer = (name: (typeof LAYERS)[number]): G => layers.filter((d) => d === name) as unknown as G;
  if (part === "all") renderFrame(svg, layer, model, plotWidth);

  layer("grid")
    .selectAll("line")
    .data(model.ticks.values, (d) => String(d))
    .join("line")
    .attr("x1", (d) => x(d))
    .attr("x2", (d) => x(d))
    .attr("y1", 0)
    .attr("y2", plotBottom)
    .attr("stroke", GRID);
  renderBars(layer("bars"), model);
  layer("queue")
    .selectAll("path")
    .data(model.queueArea === undefined ? [] : [model.queueArea])
    .join("path")
    .attr("clip-path", `url(#${model.clipId})`)
    .attr("d", (d) => d.d)
    .attr("fill", (d) => d.fill);
  renderSelectedOutline(layer("selected"), model.selected, model.clipId);
  const axis = axisTop(x)
    .tickValues(model.ticks.values as number[])
    .tickFormat((d) => model.ticks.format(Number(d)))
    .tickSize(4)
    .tickSizeOuter(0);
  layer("axis").call(axis);
  if (part === "all") layer("axis").attr("font-family", FONT).attr("font-size", 10).attr("color", MUTED);
};

/** What does not move with zoom and pan: size, clip path, title, rows, area labels, queue labels, overlay. */
const renderFrame = (svg: Svg, layer: (name: (typeof LAYERS)[number]) => G, model: TimelineSvgModel, plotWidth: number): void => {
  const { frame } = model;
  svg.attr("width", frame.width).attr("height", frame.height).attr("viewBox", `0 0 ${frame.width} ${frame.height}`);
  svg
    .selectAll<SVGClipPathElement, string>("defs")
    .data([model.clipId])
    .join((enter) => enter.append("defs").call((d) => d.append("clipPath").append("rect")))
    .select("clipPath")
    .attr("id", (d) => d)
    .select("rect")
    .attr("x", 0)
    .attr("y", -2)
    .attr("width", plotWidth)
    .attr("height", frame.queue.y + frame.queue.height + 2);
  layer("title")
    .selectAll("text")
    .data(model.title === undefined ? [] : [model.title])
    .join("text")
    .attr("x", 4)
    .attr("y", 12)
    .attr("font-family", FONT)
    .attr("font-size", 12)
    .attr("font-weight", 600)
    .attr("fill", INK)
    .text((d) => d);
  renderRows(layer("rows"), model, plotWidth);
  const queue = layer("queue");
  queue
    .selectAll("line")
    .data([frame.queue.y + frame.queue.height])
    .join("line")
    .attr("x1", 0)
    .attr("x2", plotWidth)
    .attr("y1", (d) => d)
    .attr("y2", (d) => d)
    .attr("stroke", MUTED);
  queue
    .selectAll("text")
    .data([frame.queue.label, String(frame.queue.max)])
    .join("text")
    .attr("x", -4)
    .attr("y", (_, i) => frame.queue.y + (i === 0 ? frame.queue.height - 2 : 8))
    .attr("text-anchor", "end")
    .attr("font-family", FONT)
    .attr("font-size", (_, i) => (i === 0 ? 11 : 9))
    .attr("fill", MUTED)
    .text((d) => d);
  layer("overlay")
    .selectAll("rect")
    .data([0])
    .join("rect")
    .attr("class", "hit")
    .attr("width", plotWidth)
    .attr("height", frame.queue.y + frame.queue.height)
    .attr("fill", "none")
    .attr("pointer-events", "all");
};

/** Rows shaded to guide the eye along a berth: every other one. */
export const stripedRows = (rows: RowLayout): BerthRow[] => rows.rows.filter((_, i) => i % 2 === 1);

export const STRIPE = "#f3f5f8";

const renderRows = (g: G, model: TimelineSvgModel, plotWidth: number): void => {
  const { rows, frame } = model;
  g.selectAll("rect.stripe")
    .data(model.stripes === false ? [] : stripedRows(rows), (d) => (d as BerthRow).berth)
    .join("rect")
    .attr("class", "stripe")
    .attr("x", 0)
    .attr("y", (d) => d.y)
    .attr("width", plotWidth)
    .attr("height", (d) => d.height)
    .attr("fill", STRIPE);
  g.selectAll("text.berth")
    .data(rows.rows, (d) => (d as BerthRow).berth)
    .join("text")
    .attr("class", "berth")
    .attr("x", -4)
    .attr("y", (d) => d.y + d.height / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .attr("font-family", FONT)
    .attr("font-size", Math.min(10, Math.max(8, rows.rows[0]?.height ?? 10)))
    .attr("fill", INK)
    .attr("data-berth", (d) => d.berth)
    .attr("data-bars", (d) => model.rowLabel(d).bars)
    .attr("aria-label", (d) => model.rowLabel(d).description)
    .text((d) => model.rowLabel(d).text);
  const areas = g
    .selectAll<SVGGElement, AreaGroup>("g.area")
    .data(rows.groups, (d) => (d as AreaGroup).area)
    .join((enter) => enter.append("g").attr("class", "area").call((a) => a.append("path")).call((a) => a.append("text")));
  areas
    .select("path")
    .attr("d", (d) => `M${-frame.left + 6},${d.y0 + 0.5}V${d.y1 - 0.5}`)
    .attr("stroke", MUTED)
    .attr("stroke-width", 2);
  areas
    .select("text")
    .attr("x", -frame.left + 10)
    .attr("y", (d) => (d.y0 + d.y1) / 2)
    .attr("dy", "0.35em")
    .attr("font-family", FONT)
    .attr("font-size", 11)
    .attr("font-weight", 600)
    .attr("fill", INK)
    .text((d) => model.areaLabel(d));
};

const renderBars = (g: G, model: TimelineSvgModel): void => {
  const bars = model.bars;
  g.attr("clip-path", bars === undefined ? null : `url(#${model.clipId})`);
  g.selectAll("line")
    .data(bars === undefined ? [] : bars.rects.filter((r) => r.waitX0 < r.x0 - 0.5), (d) => (d as TimelineRect).id)
    .join("line")
    .attr("x1", (d) => d.waitX0)
    .attr("x2", (d) => d.x0)
    .attr("y1", (d) => d.waitY)
    .attr("y2", (d) => d.waitY)
    .attr("stroke", bars?.leadIn ?? "none");
  g.selectAll("path.tide")
    .data(bars === undefined ? [] : bars.rects.filter((r) => r.tideX1 > r.waitX0 + 0.5), (d) => (d as TimelineRect).id)
    .join("path")
    .attr("class", "tide")
    .attr("d", (d) => `M${d.waitX0},${d.waitY}H${d.tideX1}`)
    .attr("stroke", bars?.tideLeadIn ?? bars?.leadIn ?? "none")
    .attr("stroke-width", 3);
  g.selectAll("rect")
    .data(bars?.rects ?? [], (d) => (d as TimelineRect).id)
    .join("rect")
    .attr("x", (d) => d.x0)
    .attr("y", (d) => d.y)
    .attr("width", (d) => d.x1 - d.x0)
    .attr("height", (d) => d.height)
    .attr("fill", (d) => bars!.fill(d));
};
