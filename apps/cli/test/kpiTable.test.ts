import { RULE_SETS } from "@berthsim/core";
import { runMonteCarlo } from "@berthsim/scenario";
import { describe, expect, it } from "vitest";
import { formatCi, formatDiff, renderDifferences, renderSummary } from "../src/kpiTable.ts";
import { summaryToCsv } from "../src/summaryCsv.ts";
import { smallScenario } from "./helpers.ts";

const ci = (mean: number, halfWidth: number) => ({ mean, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth, n: 10 });

describe("formatCi and formatDiff", () => {
  it("write a mean ± half-width, and a difference with its interval and true minus signs", () => {
    expect(formatCi(ci(12.34, 0.41))).toBe("12.3 ± 0.4");
    expect(formatDiff(ci(-3.1, 0.3))).toBe("\u22123.1 [\u22123.4, \u22122.8]");
  });

  it("write a lone replication's value without interval, and a dash for no value", () => {
    expect(formatCi({ ...ci(2, NaN), n: 1 })).toBe("2.0");
    expect(formatDiff(ci(NaN, NaN))).toBe("–");
    expect(formatCi(undefined)).toBe("–");
  });

  it("never print a negative zero", () => {
    expect(formatDiff(ci(-0.001, 0.004), 2)).toBe("0.00 [\u22120.01, 0.00]");
  });
});

describe("renderSummary and renderDifferences", () => {
  const scenario = { ...smallScenario, rules: [RULE_SETS.fcfs, RULE_SETS.priority] };
  const summary = runMonteCarlo(scenario, { replications: 3 });

  it("show waiting per rule set and class, then utilisation per area", () => {
    const text = renderSummary(scenario, summary);
    expect(text).toMatch(/^berthsim — Jiaxing, four weeks \(jiaxing-small\)$/m);
    expect(text).toMatch(/3 replications of 28 days \(first 7 days discarded\)/);
    expect(text).toMatch(/^FCFS, port-wide queue\s+近洋直航 Near-sea direct/m);
    expect(text).toMatch(/乍浦港区 Zhapu util %/);
  });

  it("give the tide's part of the mean wait beside it for a port with tide windows, and no such column without", () => {
    expect(renderSummary(scenario, summary)).toMatch(/Mean wait \(h\)\s+of which tide \(h\)\s+P90 wait/);
    const { tide, ...port } = scenario.port;
    void tide;
    const plain = { ...scenario, port };
    expect(renderSummary(plain, runMonteCarlo(plain, { replications: 2 }))).not.toMatch(/of which tide/);
  });

  it("show each rule set's paired differences against the baseline", () => {
    const text = renderDifferences(scenario, summary);
    expect(text).toMatch(/^Paired differences against FCFS, port-wide queue/);
    expect(text).toMatch(/^Foreign-trade priority, port-wide queue\s+近洋直航 Near-sea direct\s+\S/m);
    expect(text).toMatch(/All ships/);
  });
});

describe("summaryToCsv(summary)", () => {
  it("writes one row per rule set and KPI, then per difference, quoting where needed", () => {
    const scenario = { ...smallScenario, rules: [{ ...RULE_SETS.fcfs, id: "fcfs,a" }, RULE_SETS.priority] };
    const csv = summaryToCsv(runMonteCarlo(scenario, { replications: 1 }));
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(1 + 3 * runMonteCarlo(scenario, { replications: 1 }).keys.length + 1);
    expect(lines[1]).toMatch(/^"fcfs,a",,count\.arrived,\d+,,,,1$/);
    expect(csv).toMatch(/\r\npriority,"fcfs,a",wait\.mean,/);
  });
});
