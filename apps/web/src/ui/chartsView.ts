import { HOURS_PER_WEEK, type Port, type SimulationResult, TRADE_CLASS_IDS } from "@berthsim/core";
import { max, min, scaleLinear, scaleSymlog, select } from "d3";
import { anchorageCharts } from "../layout/anchorageSeries.ts";
import { ecdf, waitsByClass } from "../layout/ecdf.ts";
import { utilisationSeries } from "../layout/utilisation.ts";
import { renderHeatmap } from "../render/heatmap.ts";
import { type LineSeries, renderLineChart } from "../render/lineChart.ts";
import { areaName, className, formatNumber, itemName, type Lang, t } from "../state/i18n.ts";
import { ruleColour } from "../state/palette.ts";

export interface ChartsModel {
  readonly lang: Lang;
  readonly port: Port;
  readonly results: readonly SimulationResult[];
  /** Rule set whose berths the heatmap shows. */
  readonly heatmapRule: string | undefined;
  readonly onHeatmapRule: (id: string) => void;
}

const DASHES = [undefined, "5 3", "2 2", "8 3 2 3", "1 3"];

const svgIn = (parent: HTMLElement, className: string): SVGSVGElement => {
  const wrap = parent.ownerDocument.createElement("div");
  wrap.className = className;
  const svg = parent.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "svg");
  wrap.append(svg);
  parent.append(wrap);
  return svg;
};

/**
 * The charts of replication 1: weekly utilisation per area (a line per rule set), weekly utilisation per berth
 * (a heatmap for one rule set), and the waiting-time ECDF per trade class (a line per rule set, symlog x so
 * that the many zero waits and the long tail both show); then, per anchorage of limited capacity, the daily most
 * ships at it (solid) and with those waiting outside for it added (dashed), a line pair per rule set.
 */
