import type { Selection } from "d3";
import type { QuayRect } from "../layout/quay.ts";
import { metreTicks, type QuayRow, type QuayRowLayout } from "../layout/quayRows.ts";
import { MUTED } from "../state/palette.ts";
import { FONT, renderSelectedOutline, type TimelineFrame } from "./timelineSvg.ts";

/**
 * What the quay view adds to a timeline's SVG layer (`renderTimelineSvg` draws the axis, grid, rows, labels and
 * queue strip for both views): metre ticks along each quay, the selected ship's outline, and for the export
 * the rectangles themselves (on screen the canvas draws them).
 */
export interface QuaySvgModel {
  readonly frame: TimelineFrame;
  readonly rows: QuayRowLayout;
  /** The clip path of the plot area that `renderTimelineSvg` defines. */
  readonly clipId: string;
  /** A berth's length as written beside its row ("360 m"). */
  readonly metres: (m: number) => string;
  readonly selected?: QuayRect | undefined;
  readonly bars?: { readonly rects: readonly QuayRect[]; readonly fill: (r: QuayRect) => string } | undefined;
}

/** Rows this high or more have room for their length under the berth's name. */
export const LENGTH_LABEL_MIN_ROW = 26;

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/**
 * Draws the quay layer into `svg`, in one group after the timeline's layers, joined by key. It takes no pointer
 * events: the timeline's overlay beneath keeps them. Text is set as text content only.
 */
export const renderQuaySvg = (svg: Svg, model: QuaySvgModel, part: "all" | "motion" = "all"): void => {
  const g = svg
    .selectAll<SVGGElement, number>("g.quay")
    .data([0])
    .join((enter) =>
      enter
        .append("g")
        .attr("class", "quay")
        .attr("pointer-events", "none")
        .call((q) => q.append("g").attr("class", "quay-bars"))
        .call((q) => q.append("g").attr("class", "quay-scale"))
        .call((q) => q.append("g").attr("class", "quay-selected")),
    )
    .attr("transform", `translate(${model.frame.left},${model.frame.top})`);

  const bars = model.bars;
  g.select("g.quay-bars")
    .attr("clip-path", bars === undefined ? null : `url(#${model.clipId})`)
    .selectAll("rect")
    .data(bars?.rects ?? [], (d) => (d as QuayRect).id)
    .join("rect")
    // The call, its berth and its stretch of quay travel with the exported drawing (a reader can look a ship up).
    .attr("data-call", (d) => d.id)
    .attr("data-berth", (d) => d.berth)
    .attr("data-metres", (d) => `${d.from}-${d.to}`)
    .attr("x", (d) => d.x0)
    .attr("y", (d) => d.y)
    .attr("width", (d) => d.x1 - d.x0)
    .attr("height", (d) => d.height)
    .attr("fill", (d) => bars!.fill(d))
    .attr("stroke", "#ffffff")
    .attr("stroke-width", 0.5);
  // The metre ticks do not move with zoom and pan: "motion" leaves them as they are.
  if (part === "all") renderScale(g.select<SVGGElement>("g.quay-scale"), model);
  renderSelectedOutline(g.select<SVGGElement>("g.quay-selected"), model.selected, model.clipId);
};

/** Ticks at the plot's left edge along each quay, and the berth's length under its name where the row has room. */
const renderScale = (scale: Selection<SVGGElement, number, SVGSVGElement, unknown>, model: QuaySvgModel): void => {
  const { rows } = model;
  const ticks = rows.rows.flatMap((row) => metreTicks(row).map((t) => ({ key: `${row.berth}:${t.metre}`, y: t.y })));
  scale
    .selectAll("line")
    .data(ticks, (d) => (d as { key: string }).key)
    .join("line")
    .attr("x1", -3)
    .attr("x2", 0)
    .attr("y1", (d) => d.y)
    .attr("y2", (d) => d.y)
    .attr("stroke", MUTED);
  scale
    .selectAll("text")
    .data(
      rows.rows.filter((r) => r.height >= LENGTH_LABEL_MIN_ROW),
      (d) => (d as QuayRow).berth,
    )
    .join("text")
    .attr("x", -5)
    .attr("y", (d) => d.y + d.height - 2)
    .attr("text-anchor", "end")
    .attr("font-family", FONT)
    .attr("font-size", 8)
    .attr("fill", MUTED)
    .text((d) => model.metres(d.length));
};
