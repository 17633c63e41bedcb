import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findScenario, runReplication } from "@berthsim/scenario";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EN } from "../../src/state/messages.ts";
import { ZH } from "../../src/state/messagesZh.ts";
import { ARTIFACTS, openPage, screenshot, type Served, serveApp, waitForRun } from "./harness.ts";

// The built app in headless Chromium: run, compare, share, switch language, cancel, drive by keyboard.
let served: Served;
beforeAll(async () => {
  served = await serveApp();
}, 120_000);
afterAll(async () => {
  await served?.close();
});

const SEED = 20181112;
const RUN = `#s=jiaxing-default&r=fcfs-area,priority&seed=${SEED}&n=3&lang=en&tab=timeline`;

/** data-bars of every berth label, per timeline panel. */
const barsShown = (page: Page): Promise<Record<string, number>[]> =>
  page.$$eval(".tl-panel", (panels) =>
    panels.map((p) => Object.fromEntries([...p.querySelectorAll("text.berth")].map((t) => [t.getAttribute("data-berth"), Number(t.getAttribute("data-bars"))]))),
  );

const kpiText = (page: Page): Promise<string[]> => page.$$eval("#panel-kpis tr", (rows) => rows.map((r) => r.textContent ?? ""));

describe("the berth timeline", () => {
  it("draws, for two rule sets, as many bars per berth as the simulation served there", async () => {
    const { page, errors } = await openPage(served, RUN);
    await waitForRun(page);
    const scenario = findScenario("jiaxing-default")!;
    const rules = scenario.rules.filter((r) => r.id === "fcfs-area" || r.id === "priority");
    const expected = runReplication({ ...scenario, rules, seed: SEED }, 0).map((result) => {
      const counts: Record<string, number> = Object.fromEntries(scenario.port.berths.map((b) => [b.id, 0]));
      for (const c of result.calls) if (c.status === "served") counts[c.berth!]!++;
      return counts;
    });
    expect(await page.$$eval(".tl-title", (hs) => hs.map((h) => h.textContent))).toEqual([
      "FCFS, queue per area",
      "Foreign-trade priority, port-wide queue",
    ]);
    expect(await barsShown(page)).toEqual(expected);
    await screenshot(page, "timeline-year");
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("shows a call's details on hover and keeps every panel on the same window when one is zoomed", async () => {
    const { page } = await openPage(served, `${RUN}&v=400-520`);
    await waitForRun(page);
    const hit = (await page.locator(".tl-panel").first().locator("rect.hit").boundingBox())!;
    let found = false;
    for (let x = 4; x < hit.width && !found; x += 6) {
      await page.mouse.move(hit.x + x, hit.y + 6);
      found = await page.locator("#tooltip").isVisible();
    }
    expect(found).toBe(true);
    const tip = await page.locator("#tooltip").innerText();
    for (const label of ["Class", "Cargo", "Size", "Arrival", "Berthing", "Wait"]) expect(tip).toContain(label);
    await screenshot(page, "timeline-tooltip");
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(500);
    const ticks = await page.$$eval(".tl-panel", (ps) => ps.map((p) => [...p.querySelectorAll("g.tick text")].map((t) => t.textContent).join("|")));
    expect(ticks[0]).not.toBe("");
    expect(ticks[1]).toBe(ticks[0]);
    expect(new URL(page.url()).hash).toMatch(/v=\d/);
    await page.close();
  }, 120_000);

  it("draws a tide wait in its own colour and, on a click, says why the call waited", async () => {
    const scenario = findScenario("jiaxing-default")!;
    const rules = scenario.rules.filter((r) => r.id === "fcfs-area" || r.id === "priority");
    const [first] = runReplication({ ...scenario, rules, seed: SEED }, 0);
    // A ship that waited for the tide and then for a berth, with a bar long enough to click.
    const call = first!.calls.find((c) => c.status === "served" && c.tideWait > 0 && c.wait > c.tideWait + 1 && c.end! - c.berthingStart! > 10)!;
    const t0 = Math.floor(call.arrival - 12);
    const t1 = Math.ceil(call.end! + 12);
    const { page, errors } = await openPage(served, `${RUN}&v=${t0}-${t1}`);
    await waitForRun(page);
    const panel = page.locator(".tl-panel").first();
    const hit = (await panel.locator("rect.hit").boundingBox())!;
    const row = (await panel.locator(`text.berth[data-berth="${call.berth}"]`).boundingBox())!;
    const x = hit.x + (((call.berthingStart! + call.end!) / 2 - t0) / (t1 - t0)) * hit.width;
    await page.mouse.click(x, row.y + row.height / 2);
    await expect.poll(() => page.locator("#tooltip").innerText(), { timeout: 20_000 }).toMatch(/tide: draft [\d.]+ m over the channel's low-water depth 10\.5 m/);
    const tip = await page.locator("#tooltip").innerText();
    expect(tip).toContain(EN.why);
    expect(tip).toMatch(/of which [\d.]+ h for the tide/);
    expect(await page.locator("#legend").innerText()).toContain(EN.legendTideWait);
    await screenshot(page, "timeline-why");
    await page.click("#tab-charts");
    const charts = await page.locator("#panel-charts").innerText();
    expect(charts).toContain(EN.chartsAnchorages);
    expect(charts).toContain("Chenshan 陈山 (dangerous goods), 2 places");
    await screenshot(page, "charts-anchorages");
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("highlights the calls that moved against the baseline, and lists them under Moves", async () => {
    const { page } = await openPage(served, RUN);
    await waitForRun(page);
    await page.check("#highlight");
    await page.waitForTimeout(200);
    expect(await page.locator("#legend").innerText()).toContain("berthed earlier");
    await screenshot(page, "timeline-moves-highlighted");
    await page.click("#tab-moves");
    expect(await page.locator("#moves-summary").innerText()).toMatch(/^\d+ of \d+ calls berthed at another time/);
    const rows = await page.locator("#moves-table tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    await screenshot(page, "moves");
    await page.locator("#moves-table tbody tr").first().press("Enter");
    await page.waitForSelector("#panel-timeline:not([hidden])");
    expect(await page.locator(".tl-panel g.selected rect").count()).toBeGreaterThan(0);
    await page.close();
  }, 120_000);
});

describe("exports", () => {
  it("saves the timeline as SVG and PNG, and the schedule and KPIs as CSV", async () => {
    const { page } = await openPage(served, `${RUN}&v=0-168`);
    await waitForRun(page);
    const save = async (button: string): Promise<{ name: string; body: Buffer }> => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      const chunks: Buffer[] = [];
      for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
      return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
    };
    const svg = await save("#export-svg");
    expect(svg.name).toBe("berthsim-jiaxing-default.svg");
    const text = svg.body.toString("utf8");
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain("FCFS, queue per area");
    expect((text.match(/<rect /g) ?? []).length).toBeGreaterThan(100);
    const png = await save("#export-png");
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, "export.png"), png.body);
    expect(png.body.subarray(1, 4).toString("latin1")).toBe("PNG");
    const schedule = (await save("#export-schedule")).body.toString("utf8").split("\n");
    expect(schedule[0]).toMatch(/^rule_set,id,name,class,/);
    expect(schedule.filter((l) => l.startsWith("priority,")).length).toBeGreaterThan(5000);
    const kpis = (await save("#export-kpis")).body.toString("utf8");
    expect(kpis).toMatch(/^kind,rule_set,baseline,kpi,replications,mean,lower,upper,half_width\n/);
    expect(kpis).toContain("paired_difference,priority,fcfs-area,wait.mean,3,");
    await page.close();
  }, 120_000);
});

describe("sharing", () => {
  it("a shared link opens the same run and gives the same KPIs", async () => {
    const first = await openPage(served, RUN.replace("tab=timeline", "tab=kpis"));
    await waitForRun(first.page);
    await first.page.click("#share");
    const link = first.page.url();
    const kpis = await kpiText(first.page);
    expect(kpis.length).toBeGreaterThan(20);
    await screenshot(first.page, "kpis");
    await first.page.close();
    const second = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await second.goto(link);
    await waitForRun(second);
    expect(await kpiText(second)).toEqual(kpis);
    await second.close();
  }, 120_000);
});

describe("language", () => {
  it("switches every label to Chinese and back", async () => {
    const { page } = await openPage(served, RUN);
    await waitForRun(page);
    await page.click("#lang");
    const labels = await page.$$eval("[data-i18n]", (els) => els.map((e) => [(e as HTMLElement).dataset["i18n"], e.textContent]));
    for (const [key, text] of labels) expect([key, text]).toEqual([key, ZH[key as keyof typeof ZH]]);
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.$$eval(".tl-title", (hs) => hs.map((h) => h.textContent))).toEqual(["先到先服务，按港区排队", "外贸优先，全港统一排队"]);
    expect(await page.$$eval("g.area text", (ts) => ts.map((t) => t.textContent))).toContain("独山港区");
    await screenshot(page, "timeline-zh");
    await page.click("#tab-charts");
    await screenshot(page, "charts-zh");
    await page.click("#lang");
    expect(await page.locator("#tab-timeline").innerText()).toBe(EN.tabTimeline);
    expect(new URL(page.url()).hash).toContain("lang=en");
    await page.close();
  }, 120_000);
});

describe("controls", () => {
  it("a long run shows progress and can be cancelled; the KPIs cover the replications done", async () => {
    const { page } = await openPage(served, RUN.replace("n=3", "n=400"));
    await page.waitForFunction(() => Number((document.getElementById("progress") as HTMLProgressElement).value) > 0, undefined, { timeout: 60_000 });
    await page.click("#cancel");
    await waitForRun(page, "cancelled");
    expect(await page.locator("#run-status").innerText()).toMatch(/^Cancelled after \d+ of 400 replications/);
    expect(await page.locator("#cancel").isDisabled()).toBe(true);
    await page.close();
  }, 120_000);

  it("every control is reached with the keyboard, and the timeline zooms with keys", async () => {
    const { page } = await openPage(served, RUN);
    await waitForRun(page);
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ""));
    }
    for (const id of ["share", "lang", "scenario-select", "file-input", "seed", "replications", "run", "tab-timeline", "zoom-in", "highlight", "export-png", "timelines"])
      expect([id, reached.has(id)]).toEqual([id, true]);
    await page.focus("#timelines");
    const before = new URL(page.url()).hash;
    await page.keyboard.press("+");
    // The link follows the window once zooming pauses.
    await page.waitForFunction((old) => location.hash !== old && /[#&]v=\d/.test(location.hash), before);
    await page.close();
  }, 120_000);

  it("a what-if edit from the panel changes the run, and an edit that cannot be made shows why", async () => {
    const { page, errors } = await openPage(served, RUN);
    await waitForRun(page);
    await page.selectOption("#whatif-kind", "close-berth");
    await page.fill("#whatif-spec", "close-berth:D5:0:8760");
    await page.press("#whatif-spec", "Enter");
    expect(await page.locator(".edit-list code").allInnerTexts()).toEqual(["close-berth:D5:0:8760"]);
    await page.click("#run");
    await page.waitForFunction(() =>
      [...document.querySelectorAll('text.berth[data-berth="D5"]')].every((t) => t.getAttribute("data-bars") === "0"),
    );
    expect(new URL(page.url()).hash).toContain("e=close-berth%3AD5%3A0%3A8760");
    await page.fill("#whatif-spec", "close-berth:ZZ:0:10");
    await page.press("#whatif-spec", "Enter");
    await page.waitForSelector("#whatifs .errors");
    expect(await page.locator("#whatifs .errors li").allInnerTexts()).toEqual([expect.stringMatching(/^close-berth:ZZ:0:10: no berth "ZZ"/)]);
    await screenshot(page, "what-if");
    await page.click("#run");
    await waitForRun(page, "invalid");
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
