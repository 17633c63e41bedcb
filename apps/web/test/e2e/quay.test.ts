import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLASS_COLOURS } from "../../src/state/palette.ts";
import { openPage, screenshot, type Served, serveApp, waitForRun } from "./harness.ts";

// The quay view of the berth window in headless Chromium: switch to it, see the ships, hover one, share the link.
let served: Served;
beforeAll(async () => {
  served = await serveApp();
}, 120_000);
afterAll(async () => {
  await served?.close();
});

const RUN = "#s=jiaxing-default&r=fcfs-area,priority&seed=20181112&n=2&lang=en&tab=timeline";

/** Pixels of the first panel's canvas painted in a trade-class colour (a ship, its shift veiled or not). */
const classPixels = (page: Page): Promise<number> =>
  page.evaluate((colours) => {
    const canvas = document.querySelector<HTMLCanvasElement>(".tl-panel canvas")!;
    const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    const wanted = new Set(
      colours.flatMap((hex) => {
        const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        return [rgb.join(","), rgb.map((c) => (c + 255) >> 1).join(",")];
      }),
    );
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255 && wanted.has(`${data[i]},${data[i + 1]},${data[i + 2]}`)) n++;
    return n;
  }, Object.values(CLASS_COLOURS));

/** Vertical centre of berth `id`'s label in the first panel, page pixels. */
const rowMiddle = (page: Page, id: string): Promise<number> =>
  page
    .locator(`.tl-panel >> nth=0 >> text.berth[data-berth="${id}"]`)
    .evaluate((t) => t.getBoundingClientRect().top + t.getBoundingClientRect().height / 2);

