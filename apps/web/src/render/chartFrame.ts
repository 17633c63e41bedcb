import type { Selection } from "d3";
import { INK } from "../state/palette.ts";

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** The chart's title in the top-left corner, at x = `left` (one text element, re-used on redraw). */
export const chartTitle = (svg: Svg, title: string, left: number): void => {
  svg
    .selectAll("text.title")
    .data([title])
    .join("text")
    .attr("class", "title")
    .attr("x", left)
    .attr("y", 13)
    .attr("font-size", 12)
    .attr("font-weight", 600)
    .attr("fill", INK)
    .text((d) => d);
};

/** The group that holds the plot area, translated by the chart's margins (one group, re-used on redraw). */
export const plotGroup = (svg: Svg, left: number, top: number): Selection<SVGGElement, number, SVGSVGElement, unknown> =>
  svg
    .selectAll<SVGGElement, number>("g.plot")
    .data([0])
    .join("g")
    .attr("class", "plot")
    .attr("transform", `translate(${left},${top})`);