export const renderCharts = (container: HTMLElement, model: ChartsModel): void => {
  const { lang, port, results } = model;
  const doc = container.ownerDocument;
  const text = <K extends keyof HTMLElementTagNameMap>(tag: K, value: string, cls?: string): HTMLElementTagNameMap[K] => {
    const el = doc.createElement(tag);
    el.textContent = value;
    if (cls !== undefined) el.className = cls;
    return el;
  };
  container.replaceChildren();
  const width = Math.max(640, container.clientWidth || 960);
  const smallWidth = Math.floor((width - 40) / 3);
  const style = (i: number) => ({ colour: ruleColour(i), ...(DASHES[i % DASHES.length] ? { dash: DASHES[i % DASHES.length]! } : {}) });

  const legend = text("div", "", "legend");
  results.forEach((r, i) => {
    const item = doc.createElement("span");
    const swatch = doc.createElement("span");
    swatch.className = "swatch line";
    swatch.style.background = ruleColour(i);
    item.append(swatch, doc.createTextNode(itemName(lang, r.rules)));
    legend.append(item);
  });
  container.append(text("h2", t(lang, "chartsUtilArea"), "section-title"), legend);

  const series = results.map((r) => utilisationSeries(port, r.calls, r.horizon, HOURS_PER_WEEK));
  const weeks = series[0]?.starts.length ?? 0;
  const areaGrid = text("div", "", "charts-grid");
  container.append(areaGrid);
  for (const area of port.areas) {
    const lines: LineSeries[] = series.map((s, i) => ({
      key: results[i]!.rules.id,
      label: itemName(lang, results[i]!.rules),
      ...style(i),
      points: Array.from(s.areas.get(area.id) ?? [], (v, w) => [w + 1, v] as const),
    }));
    renderLineChart(select(svgIn(areaGrid, "chart")), {
      title: areaName(lang, area),
      width: smallWidth,
      height: 170,
      x: scaleLinear().domain([1, Math.max(2, weeks)]),
      y: scaleLinear().domain([0, 1]),
      xLabel: t(lang, "chartsWeekAxis"),
      xFormat: (v) => (Number.isInteger(v) ? String(v) : ""),
      yFormat: (v) => `${Math.round(v * 100)}%`,
      series: lines,
    });
  }

  const chosen = Math.max(0, results.findIndex((r) => r.rules.id === model.heatmapRule));
  const head = text("div", "", "panel-head");
  const label = doc.createElement("label");
  const pick = doc.createElement("select");
  pick.id = "heatmap-rule";
  results.forEach((r, i) => {
    const option = text("option", itemName(lang, r.rules));
    option.value = r.rules.id;
    option.selected = i === chosen;
    pick.append(option);
  });
  pick.addEventListener("change", () => model.onHeatmapRule(pick.value));
  label.append(text("span", `${t(lang, "chartsRuleSet")}: `), pick);
  head.append(text("h2", t(lang, "chartsUtilBerth")), label);
  container.append(head);
  const berthSeries = series[chosen];
  if (berthSeries !== undefined)
    renderHeatmap(select(svgIn(container, "chart")), {
      title: itemName(lang, results[chosen]!.rules),
      width: Math.min(width, 1100),
      rows: port.berths.map((b) => ({ key: b.id, label: b.id, values: berthSeries.berths.get(b.id) ?? [] })),
      columns: weeks,
      xLabel: t(lang, "chartsWeekAxis"),
      columnLabel: (i) => String(i + 1),
      describe: (row, i, v) => `${row}, ${t(lang, "week", { w: i + 1 })}: ${formatNumber(lang, v * 100, 0)}%`,
    });

  container.append(text("h2", t(lang, "chartsEcdf"), "section-title"));
  const ecdfGrid = text("div", "", "charts-grid");
  container.append(ecdfGrid);
  const waits = results.map((r) => waitsByClass(r.calls, r.warmup, r.horizon));
  const longest = max(waits.flatMap((m) => [...m.values()].flat())) ?? 1;
  // Most calls do not wait: start the share axis just below the smallest share of zero waits, so the tails show.
  const zeroShares = waits.flatMap((m) => [...m.values()].map((w) => (w.length === 0 ? 1 : w.filter((x) => x === 0).length / w.length)));
  const floor = Math.min(0.9, Math.floor((min(zeroShares) ?? 0) * 10) / 10);
  for (const c of TRADE_CLASS_IDS) {
    const lines: LineSeries[] = waits.map((m, i) => {
      const points = ecdf(m.get(c) ?? []).map((p) => [p.x, p.p] as const);
      // Start each step line at (0, share at 0) so a line of all-zero waits is still drawn.
      return { key: results[i]!.rules.id, label: itemName(lang, results[i]!.rules), ...style(i), points: points.length > 0 ? [[0, points[0]![0] === 0 ? points[0]![1] : 0], ...points, [longest, 1]] : [] };
    });
    renderLineChart(select(svgIn(ecdfGrid, "chart")), {
      title: className(lang, c),
      width: smallWidth,
      height: 170,
      x: scaleSymlog().domain([0, Math.max(1, longest)]),
      y: scaleLinear().domain([floor, 1]),
      xLabel: t(lang, "chartsWaitAxis"),
      xFormat: (v) => formatNumber(lang, v, 0),
      yFormat: (v) => `${Math.round(v * 100)}%`,
      series: lines,
      step: true,
      emptyText: t(lang, "chartsNoCalls"),
    });
  }

  const anchorages = results.map((r) => anchorageCharts(r.anchorageSeries ?? []));
  if ((anchorages[0]?.length ?? 0) === 0) return;
  container.append(text("h2", t(lang, "chartsAnchorages"), "section-title"));
  const anchorageGrid = text("div", "", "charts-grid");
  container.append(anchorageGrid);
  const peak = Math.max(1, ...anchorages.flatMap((cs) => cs.map((c) => c.peak)));
  anchorages[0]!.forEach((first, a) => {
    const lines: LineSeries[] = anchorages.flatMap((cs, i) => {
      const c = cs[a]!;
      const name = itemName(lang, results[i]!.rules);
      return [
        { key: `${results[i]!.rules.id}-in`, label: name, colour: ruleColour(i), points: c.inside },
        { key: `${results[i]!.rules.id}-demand`, label: `${name} (+ ${t(lang, "chartsOutside")})`, colour: ruleColour(i), dash: "3 2", points: c.demand },
      ];
    });
    const anchorage = port.anchorages.find((x) => x.id === first.id);
    renderLineChart(select(svgIn(anchorageGrid, "chart")), {
      title: t(lang, "chartsAnchorage", { name: anchorage?.name ?? first.id, capacity: first.capacity }),
      width: smallWidth,
      height: 170,
      x: scaleLinear().domain([1, Math.max(2, first.inside.length)]),
      y: scaleLinear().domain([0, peak]),
      xLabel: t(lang, "chartsDayAxis"),
      xFormat: (v) => (Number.isInteger(v) ? String(v) : ""),
      yFormat: (v) => (Number.isInteger(v) ? String(v) : ""),
      series: lines,
      step: true,
    });
  });
};
