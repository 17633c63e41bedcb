import { RULE_SETS } from "@berthsim/core";
import { encodeScenario, runMonteCarlo } from "@berthsim/scenario";
import { describe, expect, it } from "vitest";
import { renderClearance, renderClearanceDifferences } from "../src/clearanceTable.ts";
import { summaryToCsv } from "../src/summaryCsv.ts";
import { cli, smallScenario, tempDir, writeFile } from "./helpers.ts";

describe("renderClearance and renderClearanceDifferences", () => {
  const scenario = { ...smallScenario, rules: [RULE_SETS.fcfs, RULE_SETS.priority] };
  const summary = runMonteCarlo(scenario, { replications: 2 });

  it("show import and export clearance against the targets, per rule set, class and area", () => {
    const text = renderClearance(scenario, summary);
    expect(text).toMatch(/imports from the ship's arrival to release \(target 120 h\), exports from declaration to release \(target 10 h\)/);
    expect(text).toMatch(/Import ≤ 120 h %\s+Export mean \(h\)\s+Export P90 \(h\)\s+Export ≤ 10 h %$/m);
    expect(text).toMatch(/^FCFS, port-wide queue\s+All units\s+\d+\.\d ± \d+\.\d/m);
    expect(text).toMatch(/^\s+宁波支线 Ningbo feeder\s+\d/m);
    expect(text).toMatch(/^\s+乍浦港区 Zhapu\s+\d/m);
    // Domestic classes clear no customs: no row.
    expect(text).not.toMatch(/内贸直航/);
  });

  it("show each rule set's paired clearance differences", () => {
    expect(renderClearanceDifferences(scenario, summary)).toMatch(/^Clearance, paired differences against FCFS, port-wide queue\n/);
  });

  it("show nothing for a scenario without a clearance stage", () => {
    const { clearance: _, ...berthsOnly } = scenario;
    const plain = runMonteCarlo(berthsOnly, { replications: 1 });
    expect(renderClearance(berthsOnly, plain)).toBe("");
    expect(renderClearanceDifferences(berthsOnly, plain)).toBe("");
    expect(summaryToCsv(plain)).not.toMatch(/clearance\./);
  });
});

describe("berthsim run with a clearance stage", () => {
  const file = writeFile(tempDir(), "small.json", encodeScenario({ ...smallScenario, rules: [RULE_SETS.fcfs] }));

  it("prints the clearance table, and every clearance KPI in JSON and CSV", async () => {
    const table = await cli("run", file, "--workers", "0");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Customs clearance per cargo unit/m);
    const json = JSON.parse((await cli("run", file, "--workers", "0", "--format", "json")).stdout);
    expect(json.ruleSets[0].kpis["clearance.import.withinTarget"].mean).toBeGreaterThan(0);
    const csv = (await cli("run", file, "--workers", "0", "--format", "csv")).stdout;
    expect(csv).toMatch(/\r\nfcfs,,clearance\.export\.p90\.area\.zhapu,\d/);
  });

  it("applies a clearance what-if and accepts a clearance stop rule", async () => {
    const r = await cli("run", file, "--workers", "0", "--what-if", "advance-declaration", "--until", "clearance.import.mean:1000", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).outcome).toBe("stopRuleMet");
  });
});
