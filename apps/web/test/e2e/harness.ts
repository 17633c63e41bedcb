import { mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";

const APP_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Where end-to-end screenshots go: test-artifacts/web at the repository root (ignored by git). */
export const ARTIFACTS = fileURLToPath(new URL("../../../../test-artifacts/web", import.meta.url));

/** Chromium: Debian's, unless BERTHSIM_CHROMIUM names another. */
export const CHROMIUM = process.env["BERTHSIM_CHROMIUM"] ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Served {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the app into a temporary folder, serves it with `vite preview` on a free port, and starts headless
 * Chromium. `close` stops all three.
 */
export const serveApp = async (): Promise<Served> => {
  const outDir = await mkdtemp(join(tmpdir(), "berthsim-web-"));
  await build({ root: APP_ROOT, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ root: APP_ROOT, logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1" } });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error("vite preview has no local URL");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
};

/** A page at 1280 × 800, with a log of every request it makes and of console errors. */
export const openPage = async (served: Served, path = ""): Promise<{ page: Page; requests: string[]; errors: string[] }> => {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(served.url + path);
  return { page, requests, errors };
};

/** Waits until the run reaches `state` (done, cancelled, error, invalid) as the status line's data-state says. */
export const waitForRun = async (page: Page, state = "done", timeout = 120_000): Promise<void> => {
  await page.waitForSelector(`#run-status[data-state="${state}"]`, { timeout });
};

export const screenshot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
};
