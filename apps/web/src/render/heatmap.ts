import { axisBottom, interpolateBlues, scaleBand, scaleLinear, scaleSequential, select, type Selection } from "d3";
import { INK, MUTED } from "../state/palette.ts";
import { chartTitle, plotGroup } from "./chartFrame.ts";
import { FONT } from "./timelineSvg.ts";

export interface HeatmapModel {
  readonly title: string;
  readonly width: number;
  readonly rows: readonly { readonly key: string; readonly label: string; readonly values: ArrayLike<number> }[];
  /** Start of each column, for the x axis (weeks). */
  readonly columns: number;
  readonly xLabel: string;
  readonly columnLabel: (i: number) => string;
  readonly describe: (row: string, column: number, value: number) => string;
}

/** Rows × columns of shares 0–1 as shades of blue (utilisation per berth and week); a <title> per cell. */
export const renderHeatmap = (svg: Selection<SVGSVGElement, unknown, null, undefined>, model: HeatmapModel): void => {
  const margin = { top: 22, right: 10, bottom: 30, left: 40 };
  const rowHeight = 10;
  const h = model.rows.length * rowHeight;
  const w = model.width - margin.left - margin.right;
  const x = scaleLinear().domain([0, model.columns]).range([0, w]);
  const y = scaleBand<string>().domain(model.rows.map((r) => r.key)).range([0, h]).paddingInner(0.1);
  const colour = scaleSequential(interpolateBlues).domain([0, 1]);
  svg.attr("width", model.width).attr("height", h + margin.top + margin.bottom).attr("font-family", FONT).attr("font-size", 9);
  chartTitle(svg, model.title, margin.left);
  const g = plotGroup(svg, margin.left, margin.top);
  const cells = model.rows.flatMap((r) => Array.from({ length: model.columns }, (_, i) => ({ row: r.key, i, v: r.values[i]! })));
  g.selectAll<SVGRectElement, (typeof cells)[number]>("rect")
    .data(cells, (d) => `${(d as (typeof cells)[number]).row}/${(d as (typeof cells)[number]).i}`)
    .join((enter) => enter.append("rect").call((r) => r.append("title")))
    .attr("x", (d) => x(d.i))
    .attr("y", (d) => y(d.row)!)
    .attr("width", Math.max(1, x(1) - x(0) - 0.3))
    .attr("height", y.bandwidth())
    .attr("fill", (d) => (Number.isFinite(d.v) ? colour(Math.min(1, d.v)) : "#eeeeee"))
    .select("title")
    .text((d) => model.describe(d.row, d.i, d.v));
  g.selectAll("text.row")
    .data(model.rows)
    .join("text")
    .attr("class", "row")
    .attr("x", -4)
    .attr("y", (r) => y(r.key)! + y.bandwidth() / 2)
    .attr("dy", "0.35em")
    .attr("text-anchor", "end")
    .attr("fill", INK)
    .text((r) => r.label);
  g.selectAll<SVGGElement, number>("g.axis")
    .data([0])
    .join("g")
    .attr("class", "axis")
    .attr("transform", `translate(0,${h})`)
    .each(function () {
      const ticks = x.ticks(Math.max(2, Math.floor(w / 50))).filter((v) => Number.isInteger(v) && v < model.columns);
      select(this)
        .call(axisBottom(x).tickValues(ticks).tickFormat((v) => model.columnLabel(Number(v))))
        .attr("color", MUTED);
    });
  g.selectAll("text.xlabel")
    .data([model.xLabel])
    .join("text")
    .attr("class", "xlabel")
    .attr("x", w)
    .attr("y", h + 26)
    .attr("text-anchor", "end")
    .attr("fill", MUTED)
    .text((d) => d);
};
