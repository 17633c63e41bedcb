import { describe, expect, it } from "vitest";
import { buildReport } from "../src/reportModel.ts";
import { tx } from "../src/text.ts";
import { MEASURES, SMALL, smallReport } from "./helpers.ts";

const report = smallReport();
const estimates = report.estimates;

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
    // A KPI no arm produces (the name is made up): its section is left out, and so is its line in another section.
    const unmeasured = {
      id: "unmeasured",
      title: tx("Not measured", "未测量"),
      note: tx("", ""),
      lines: [{ key: "not.a.kpi.mean", label: tx("Nothing", "无"), unit: tx("h", "小时"), scale: 1, digits: 1, better: "lower" as const }],
      chart: ["not.a.kpi.mean"],
    };
    const waiting = { ...report.sections[0]!, lines: [...report.sections[0]!.lines, ...unmeasured.lines] };
    const shown = buildReport({ scenario: SMALL, measures: MEASURES, estimates, date: "", sections: [waiting, unmeasured] });
    expect(shown.sections.map((s) => s.id)).toEqual(["waiting"]);
    expect(shown.sections[0]!.lines).toEqual(report.sections[0]!.lines);
  });

  it("refuses estimates of other arms than the measures", () => {
    expect(() => buildReport({ scenario: SMALL, measures: MEASURES.slice(1), estimates, date: "" })).toThrow(/estimates are of baseline/);
  });

  it("has the waiting, utilisation, anchorage, clearance and throughput sections, every line a key of the estimates", () => {
    expect(report.sections.map((s) => s.id)).toEqual(["waiting", "utilisation", "anchorages", "clearance", "throughput"]);
    for (const s of report.sections) for (const l of s.lines) expect(estimates.keys).toContain(l.key);
    expect(report.sections[2]!.lines.map((l) => l.key)).toContain("anchorage.hoursAtCapacity.chenshan");
  });
});

