import { DECODERS } from "../state/decoders.ts";
import { t } from "../state/i18n.ts";
import { TIMELINE_VIEWS, type TimelineView } from "../state/urlState.ts";
import type { TimelineStack } from "./timelineStack.ts";
import type { App } from "./App.ts";
import { download, timelinePngBlob, timelineSvgText } from "./exportTimeline.ts";

/**
 * The timeline toolbar: zoom and pan buttons and keys, the exports (PNG, SVG, CSV), the share button and the
 * problems of the link the page was opened with.
 */
export const setUpToolbar = (app: App): void => {
  document.getElementById("share")!.addEventListener("click", () => void share(app));
  document.getElementById("timelines")!.addEventListener("keydown", (e) => {
    const stack = app.stack;
    const action = stack === undefined ? undefined : timelineKeys(stack)[e.key];
    if (action === undefined) return;
    e.preventDefault();
    action();
  });
  const on = (id: string, action: () => void): void => document.getElementById(id)!.addEventListener("click", action);
  on("zoom-in", () => app.stack?.zoomBy(2));
  on("zoom-out", () => app.stack?.zoomBy(0.5));
  on("pan-left", () => app.stack?.panBy(-0.5));
  on("pan-right", () => app.stack?.panBy(0.5));
  on("zoom-reset", () => app.stack?.setWindow([0, app.stack.horizon]));
  on("view-berth", () => app.setTimelineView("berth"));
  on("view-quay", () => app.setTimelineView("quay"));
  const name = (ext: string): string => `berthsim-${app.output?.scenario.id ?? "timeline"}.${ext}`;
  on("export-svg", () => {
    if (app.stack !== undefined) download(name("svg"), new Blob([timelineSvgText(app.stack)], { type: "image/svg+xml" }));
  });
  on("export-png", () => {
    const stack = app.stack;
    if (stack !== undefined) void timelinePngBlob(stack).then((blob) => download(name("png"), blob));
  });
  const csv = DECODERS.csv;
  const status = (): HTMLElement => document.getElementById("run-status")!;
  on("export-schedule", () => {
    const results = app.output?.results;
    if (csv === undefined) return void (status().textContent = t(app.state.lang, "exportUnavailable"));
    if (results !== undefined) download(`berthsim-${app.output!.scenario.id}-schedule.csv`, new Blob([csv.schedule(results)], { type: "text/csv" }));
  });
  on("export-kpis", () => {
    const output = app.output;
    if (csv === undefined) return void (status().textContent = t(app.state.lang, "exportUnavailable"));
    if (output?.estimates !== undefined) download(`berthsim-${output.scenario.id}-kpis.csv`, new Blob([csv.kpis(output.scenario, output.estimates)], { type: "text/csv" }));
  });
};

/** Marks the button of the timeline view on screen as pressed. */
export const showTimelineView = (doc: Document, view: TimelineView): void => {
  for (const v of TIMELINE_VIEWS) doc.getElementById(`view-${v}`)?.setAttribute("aria-pressed", String(v === view));
};

/** What the keys do on the focused timeline: arrows pan, + and − zoom, 0 shows the horizon, Escape deselects. */
const timelineKeys = (stack: TimelineStack): Record<string, () => void> => ({
  ArrowLeft: () => stack.panBy(-0.2),
  ArrowRight: () => stack.panBy(0.2),
  "+": () => stack.zoomBy(2),
  "=": () => stack.zoomBy(2),
  "-": () => stack.zoomBy(0.5),
  "0": () => stack.setWindow([0, stack.horizon]),
  Escape: () => stack.select(undefined),
});

/** Copies the link of the run on screen, or shows it when the clipboard cannot be used. */
const share = async (app: App): Promise<void> => {
  await app.writeUrl();
  const url = location.href;
  const lang = app.state.lang;
  const status = document.getElementById("share-status")!;
  const long = app.runState.file !== undefined && url.length > 8000 ? ` ${t(lang, "shareTooLong", { n: url.length })}` : "";
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = t(lang, "shareCopied") + long;
  } catch {
    status.textContent = `${t(lang, "shareShown")} ${url}${long}`;
  }
  setTimeout(() => (status.textContent = ""), 6000);
};

/** Problems of the link the page was opened with (`field: message`), shown above the views. */
export const showLinkProblems = (problems: readonly string[]): void => {
  const box = document.getElementById("link-problems")!;
  box.hidden = problems.length === 0;
  box.replaceChildren(
    ...problems.map((p) => {
      const line = document.createElement("p");
      line.textContent = p;
      return line;
    }),
  );
};
