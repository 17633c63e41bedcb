import { describe, expect, it } from "vitest";
import { formatNumber } from "../src/charts/intervalChart.ts";
import { textOf } from "../src/el.ts";
import { renderReport } from "../src/renderReport.ts";
import { reportHtml } from "../src/reportHtml.ts";
import { buildReport, differenceOf, meanOf } from "../src/reportModel.ts";
import { runStudy } from "../src/planStudy.ts";
import { tx } from "../src/text.ts";
import { MEASURES, SMALL, smallStudy } from "./helpers.ts";

const estimates = runStudy(smallStudy(), 3);
const report = buildReport({ scenario: SMALL, measures: MEASURES, estimates, date: "2026-11-27 18:00 UTC" });

describe("buildReport(input)", () => {
  it("stamps what was run and keeps the measures in the study's order", () => {
    expect(report.stamp).toEqual({
      scenarioId: "jiaxing-default",
      scenarioName: SMALL.name,
      seed: SMALL.seed,
      replications: 3,
      horizonHours: SMALL.horizon,
      warmupHours: SMALL.warmup,
      date: "2026-11-27 18:00 UTC",
    });
    expect(report.measures.map((m) => m.id)).toEqual(MEASURES.map((m) => m.id));
    expect(report.measures.find((m) => m.id === "southeast-asia-route")!.whatIfs).toEqual(["add-route:southeast-asia-near-sea"]);
  });

  it("leaves out a section none of whose KPIs the study measured, and lines it did not measure", () => {
    const clearance = {
      id: "clearance",
      title: tx("Clearance", "通关"),
      note: tx("", ""),
      lines: [{ key: "clearance.import.mean", label: tx("Import", "进口"), unit: tx("h", "小时"), scale: 1, digits: 1, better: "lower" as const }],
      chart: ["clearance.import.mean"],
    };
    const waiting = { ...report.sections[0]!, lines: [...report.sections[0]!.lines, ...clearance.lines] };
    const shown = buildReport({ scenario: SMALL, measures: MEASURES, estimates, date: "", sections: [waiting, clearance] });
    expect(shown.sections.map((s) => s.id)).toEqual(["waiting"]);
    expect(shown.sections[0]!.lines).toEqual(report.sections[0]!.lines);
  });

  it("refuses estimates of other arms than the measures", () => {
    expect(() => buildReport({ scenario: SMALL, measures: MEASURES.slice(1), estimates, date: "" })).toThrow(/estimates are of baseline/);
  });

  it("has the waiting, utilisation, anchorage and throughput sections, every line a key of the estimates", () => {
    expect(report.sections.map((s) => s.id)).toEqual(["waiting", "utilisation", "anchorages", "throughput"]);
    for (const s of report.sections) for (const l of s.lines) expect(estimates.keys).toContain(l.key);
    expect(report.sections[2]!.lines.map((l) => l.key)).toContain("anchorage.hoursAtCapacity.chenshan");
  });
});

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

describe("reportMarkdown(report, lang)", () => {
  it("has one table per section, a row per measure, the baseline without a difference", async () => {
    const { reportMarkdown } = await import("../src/reportMarkdown.ts");
    const md = reportMarkdown(report, "en");
    expect(md.match(/^#### /gm)?.length).toBe(report.sections.length);
    for (const m of report.measures) expect(md.split(`| ${m.name.en} |`).length - 1).toBe(report.sections.length);
    const baselineRow = md.split("\n").find((l) => l.startsWith(`| ${report.measures[0]!.name.en} |`))!;
    expect(baselineRow).not.toContain("Δ");
    expect(md).toContain("seed 20181112, 3 replications");
  });
});
