import { reportSections } from "@berthsim/report";
import { jiaxingDefault, PLAN_BASELINE, PLAN_MEASURES } from "@berthsim/scenario";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage, screenshot, type Served, serveApp } from "./harness.ts";

// The "Plan report" tab: the measures run in Web Workers and the report drawn on the page.
let served: Served;
beforeAll(async () => {
  served = await serveApp();
}, 120_000);
afterAll(async () => {
  await served?.close();
});

describe("the Plan report tab", () => {
  it("runs every measure and shows the report's charts and tables, in English and Chinese, within the page's policy", async () => {
    const { page, requests, errors } = await openPage(served, "#s=jiaxing-default&r=fcfs,priority&seed=1&n=2&lang=en&tab=report");
    expect(await page.locator("#panel-report").isVisible()).toBe(true);
    expect(await page.locator("#tab-report").getAttribute("aria-selected")).toBe("true");
    await page.fill("#report-replications", "3");
    await page.click("#report-run");
    await page.waitForSelector('#report-status[data-state="done"]', { timeout: 120_000 });
    expect(await page.locator("#report-status").innerText()).toMatch(/^3 replication\(s\) in/);
    const charts = page.locator("#report-body figure.chart svg");
    // One chart per section: waiting, utilisation, anchorages, clearance, throughput.
    expect(await charts.count()).toBe(reportSections(jiaxingDefault.port).length);
    const first = charts.first();
    await first.scrollIntoViewIfNeeded();
    expect((await first.boundingBox())!.height).toBeGreaterThan(100);
    expect(await first.locator("g.mark").count()).toBeGreaterThan(PLAN_MEASURES.length);
    for (const m of [PLAN_BASELINE, ...PLAN_MEASURES]) expect(await page.locator(`#report-body table.measures tr[data-measure="${m.id}"]`).count()).toBe(1);
    expect(await page.locator("#report-body").innerText()).toContain("seed 1 · 3 replications");
    // The report's style sheet is adopted (a constructed sheet: the policy allows no inline style).
    expect(await page.locator("#report-body section.how").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(244, 247, 251)");
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "report-tab");

    await page.click("#lang");
    await page.waitForFunction(() => document.querySelector("#report-body h1")?.textContent?.includes("嘉兴港"));
    expect(await page.locator("#tab-report").innerText()).toBe("方案报告");
    for (const m of PLAN_MEASURES) expect(await page.locator("#report-body").innerText()).toContain(m.nameZh);

    const download = page.waitForEvent("download");
    await page.click("#report-download");
    const file = await download;
    expect(file.suggestedFilename()).toBe("berthsim-jiaxing-default-plan-report.html");

    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith(served.url) || url.startsWith("blob:") || url.startsWith("data:"))).toBe(true);
    await page.close();
  }, 180_000);
});
