import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatNumber } from "@berthsim/report";
import { encodeScenario, jiaxingDefault, measureScenario, PLAN_BASELINE, PLAN_MEASURES, runMonteCarlo, type Scenario } from "@berthsim/scenario";
import { RULE_SETS } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import { runStamp } from "../src/reportCommand.ts";
import { cli, smallScenario, tempDir, writeFile } from "./helpers.ts";

const dir = tempDir();

/** The mean cell of `key` in the row of `measure`, in the first table that has both. */
const meanCell = (html: string, measure: string, key: string): string | undefined => {
  for (const row of html.match(new RegExp(`<tr data-measure="${measure}"[^>]*>.*?</tr>`, "g")) ?? []) {
    const cell = row.match(new RegExp(`<td data-kpi="${key.replace(/\./g, "\\.")}"><span class="mean">([^<]*)</span>`));
    if (cell !== null) return cell[1];
  }
  return undefined;
};

describe("berthsim report", () => {
  const out = join(dir, "plan.html");
  let html = "";

  it("writes one HTML file and prints its path", async () => {
    const r = await cli("report", "--out", out, "--replications", "2", "--workers", "0");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${out}\n`);
    html = readFileSync(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
  }, 60_000);

  it("the file is self-contained: no script, no link, no reference to another file or host", () => {
    expect(html).not.toMatch(/<script|<link|<iframe|<img|https?:|src=|href=|@import|url\(/i);
    expect(html).toContain("<style>");
    expect(html).toContain("<svg ");
  });

  it("lists every plan measure and the baseline, and stamps the scenario, seed and replications", () => {
    for (const m of [PLAN_BASELINE, ...PLAN_MEASURES]) expect(html).toContain(`data-measure="${m.id}"`);
    expect(html).toContain(`seed ${jiaxingDefault.seed} · 2 replications of 365 days`);
  });

  it("prints the figures of a direct Monte Carlo run of each measure", () => {
    for (const m of [PLAN_BASELINE, ...PLAN_MEASURES]) {
      const applied = measureScenario(jiaxingDefault, m);
      if (!applied.ok) throw new Error(applied.errors.join("\n"));
      const direct = runMonteCarlo(applied.scenario, { replications: 2 }).ruleSets[0]!.kpis;
      const near = direct["wait.mean.nearSeaDirect"]!;
      expect(meanCell(html, m.id, "wait.mean.nearSeaDirect")).toBe(`${formatNumber(near.mean, 2)} ± ${formatNumber(near.halfWidth, 2)}`);
      const util = direct["util.area.dushan"]!;
      expect(meanCell(html, m.id, "util.area.dushan")).toBe(`${formatNumber(util.mean * 100, 1)} ± ${formatNumber(util.halfWidth * 100, 1)}`);
    }
  }, 60_000);

  it("gives the same report on worker threads, in Chinese on request", async () => {
    const zhOut = join(dir, "plan-zh.html");
    const zh = await cli("report", "-o", zhOut, "-n", "2", "--workers", "2", "--lang", "zh");
    expect(zh.code).toBe(0);
    const text = readFileSync(zhOut, "utf8");
    expect(text).toContain('<html lang="zh-CN">');
    for (const m of PLAN_MEASURES) expect(text).toContain(m.nameZh);
    const near = (s: string) => meanCell(s, "integrate-berths", "wait.mean.nearSeaDirect");
    expect(near(text)).toBe(near(html));
  }, 120_000);

  it("writes the tables as Markdown with --format md, the same figures", async () => {
    const mdOut = join(dir, "plan.md");
    const r = await cli("report", "--format", "md", "-o", mdOut, "-n", "2", "--workers", "0");
    expect(r.code).toBe(0);
    const md = readFileSync(mdOut, "utf8");
    for (const m of [PLAN_BASELINE, ...PLAN_MEASURES]) expect(md).toContain(`| ${m.name} |`);
    expect(md).toContain(`| ${PLAN_MEASURES[1]!.name} | ${meanCell(html, "integrate-berths", "wait.mean")!.split(" ± ")[0]}<br>`);
  }, 60_000);

  it("exits 3 when the file cannot be written, and 2 on a bad flag value", async () => {
    const bad = await cli("report", "--out", join(dir, "no-such-dir", "r.html"), "-n", "1", "--workers", "0");
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/^berthsim: cannot write .*no-such-dir/);
    expect((await cli("report", "--replications", "0")).code).toBe(2);
  }, 60_000);

  it("exits 1, naming the measure, when a measure cannot be applied to the scenario", async () => {
    // A port without coal: the coal measure has nothing to move.
    const noCoal: Scenario = {
      ...smallScenario,
      port: { ...smallScenario.port, berths: smallScenario.port.berths.filter((b) => !b.cargo.includes("coal")) },
      traffic: smallScenario.traffic.filter((s) => s.cargo !== "coal"),
      rules: [RULE_SETS.fcfs],
    };
    const file = writeFile(dir, "no-coal.json", encodeScenario(noCoal));
    const r = await cli("report", file, "--out", join(dir, "never.html"), "-n", "1", "--workers", "0");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("coal-at-zhapu: coal-to-dushan:zhapu: no berth of the port handles coal");
  });
});

describe("runStamp(date)", () => {
  it("is the date and UTC time to the minute", () => {
    expect(runStamp(new Date(Date.UTC(2026, 10, 27, 18, 5, 33)))).toBe("2026-11-27 18:05 UTC");
  });
});
