/**
 * Timeline performance in headless Chromium (run: `npx tsx apps/web/bench/timeline.bench.ts`, or `pnpm bench`
 * in apps/web). Builds the app, serves it, and measures on a full year of the default scenario, every call:
 *
 * 1. draw time: from the worker's results arriving (`berthsim:results-ready`) to the timelines drawn
 *    (`berthsim:timeline-drawn`) and to the next frame (`berthsim:timeline-painted`, after the Moves and
 *    Charts views were built too), for 1, 2 and 5 rule sets, median of several page loads;
 * 2. zoom and pan: a scripted zoom from the whole year in to about a week and out again (wheel events), then
 *    a drag pan back and forth over a window of about three weeks, one step per animation frame; frames per
 *    second, and the main-thread work per frame.
 *
 * Prints a Markdown table (docs/benchmarks.md, "Web app"). `BENCH_VIEW=quay` measures the quay view instead.
 */
import { cpus, loadavg } from "node:os";
import type { Page } from "playwright-core";
import { openPage, type Served, serveApp, waitForRun } from "../test/e2e/harness.ts";

const LOADS = Number(process.env["BENCH_LOADS"] ?? 5);
/** Each gesture is run this many times on one page; the run with the median rate is reported. */
const GESTURE_RUNS = Number(process.env["BENCH_GESTURE_RUNS"] ?? 3);
const VIEW = process.env["BENCH_VIEW"] === "quay" ? "&tv=quay" : "";
const RULES: Record<string, string> = { "1": "priority", "2": "fcfs-area,priority", "5": "fcfs,fcfs-area,priority,priority-area,priority-capped" };

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const f1 = (x: number): string => x.toFixed(1);

const marks = (page: Page) =>
  page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])) as Record<string, number>);

interface Draw {
  readonly drawn: number;
  readonly painted: number;
  readonly calls: number;
}

const measureDraw = async (served: Served, rules: string): Promise<Draw> => {
  const { page } = await openPage(served, `#s=jiaxing-default&r=${rules}&n=1&lang=en&tab=timeline${VIEW}`);
  await waitForRun(page);
  await page.waitForFunction(() => performance.getEntriesByName("berthsim:timeline-painted").length > 0);
  const m = await marks(page);
  const calls = await page.$$eval(".tl-panel", (ps) =>
    ps.map((p) => [...p.querySelectorAll("text.berth")].reduce((s, t) => s + Number(t.getAttribute("data-bars")), 0)).reduce((a, b) => a + b, 0),
  );
  await page.close();
  return { drawn: m["berthsim:timeline-drawn"]! - m["berthsim:results-ready"]!, painted: m["berthsim:timeline-painted"]! - m["berthsim:results-ready"]!, calls };
};

interface Motion {
  readonly frames: number;
  readonly seconds: number;
  readonly workMedian: number;
  readonly workP95: number;
}

/**
 * In the page: `steps` animation frames, each dispatching one step of the gesture on the first timeline; the
 * app redraws in its own animation-frame callback, which runs before this one, so the time from the frame's
 * start to this callback is the app's work for the frame.
 */
const measureMotion = (page: Page, gesture: "zoom" | "pan", steps: number): Promise<Motion> =>
  page.evaluate(
    ([kind, n]) =>
      new Promise<Motion>((resolve) => {
        const target = document.querySelector<SVGRectElement>(".tl-panel rect.hit")!;
        const box = target.getBoundingClientRect();
        const cx = box.left + box.width / 2;
        const cy = box.top + box.height / 2;
        const work: number[] = [];
        let i = 0;
        let start = 0;
        const mouse = (type: string, x: number, on: EventTarget) =>
          on.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: cy, view: window, bubbles: true, cancelable: true, button: 0 }));
        const step = (ts: number) => {
          if (i === 0) start = ts;
          else work.push(performance.now() - ts);
          if (i === n) {
            if (kind === "pan") mouse("mouseup", cx, window);
            const seconds = (performance.now() - start) / 1000;
            work.sort((a, b) => a - b);
            return resolve({ frames: n, seconds, workMedian: work[Math.floor(work.length / 2)]!, workP95: work[Math.floor(0.95 * work.length)]! });
          }
          if (kind === "zoom") {
            // In for the first half (a year to about a week), out for the second.
            const deltaY = i < n / 2 ? -40 : 40;
            target.dispatchEvent(new WheelEvent("wheel", { deltaY, clientX: cx, clientY: cy, view: window, bubbles: true, cancelable: true }));
          } else {
            if (i === 0) mouse("mousedown", cx, target);
            mouse("mousemove", cx + 200 * Math.sin((i / n) * 2 * Math.PI), window);
          }
          i++;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    [gesture, steps] as const,
  );

const main = async (): Promise<void> => {
  const served = await serveApp();
  try {
    const rows: string[] = [];
    for (const [count, rules] of Object.entries(RULES)) {
      const draws: Draw[] = [];
      for (let k = 0; k < LOADS; k++) draws.push(await measureDraw(served, rules));
      rows.push(
        `| draw a full year, ${count} rule set(s), ${draws[0]!.calls} bars | ${f1(median(draws.map((d) => d.drawn)))} ms (max ${f1(Math.max(...draws.map((d) => d.drawn)))}) | ${f1(median(draws.map((d) => d.painted)))} ms |`,
      );
      process.stderr.write(`draw ${count}: ${draws.map((d) => `${f1(d.drawn)}/${f1(d.painted)}`).join(" ")}\n`);
    }
    const motions: string[] = [];
    for (const [count, rules] of Object.entries(RULES)) {
      const { page } = await openPage(served, `#s=jiaxing-default&r=${rules}&n=1&lang=en&tab=timeline${VIEW}`);
      await waitForRun(page);
      // tsx keeps function names with a `__name` helper that the page does not have.
      await page.evaluate("window.__name = (f) => f");
      await page.waitForTimeout(500);
      for (const gesture of ["zoom", "pan"] as const) {
        // Pan a window of about three weeks (the whole year, zoomed in four times by 2).
        if (gesture === "pan")
          await page.evaluate(() => {
            document.getElementById("zoom-reset")!.click();
            for (let k = 0; k < 4; k++) document.getElementById("zoom-in")!.click();
          });
        const runs: Motion[] = [];
        for (let k = 0; k < GESTURE_RUNS; k++) runs.push(await measureMotion(page, gesture, 240));
        runs.sort((p, q) => p.frames / p.seconds - q.frames / q.seconds);
        const m = runs[Math.floor(runs.length / 2)]!;
        process.stderr.write(`${gesture} ${count}: ${runs.map((r) => f1(r.frames / r.seconds)).join(" ")} frames/s\n`);
        motions.push(`| ${gesture}, ${count} rule set(s) | ${f1(m.frames / m.seconds)} frames/s | ${f1(m.workMedian)} ms | ${f1(m.workP95)} ms |`);
      }
      await page.close();
    }
    const version = (await served.browser.version()).split(" ")[0];
    const load = loadavg().map((l) => l.toFixed(1)).join(", ");
    console.log(
      `Headless Chromium ${version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, viewport 1280 × 800; draw: median of ${LOADS} page loads; ` +
        `gestures: median of ${GESTURE_RUNS} runs; load average at the end ${load}.\n`,
    );
    console.log("| draw (default scenario, one year) | results → drawn | results → next frame |\n| --- | --- | --- |");
    for (const r of rows) console.log(r);
    console.log("\n| gesture (240 frames) | rate | work per frame, median | work per frame, p95 |\n| --- | --- | --- | --- |");
    for (const m of motions) console.log(m);
  } finally {
    await served.close();
  }
};

await main();
