import type { ConfidenceInterval } from "@berthsim/core";
import { format } from "d3-format";
import { scaleBand, scaleLinear } from "d3-scale";

/** Colours of the series (one per KPI of a chart), readable on white and in greyscale order. */
export const SERIES_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f", "#edc948"];

export interface IntervalChartInput {
  /** One band per row (a measure), top to bottom. */
  readonly rows: readonly string[];
  /** One mark per series (a KPI) in each row. */
  readonly series: readonly string[];
  /** The interval of series `s` in row `r`, already in display units; undefined or a NaN mean draws nothing. */
  readonly value: (r: number, s: number) => ConfidenceInterval | undefined;
  readonly width: number;
  /** Height of one row's band, px. */
  readonly rowHeight?: number;
  /** Width kept for the row labels on the left, px. */
  readonly labelWidth?: number;
}

export interface IntervalMark {
  readonly row: number;
  readonly series: number;
  /** Centre (the mean) and whisker ends (the 95 % interval), px in the plot. */
  readonly x: number;
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  readonly colour: string;
  /** The interval excludes 0: drawn filled, hollow otherwise. */
  readonly excludesZero: boolean;
}

export interface IntervalChartLayout {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  /** x of the value 0 in the plot. */
  readonly zero: number;
  readonly rows: readonly { readonly label: string; readonly y: number; readonly height: number }[];
  readonly marks: readonly IntervalMark[];
  readonly legend: readonly { readonly label: string; readonly colour: string; readonly x: number }[];
}

const LEGEND_HEIGHT = 22;

/**
 * Dot-and-whisker geometry: rows of bands, in each band one mark per series (offset vertically so that whiskers
 * do not overlap), on one linear x scale that always includes 0 (the "no change" line) and is rounded to nice
 * ticks. Pure: the same input gives the same numbers, in Node or a browser.
 */
export const layoutIntervalChart = (input: IntervalChartInput): IntervalChartLayout => {
  const rowHeight = input.rowHeight ?? Math.max(22, 8 * input.series.length + 8);
  const margin = { top: LEGEND_HEIGHT + 6, right: 16, bottom: 34, left: input.labelWidth ?? 280 };
  const plotWidth = Math.max(60, input.width - margin.left - margin.right);
  const plotHeight = rowHeight * input.rows.length;
  const values: { r: number; s: number; ci: ConfidenceInterval }[] = [];
  input.rows.forEach((_, r) =>
    input.series.forEach((_, s) => {
      const ci = input.value(r, s);
      if (ci !== undefined && Number.isFinite(ci.mean)) values.push({ r, s, ci });
    }),
  );
  const ends = values.flatMap(({ ci }) => [ci.mean, ...(Number.isFinite(ci.halfWidth) ? [ci.lower, ci.upper] : [])]);
  const lo = Math.min(0, ...ends);
  const hi = Math.max(0, ...ends);
  const x = scaleLinear()
    .domain(lo === hi ? [-1, 1] : [lo, hi])
    .range([0, plotWidth])
    .nice(6);
  const band = scaleBand<number>()
    .domain(input.rows.map((_, r) => r))
    .range([0, plotHeight]);
  const slot = scaleBand<number>()
    .domain(input.series.map((_, s) => s))
    .range([4, rowHeight - 4]);
  const tickFormat = x.tickFormat(6);
  const legendStep = plotWidth / Math.max(1, input.series.length);
  return {
    width: margin.left + plotWidth + margin.right,
    height: margin.top + plotHeight + margin.bottom,
    margin,
    plotWidth,
    plotHeight,
    ticks: x.ticks(6).map((v) => ({ x: x(v), label: tickFormat(v) })),
    zero: x(0),
    rows: input.rows.map((label, r) => ({ label: fitLabel(label, margin.left - 10), y: band(r)!, height: rowHeight })),
    marks: values.map(({ r, s, ci }) => {
      const whisker = Number.isFinite(ci.halfWidth);
      return {
        row: r,
        series: s,
        x: x(ci.mean),
        x1: x(whisker ? ci.lower : ci.mean),
        x2: x(whisker ? ci.upper : ci.mean),
        y: band(r)! + slot(s)! + slot.bandwidth() / 2,
        colour: SERIES_COLOURS[s % SERIES_COLOURS.length]!,
        excludesZero: whisker && (ci.lower > 0 || ci.upper < 0),
      };
    }),
    legend: input.series.map((label, s) => ({ label, colour: SERIES_COLOURS[s % SERIES_COLOURS.length]!, x: s * legendStep })),
  };
};

/**
 * The label cut with "…" to fit `width` px at the charts' 11 px font: about 6 px a Latin character, 11 px a CJK
 * one (no text measuring without a DOM; generous enough not to overflow).
 */
export const fitLabel = (label: string, width: number): string => {
  const cost = (ch: string): number => (/[\u2e80-\uffff]/.test(ch) ? 11 : 6);
  let used = 0;
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    used += cost(chars[i]!);
    if (used > width) return `${chars.slice(0, Math.max(0, i - 1)).join("")}…`;
  }
  return label;
};

/** Numbers as the report prints them: grouped thousands, fixed digits, a true minus sign (d3-format's default). */
export const formatNumber = (x: number, digits: number): string => (Number.isFinite(x) ? format(`,.${digits}f`)(x) : "–");

/** A signed number: `+1.2`, `−0.4`. */
export const formatSigned = (x: number, digits: number): string => (Number.isFinite(x) ? format(`+,.${digits}f`)(x) : "–");
