import { describe, expect, it } from "vitest";
import { formatNumber } from "../src/charts/intervalChart.ts";
import { textOf } from "../src/el.ts";
import { renderReport } from "../src/renderReport.ts";
import { reportHtml } from "../src/reportHtml.ts";
import { differenceOf, meanOf } from "../src/reportModel.ts";
import { smallReport } from "./helpers.ts";

const report = smallReport();

describe("reportHtml(report, lang)", () => {
  const html = reportHtml(report, "en");

  it("is self-contained: no script, no external reference, inline style and SVG", () => {
    expect(html).not.toMatch(/<script|https?:|\/\/[a-z]|<link|src=|@import|url\(/i);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html.match(/<svg /g)?.length).toBe(report.sections.length);
  });

  it("names every measure, in the measures table and in every section's table", () => {
    for (const m of report.measures) {
      expect(html).toContain(m.name.en.replace(/&/g, "&amp;"));
      expect(html.split(`data-measure="${m.id}"`).length - 1).toBe(1 + report.sections.length);
    }
  });

  it("prints each mean with its half-width and each paired difference with its interval, as estimated", () => {
    const tree = textOf(renderReport(report, "en"));
    const m = report.measures.findIndex((x) => x.id === "integrate-berths");
    const mean = meanOf(report, m, "wait.mean.nearSeaDirect")!;
    const diff = differenceOf(report, m, "wait.mean.nearSeaDirect")!;
    expect(tree).toContain(`${formatNumber(mean.mean, 2)} ± ${formatNumber(mean.halfWidth, 2)}`);
    expect(tree).toContain(`[${diff.lower >= 0 ? "+" : "−"}${formatNumber(Math.abs(diff.lower), 2)}, `);
    expect(differenceOf(report, 0, "wait.mean")).toBeUndefined();
  });

  it("is written in Chinese on request, with the same figures", () => {
    const zh = reportHtml(report, "zh");
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain("阅读说明");
    for (const m of report.measures) expect(zh).toContain(m.name.zh);
    const figures = (s: string) => s.match(/[+−]?\d[\d,]*\.\d+/g)?.filter((x) => !x.includes(",")).length;
    expect(figures(zh)).toBe(figures(html));
  });
});

