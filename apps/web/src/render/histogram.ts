import { axisBottom, axisLeft, bin, max, scaleLinear, select, type Selection } from "d3";
import { INK, MOVE_COLOURS, MUTED } from "../state/palette.ts";
import { chartTitle, plotGroup } from "./chartFrame.ts";
import { FONT } from "./timelineSvg.ts";

export interface HistogramModel {
  readonly values: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly xLabel: string;
}

/**
 * A histogram of berthing moves (hours): bins from d3.bin, bars left of 0 (earlier) blue and right (later) red.
 */
export const renderHistogram = (svg: Selection<SVGSVGElement, unknown, null, undefined>, model: HistogramModel): void => {
  const margin = { top: 8, right: 12, bottom: 32, left: 44 };
  const w = model.width - margin.left - margin.right;
  const h = model.height - margin.top - margin.bottom;
  const extent = max(model.values, (v) => Math.abs(v)) ?? 1;
  const x = scaleLinear().domain([-extent, extent]).nice().range([0, w]);
  const bins = bin().domain(x.domain() as [number, number]).thresholds(x.ticks(40))(model.values as number[]);
  const y = scaleLinear()
    .domain([0, max(bins, (b) => b.length) ?? 1])
    .nice()
    .range([h, 0]);
  svg.attr("width", model.width).attr("height", model.height).attr("font-family", FONT);
  const g = plotGroup(svg, margin.left, margin.top);
  g.selectAll("rect")
    .data(bins)
    .join("rect")
    .attr("x", (b) => x(b.x0!) + 0.5)
    .attr("width", (b) => Math.max(0, x(b.x1!) - x(b.x0!) - 1))
    .attr("y", (b) => y(b.length))
    .attr("height", (b) => h - y(b.length))
    .attr("fill", (b) => ((b.x1! + b.x0!) / 2 < 0 ? MOVE_COLOURS.earlier : MOVE_COLOURS.later));
  g.selectAll<SVGGElement, string>("g.axis")
    .data(["x", "y"])
    .join("g")
    .attr("class", "axis")
    .attr("transform", (d) => (d === "x" ? `translate(0,${h})` : null))
    .each(function (d) {
      const axis = d === "x" ? axisBottom(x).ticks(8) : axisLeft(y).ticks(4);
      select(this).call(axis).attr("color", MUTED);
    });
  g.selectAll("text.label")
    .data([model.xLabel])
    .join("text")
    .attr("class", "label")
    .attr("x", w / 2)
    .attr("y", h + 28)
    .attr("text-anchor", "middle")
    .attr("font-size", 11)
    .attr("fill", INK)
    .text((d) => d);
};
