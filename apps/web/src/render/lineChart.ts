import { axisBottom, axisLeft, curveLinear, curveStepAfter, line, type ScaleContinuousNumeric, select, type Selection } from "d3";
import { GRID, MUTED } from "../state/palette.ts";
import { chartTitle, plotGroup } from "./chartFrame.ts";
import { FONT } from "./timelineSvg.ts";

export interface LineSeries {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly dash?: string;
  readonly points: readonly (readonly [number, number])[];
}

export interface LineChartModel {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly x: ScaleContinuousNumeric<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
  readonly xLabel: string;
  readonly xFormat: (x: number) => string;
  readonly yFormat: (y: number) => string;
  readonly series: readonly LineSeries[];
  /** Step after each point (an ECDF) instead of straight segments. */
  readonly step?: boolean;
  /** Shown in the middle when every series is empty. */
  readonly emptyText?: string;
}

const MARGIN = { top: 22, right: 10, bottom: 30, left: 40 };

/** A small multi-line chart (lines keyed by series), with the scales' ranges set from the model's size. */
export const renderLineChart = (svg: Selection<SVGSVGElement, unknown, null, undefined>, model: LineChartModel): void => {
  const w = model.width - MARGIN.left - MARGIN.right;
  const h = model.height - MARGIN.top - MARGIN.bottom;
  const x = model.x.copy().range([0, w]);
  const y = model.y.copy().range([h, 0]);
  svg.attr("width", model.width).attr("height", model.height).attr("font-family", FONT).attr("font-size", 10);
  chartTitle(svg, model.title, MARGIN.left);
  const g = plotGroup(svg, MARGIN.left, MARGIN.top);
  g.selectAll<SVGGElement, string>("g.axis")
    .data(["x", "y"])
    .join("g")
    .attr("class", "axis")
    .attr("transform", (d) => (d === "x" ? `translate(0,${h})` : null))
    .each(function (d) {
      const axis = d === "x" ? axisBottom(x).ticks(Math.max(2, Math.floor(w / 60))).tickFormat((v) => model.xFormat(Number(v))) : axisLeft(y).ticks(4).tickFormat((v) => model.yFormat(Number(v)));
      select(this).call(axis).attr("color", MUTED);
    });
  g.selectAll("line.grid")
    .data(y.ticks(4))
    .join("line")
    .attr("class", "grid")
    .attr("x1", 0)
    .attr("x2", w)
    .attr("y1", (d) => y(d))
    .attr("y2", (d) => y(d))
    .attr("stroke", GRID);
  const path = line<readonly [number, number]>()
    .defined((p) => Number.isFinite(p[1]))
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))
    .curve(model.step === true ? curveStepAfter : curveLinear);
  g.selectAll<SVGPathElement, LineSeries>("path.series")
    .data(model.series, (s) => (s as LineSeries).key)
    .join("path")
    .attr("class", "series")
    .attr("fill", "none")
    .attr("stroke", (s) => s.colour)
    .attr("stroke-width", 1.5)
    .attr("stroke-dasharray", (s) => s.dash ?? null)
    .attr("d", (s) => path(s.points));
  g.selectAll("text.xlabel")
    .data([model.xLabel])
    .join("text")
    .attr("class", "xlabel")
    .attr("x", w)
    .attr("y", h + 26)
    .attr("text-anchor", "end")
    .attr("fill", MUTED)
    .text((d) => d);
  const empty = model.series.every((s) => s.points.length === 0) && model.emptyText !== undefined ? [model.emptyText] : [];
  g.selectAll("text.empty")
    .data(empty)
    .join("text")
    .attr("class", "empty")
    .attr("x", w / 2)
    .attr("y", h / 2)
    .attr("text-anchor", "middle")
    .attr("fill", MUTED)
    .text((d) => d);
};
