import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildReport, planArms, planStudy, reportHtml, runStudy } from "@berthsim/report";
import { jiaxingDefault, PLAN_BASELINE, PLAN_MEASURES } from "@berthsim/scenario";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, screenshot } from "./harness.ts";

// The file `berthsim report` writes, opened from disk in Chromium with every network request blocked.
let browser: Browser;
let fileUrl: string;
let sections = 0;
beforeAll(async () => {
  const scenario = { ...jiaxingDefault, horizon: 8 * 168, warmup: 168 };
  const arms = planArms(scenario);
  if (!arms.ok) throw new Error(arms.errors.join("\n"));
  const estimates = runStudy(planStudy(arms.arms), 3);
  const report = buildReport({ scenario, measures: [PLAN_BASELINE, ...PLAN_MEASURES], estimates, date: "2026-11-27 18:00 UTC" });
  const path = join(mkdtempSync(join(tmpdir(), "berthsim-report-")), "report.html");
  sections = report.sections.length;
  writeFileSync(path, reportHtml(report, "en"));
  fileUrl = pathToFileURL(path).href;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe("the report file", () => {
  it("opens offline from disk and shows every chart and table, asking for nothing else", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const blocked: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === fileUrl) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(fileUrl);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    const charts = page.locator("figure.chart svg");
    // One chart and one table per section: waiting, utilisation, anchorages, clearance, throughput.
    expect(sections).toBe(5);
    expect(await charts.count()).toBe(sections);
    for (let i = 0; i < sections; i++) {
      const svg = charts.nth(i);
      await svg.scrollIntoViewIfNeeded();
      expect(await svg.isVisible()).toBe(true);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(600);
      expect(box!.height).toBeGreaterThan(100);
      // Drawn marks: at least one whisker-and-dot per chart, with a real size on screen.
      const dot = svg.locator("g.mark circle").first();
      expect((await dot.boundingBox())!.width).toBeGreaterThan(4);
    }
    for (const m of [PLAN_BASELINE, ...PLAN_MEASURES]) expect(await page.locator(`table.measures tr[data-measure="${m.id}"]`).count()).toBe(1);
    expect(await page.locator("table.kpis").count()).toBe(sections);
    // The inline style applies: the "how to read" box has its background.
    expect(await page.locator("section.how").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(244, 247, 251)");
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "report-file");
    await page.close();
  }, 120_000);
});
