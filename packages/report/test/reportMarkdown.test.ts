import { describe, expect, it } from "vitest";
import { reportMarkdown } from "../src/reportMarkdown.ts";
import { smallReport } from "./helpers.ts";

const report = smallReport();

describe("reportMarkdown(report, lang)", () => {
  it("has one table per section, a row per measure, the baseline without a difference", () => {
    const md = reportMarkdown(report, "en");
    expect(md.match(/^#### /gm)?.length).toBe(report.sections.length);
    for (const m of report.measures) expect(md.split(`| ${m.name.en} |`).length - 1).toBe(report.sections.length);
    const baselineRow = md.split("\n").find((l) => l.startsWith(`| ${report.measures[0]!.name.en} |`))!;
    expect(baselineRow).not.toContain("Δ");
    expect(md).toContain("seed 20181112, 3 replications");
  });
});
