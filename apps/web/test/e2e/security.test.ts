import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPage, screenshot, type Served, serveApp, waitForRun } from "./harness.ts";

// Files dropped on the page, hostile vessel names, the Content-Security-Policy and the page's requests.
let served: Served;
beforeAll(async () => {
  served = await serveApp();
}, 120_000);
afterAll(async () => {
  await served?.close();
});

const RUN = "#s=jiaxing-default&r=fcfs,priority&seed=1&n=2&lang=en&tab=timeline";

/** Drops a file on the drop zone as a browser does (a drop event carrying a DataTransfer). */
const dropFile = async (page: Page, name: string, type: string, text: string): Promise<void> => {
  const transfer = await page.evaluateHandle(
    ([n, t, body]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], n, { type: t }));
      return dt;
    },
    [name, type, text] as const,
  );
  await page.dispatchEvent("#drop-zone", "drop", { dataTransfer: transfer });
};

const SCRIPT_NAME = "<script>window.__pwned = 1</script>";
const IMG_NAME = '<img src=x onerror="window.__pwned = 2">';
const CALL_LIST = [
  "name,class,cargo,loa,draft,eta,volume,area",
  `"${SCRIPT_NAME}",nearSeaDirect,container,150,9,2,400,zhapu`,
  `"${IMG_NAME.replace(/"/g, '""')}",nearSeaDirect,container,150,9,3,400,zhapu`,
  "PLAIN SHIP,domesticDirect,container,150,9,4,400,zhapu",
].join("\n");

describe("dropped files", () => {
  it("a broken scenario JSON shows the decoder's path: message list next to the input, and the page stays usable", async () => {
    const { page, errors } = await openPage(served, RUN);
    await waitForRun(page);
    await dropFile(page, "broken.json", "application/json", '{"id": "x", "name": "X", "horizon": -5, "port": {"berths": 3}}');
    await page.waitForSelector("#file-errors:not([hidden])");
    const items = await page.$$eval("#file-errors-list li", (lis) => lis.map((li) => li.textContent ?? ""));
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) expect(item).toMatch(/^[^:]+: ./);
    expect(await page.locator("#file-errors-title").innerText()).toContain("broken.json");
    await screenshot(page, "broken-file");
    await page.click("#run");
    await waitForRun(page, "invalid");
    expect(await page.locator(".tl-panel").count()).toBe(2);
    await dropFile(page, "syntax.json", "application/json", '{"id": "x",,}');
    await page.waitForFunction(() => document.getElementById("file-errors-list")?.textContent?.includes("invalid JSON"));
    await page.click("#file-clear");
    expect(await page.locator("#file-errors").isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("a file of another kind is refused with a message", async () => {
    const { page } = await openPage(served, RUN);
    await page.setInputFiles("#file-input", { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await page.waitForSelector("#file-errors:not([hidden])");
    expect(await page.locator("#file-errors-list").innerText()).toContain("not a .json scenario or a .csv call list");
    await page.close();
  }, 120_000);
});

describe("vessel names and file content", () => {
  it("are rendered as text: a <script> or <img onerror> in a vessel name stays text", async () => {
    const { page, errors } = await openPage(served, `${RUN}&v=0-24`);
    await waitForRun(page);
    await page.setInputFiles("#file-input", { name: "calls.csv", mimeType: "text/csv", buffer: Buffer.from(CALL_LIST) });
    await page.waitForSelector("#file-status:not([hidden])");
    await page.click("#run");
    // The first panel now draws the three calls of the list, and nothing else.
    await page.waitForFunction(() => {
      const bars = [...document.querySelectorAll(".tl-panel:first-child text.berth")].map((t) => Number(t.getAttribute("data-bars")));
      return bars.reduce((a, b) => a + b, 0) === 3;
    });
    await waitForRun(page);
    // Hover along the rows of Zhapu until the tooltips have shown every ship.
    const names = new Set<string>();
    const hit = (await page.locator(".tl-panel").first().locator("rect.hit").boundingBox())!;
    const rows = await page.locator(".tl-panel").first().locator("text.berth").evaluateAll((ts) =>
      ts.filter((t) => Number(t.getAttribute("data-bars")) > 0).map((t) => t.getBoundingClientRect().top + t.getBoundingClientRect().height / 2),
    );
    for (const y of rows)
      for (let x = 2; x < hit.width && names.size < 3; x += 8) {
        await page.mouse.move(hit.x + x, y);
        if (await page.locator("#tooltip").isVisible()) names.add(await page.locator("#tooltip strong").innerText());
      }
    expect(names).toEqual(new Set([SCRIPT_NAME, IMG_NAME, "PLAIN SHIP"]));
    await screenshot(page, "hostile-names");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("body img, body script:not([src])").count()).toBe(0);
    await page.click("#tab-moves");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe("the page", () => {
  it("has a Content-Security-Policy without eval or inline script, as header and <meta>", async () => {
    const response = await fetch(served.url);
    const header = response.headers.get("content-security-policy") ?? "";
    const html = await response.text();
    for (const policy of [header, /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? ""]) {
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain("unsafe-inline");
      expect(policy).not.toContain("unsafe-eval");
    }
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("makes no request outside its own origin", async () => {
    const { page, requests } = await openPage(served, RUN);
    await waitForRun(page);
    for (const tab of ["moves", "charts", "kpis", "timeline"]) await page.click(`#tab-${tab}`);
    await page.click("#export-svg");
    const origin = new URL(served.url).origin;
    const outside = requests.filter((r) => !r.startsWith(`${origin}/`) && !r.startsWith("data:") && !r.startsWith("blob:"));
    expect(outside).toEqual([]);
    expect(requests.length).toBeGreaterThan(2);
    await page.close();
  }, 120_000);
});
