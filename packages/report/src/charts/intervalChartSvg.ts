import { type El, h } from "../el.ts";
import type { IntervalChartLayout } from "./intervalChart.ts";

const INK = "#222";
const GRID = "#ddd";
const round = (x: number): number => Math.round(x * 10) / 10;

/**
 * The SVG of an interval chart: legend, grid and ticks, the zero line, one whisker and dot per mark (filled when
 * the interval excludes 0). Inline SVG in HTML needs no namespace attribute (the page builds it with createElementNS).
 * Presentation attributes only (no `style`), so it renders the same inlined in a file or
 * built into a page under a strict Content-Security-Policy.
 */
export const intervalChartSvg = (layout: IntervalChartLayout, title: string, axisLabel: string): El => {
  const { margin, plotWidth, plotHeight } = layout;
  return h(
    "svg",
    {
      class: "interval-chart",
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: "img",
      "aria-label": title,
      "font-family": "system-ui, sans-serif",
      "font-size": 11,
    },
    h("title", {}, title),
    h(
      "g",
      { class: "legend", transform: `translate(${margin.left},4)` },
      ...layout.legend.map((item) =>
        h(
          "g",
          { transform: `translate(${round(item.x)},0)` },
          h("circle", { cx: 5, cy: 8, r: 4, fill: item.colour }),
          h("text", { x: 13, y: 12, fill: INK }, item.label),
        ),
      ),
    ),
    h(
      "g",
      { class: "plot", transform: `translate(${margin.left},${margin.top})` },
      ...layout.rows.map((row, r) =>
        h("rect", { x: 0, y: round(row.y), width: plotWidth, height: row.height, fill: r % 2 === 0 ? "#f6f6f6" : "#fff" }),
      ),
      ...layout.ticks.map((tick) =>
        h(
          "g",
          { class: "tick", transform: `translate(${round(tick.x)},0)` },
          h("line", { y1: 0, y2: plotHeight, stroke: GRID }),
          h("text", { y: plotHeight + 14, "text-anchor": "middle", fill: INK }, tick.label),
        ),
      ),
      h("line", { class: "zero", x1: round(layout.zero), x2: round(layout.zero), y1: 0, y2: plotHeight, stroke: INK, "stroke-width": 1.5 }),
      ...layout.rows.map((row) =>
        h("text", { class: "row-label", x: -8, y: round(row.y + row.height / 2 + 4), "text-anchor": "end", fill: INK }, row.label),
      ),
      ...layout.marks.map((m) =>
        h(
          "g",
          { class: "mark", "data-row": m.row, "data-series": m.series },
          h("line", { x1: round(m.x1), x2: round(m.x2), y1: round(m.y), y2: round(m.y), stroke: m.colour, "stroke-width": 2 }),
          h("circle", {
            cx: round(m.x),
            cy: round(m.y),
            r: 3.5,
            fill: m.excludesZero ? m.colour : "#fff",
            stroke: m.colour,
            "stroke-width": 1.5,
          }),
        ),
      ),
    ),
    h("text", { x: margin.left + plotWidth / 2, y: layout.height - 1, "text-anchor": "middle", fill: "#555" }, axisLabel),
  );
};