describe("the quay view", () => {
  it("is switched on from the toolbar: rows as high as their berth is long, the ships drawn, the link says so", async () => {
    const { page, errors } = await openPage(served, RUN);
    await waitForRun(page);
    expect(await page.locator(".tl-panel[data-view=quay]").count()).toBe(0);
    await page.click("#view-quay");
    await page.waitForSelector(".tl-panel[data-view=quay]");
    expect(await page.locator(".tl-panel[data-view=quay]").count()).toBe(2);
    expect(await page.getAttribute("#view-quay", "aria-pressed")).toBe("true");
    expect(await page.getAttribute("#view-berth", "aria-pressed")).toBe("false");
    expect(new URL(page.url()).hash).toContain("tv=quay");
    // E4 (360 m) is taller than the 147 m Qinshan berths, which keep the minimum height.
    const e4 = (await rowMiddle(page, "ZP3")) - (await rowMiddle(page, "E4"));
    const q = (await rowMiddle(page, "Q2")) - (await rowMiddle(page, "Q1"));
    expect(e4).toBeGreaterThan(1.5 * q);
    expect(await page.locator(".tl-panel >> nth=0 >> g.quay-scale text").allTextContents()).toContain("360 m");
    expect(await page.locator(".tl-panel >> nth=0 >> g.quay-scale line").count()).toBeGreaterThan(21 * 2);
    await page.waitForTimeout(100);
    expect(await classPixels(page)).toBeGreaterThan(10_000);
    expect(await page.locator("#timeline-note").innerText()).toContain("stretch of quay");
    await screenshot(page, "timeline-quay");
    await page.click("#lang");
    await page.waitForFunction(() => [...document.querySelectorAll(".tl-panel g.quay-scale text")].some((t) => t.textContent === "360 米"));
    expect(await page.locator("#view-quay").innerText()).toBe("岸线视图");
    await screenshot(page, "timeline-quay-zh");
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("shows the call under the pointer in a tooltip, and zooms every panel together", async () => {
    const { page, errors } = await openPage(served, `${RUN}&tv=quay&v=400-520`);
    await waitForRun(page);
    await page.waitForSelector(".tl-panel[data-view=quay]");
    const hit = (await page.locator(".tl-panel").first().locator("rect.hit").boundingBox())!;
    const y = await rowMiddle(page, "E4");
    let found = false;
    for (let x = 4; x < hit.width && !found; x += 6) {
      await page.mouse.move(hit.x + x, y);
      found = await page.locator("#tooltip").isVisible();
    }
    expect(found).toBe(true);
    const tip = await page.locator("#tooltip").innerText();
    for (const label of ["Class", "Cargo", "Arrival", "Berthing", "Wait"]) expect(tip).toContain(label);
    expect(tip).toMatch(/Berth\s+E4 · Zhapu/);
    await screenshot(page, "timeline-quay-tooltip");
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(500);
    const ticks = await page.$$eval(".tl-panel", (ps) => ps.map((p) => [...p.querySelectorAll("g.tick text")].map((t) => t.textContent).join("|")));
    expect(ticks[0]).not.toBe("");
    expect(ticks[1]).toBe(ticks[0]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("opens from a shared link in the quay view, exports it, and switches back to the berth view", async () => {
    const { page, errors } = await openPage(served, `${RUN}&v=0-168`);
    await waitForRun(page);
    await page.click("#view-quay");
    await page.waitForSelector(".tl-panel[data-view=quay]");
    await page.click("#share");
    const link = page.url();
    await page.close();
    const second = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await second.goto(link);
    await waitForRun(second);
    expect(await second.locator(".tl-panel[data-view=quay]").count()).toBe(2);
    expect(await second.getAttribute("#view-quay", "aria-pressed")).toBe("true");
    const [download] = await Promise.all([second.waitForEvent("download"), second.click("#export-svg")]);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const svg = Buffer.concat(chunks).toString("utf8");
    expect(svg).toContain('class="quay-bars"');
    expect((svg.match(/<rect /g) ?? []).length).toBeGreaterThan(100);
    // Ships side by side: at the shared quays (E4, B25-26) some ships lie alongside at the same time on different,
    // non-overlapping stretches of quay, drawn at different heights of the row.
    // Each compared rule set is one panel with its own quay-bars group (coordinates are the panel's own).
    const panels = svg.split('class="quay-bars"').slice(1);
    expect(panels.length).toBe(2);
    for (const [quay, panel] of ["E4", "B25-26"].flatMap((q) => panels.map((p) => [q, p] as const))) {
      const ships = [...panel.matchAll(new RegExp(`<rect data-call="([^"]+)" data-berth="${quay}" data-metres="([^"]+)" x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)"`, "g"))].map(
        (m) => {
          const [from, to] = m[2]!.split("-").map(Number);
          return { id: m[1]!, from: from!, to: to!, x0: Number(m[3]), x1: Number(m[3]) + Number(m[5]), y0: Number(m[4]), y1: Number(m[4]) + Number(m[6]) };
        },
      );
      expect(ships.length).toBeGreaterThan(2);
      const sideBySide = ships.some((a) =>
        ships.some((b) => a.id < b.id && a.x0 < b.x1 && b.x0 < a.x1 && (a.to <= b.from || b.to <= a.from) && (a.y1 <= b.y0 || b.y1 <= a.y0)),
      );
      expect(sideBySide).toBe(true);
      // And no two ships of one quay share metres at the same time.
      const overlapping = ships.flatMap((a) => ships.filter((b) => a.id < b.id && a.x0 < b.x1 && b.x0 < a.x1 && a.from < b.to && b.from < a.to).map((b) => [a.id, b.id]));
      expect(overlapping).toEqual([]);
    }
    await second.click("#view-berth");
    await second.waitForFunction(() => document.querySelectorAll(".tl-panel[data-view=quay]").length === 0 && document.querySelectorAll(".tl-panel").length === 2);
    expect(new URL(second.url()).hash).toContain("tv=berth");
    expect(new URL(second.url()).hash).toMatch(/v=0-168/);
    expect(errors).toEqual([]);
    await second.close();
  }, 120_000);
});
