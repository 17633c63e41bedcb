import type { Port, SimulationResult, VesselCall, WaitExplanation } from "@berthsim/core";
import { brushX, type BrushBehavior, scaleLinear, select, zoom, type ZoomBehavior, zoomIdentity, type ZoomTransform } from "d3";
import { diffSchedules, type ScheduleDiff } from "../layout/diff.ts";
import { layoutRows } from "../layout/rows.ts";
import { drawQueue } from "../render/bars.ts";
import { areaName, itemName, type Lang, t, timeLabels } from "../state/i18n.ts";
import { CLASS_COLOURS, moveShade, QUEUE_FILL } from "../state/palette.ts";
import type { TimelineView } from "../state/urlState.ts";
import type { ExplainRequest } from "../worker/protocol.ts";
import { CallTooltip } from "./callTooltip.ts";
import { quayPanels } from "./quayPanel.ts";
import { LEAD_IN, PANEL, type PanelLabels, type PanelStyle, TimelinePanel } from "./timelinePanel.ts";

export interface StackOptions {
  readonly container: HTMLElement;
  readonly overview: HTMLElement;
  readonly tooltip: HTMLElement;
  readonly port: Port;
  readonly results: readonly SimulationResult[];
  readonly calls: readonly VesselCall[];
  readonly lang: Lang;
  readonly window?: readonly [number, number] | undefined;
  /** Rows per berth (default) or quay metres within each berth (the quay view). */
  readonly view?: TimelineView | undefined;
  /** Told the visible window after each zoom or pan (for the share link). */
  readonly onWindow: (window: readonly [number, number]) => void;
  /** Works out why a call waited (in a worker); without it the details show no explanation. */
  readonly explain?: (request: ExplainRequest) => Promise<WaitExplanation | undefined>;
}

/** Row height from the room a panel gets at this viewport, within [10, 16] px. */
const rowHeightFor = (port: Port, panels: number): number => {
  const room = (globalThis.innerHeight || 800) - 205;
  const perPanel = room / Math.max(1, panels) - PANEL.axis - PANEL.gap - PANEL.queue - PANEL.bottom - 30;
  return Math.max(10, Math.min(16, Math.floor(perPanel / Math.max(1, port.berths.length))));
};

/**
 * The berth window of a comparison: one timeline per rule set on the same ships, zoomed and panned together
 * (wheel, drag, the overview brush, buttons or keys), with tooltips, a selected call shown in every panel, and
 * an optional highlight of the calls whose berthing moved against the baseline (the first rule set).
 */
export class TimelineStack {
  readonly panels: TimelinePanel[];
  readonly horizon: number;
  private readonly base = scaleLinear();
  private transform: ZoomTransform = zoomIdentity;
  private readonly zoomer: ZoomBehavior<SVGRectElement, unknown>;
  private readonly brush: BrushBehavior<unknown>;
  private readonly overviewSvg;
  private readonly overviewCanvas: HTMLCanvasElement;
  private readonly diffs = new Map<number, ScheduleDiff>();
  private syncing = false;
  private pending = false;
  private selected: string | undefined;
  private highlight = false;
  private lang: Lang;
  private queueMax: number;

  constructor(private readonly options: StackOptions) {
    const { port, results } = options;
    this.lang = options.lang;
    this.horizon = results[0]!.horizon;
    const rows = layoutRows(port, rowHeightFor(port, results.length), 6);
    this.panels = options.view === "quay" ? quayPanels(port, results) : results.map((r, i) => new TimelinePanel(r, rows, `tl-clip-${i}`, 0));
    this.queueMax = Math.max(1, ...this.panels.map((p) => p.queue.max));
    options.container.replaceChildren(...this.panels.map((p) => p.element));

    this.zoomer = zoom<SVGRectElement, unknown>()
      .scaleExtent([1, this.horizon / 6])
      .on("zoom", (event: { transform: ZoomTransform }) => this.zoomed(event.transform));
    this.overviewCanvas = document.createElement("canvas");
    const svgNode = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    options.overview.replaceChildren(this.overviewCanvas, svgNode);
    this.overviewSvg = select(svgNode);
    this.brush = brushX().on("brush end", (event: { selection: [number, number] | null; sourceEvent: unknown }) => {
      if (this.syncing || event.sourceEvent === undefined || event.sourceEvent === null) return;
      const s = event.selection;
      this.setWindow(s === null ? [0, this.horizon] : [this.base.invert(s[0]), this.base.invert(s[1])]);
    });
    this.resize();
    if (options.window !== undefined) this.setWindow(options.window);
    const tooltip = new CallTooltip(options, {
      panels: this.panels,
      lang: () => this.lang,
      x: () => this.x(),
      diffOf: (i) => this.diffOf(i),
      click: (call) => this.select(call?.id === this.selected ? undefined : call?.id),
    });
    for (const p of this.panels) tooltip.attachPointer(p);
  }

  /** The visible window, hours. */
  get window(): [number, number] {
    return this.transform.rescaleX(this.base).domain() as [number, number];
  }

  /** Lays everything out again for the container's width (call on resize). */
  resize(): void {
    // A hidden tab has no width: lay out when it is shown again (the app calls resize then).
    if (this.options.container.clientWidth === 0 && this.panels[0]!.plotWidth > 0) return;
    const window = this.panels[0]!.plotWidth > 0 ? this.window : undefined;
    const width = Math.max(480, this.options.container.clientWidth);
    for (const p of this.panels) p.resize(width, this.queueMax, t(this.lang, "queueStrip"));
    this.panels.forEach((p, i) => (p.heading.textContent = this.title(i)));
    const plotWidth = this.panels[0]!.plotWidth;
    this.base.domain([0, this.horizon]).range([0, plotWidth]);
    this.panels.forEach((p, i) => p.draw(this.x(), this.style(i), this.labels(), this.selected));
    this.zoomer
      .extent([
        [0, 0],
        [plotWidth, this.panels[0]!.height],
      ])
      .translateExtent([
        [0, -Infinity],
        [plotWidth, Infinity],
      ]);
    this.syncing = true;
    for (const p of this.panels) p.overlay.call(this.zoomer).on("dblclick.zoom", null).call(this.zoomer.transform, this.transform);
    this.syncing = false;
    this.resizeOverview(width, plotWidth);
    if (window !== undefined) this.setWindow(window);
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.resize();
    this.drawNow();
  }

  setHighlight(on: boolean): void {
    this.highlight = on;
    this.requestDraw();
  }

  get selectedId(): string | undefined {
    return this.selected;
  }

  select(id: string | undefined): void {
    this.selected = id;
    this.requestDraw();
  }

  /** Shows [t0, t1] (clamped to the horizon) in every panel. */
  setWindow(window: readonly [number, number]): void {
    const t0 = Math.max(0, Math.min(window[0], this.horizon));
    const t1 = Math.max(t0 + 1, Math.min(window[1], this.horizon));
    const k = Math.min(this.horizon / 6, this.horizon / (t1 - t0));
    this.applyTransform(zoomIdentity.scale(k).translate(-this.base(t0), 0));
  }

  zoomBy(factor: number): void {
    const [t0, t1] = this.window;
    const mid = (t0 + t1) / 2;
    const half = (t1 - t0) / 2 / factor;
    this.setWindow([mid - half, mid + half]);
  }

  panBy(share: number): void {
    const [t0, t1] = this.window;
    const shift = (t1 - t0) * share;
    const from = Math.max(0, Math.min(this.horizon - (t1 - t0), t0 + shift));
    this.setWindow([from, from + (t1 - t0)]);
  }

  /** How panel i's schedule differs from the baseline's (none for the baseline); computed when first asked. */
  diffOf(i: number): ScheduleDiff | undefined {
    if (i === 0) return undefined;
    let diff = this.diffs.get(i);
    if (diff === undefined) {
      diff = diffSchedules(this.panels[0]!.result.calls, this.panels[i]!.result.calls);
      this.diffs.set(i, diff);
    }
    return diff;
  }

  labels(): PanelLabels {
    const lang = this.lang;
    return {
      time: timeLabels(lang),
      queue: t(lang, "queueStrip"),
      area: (id) => areaName(lang, this.options.port.areas.find((a) => a.id === id), id),
      berthDescription: (berth, n) => t(lang, "berthCalls", { berth, n }),
      // Whole metres without toLocaleString: its first call sets up Intl, ~60 ms of the quay view's first draw.
      metres: (m) => t(lang, "quayMetres", { m: Math.round(m) }),
    };
  }

  /** How panel `i` colours its bars: by class, or by move against the baseline when highlighting. */
  style(i: number): PanelStyle {
    const diff = this.highlight ? this.diffOf(i) : undefined;
    const calls = this.panels[i]!.result.calls;
    const fill =
      diff !== undefined ? (k: number) => moveShade(diff.deltaOf.get(calls[k]!.id) ?? 0) : (k: number) => CLASS_COLOURS[calls[k]!.tradeClass];
    return { key: diff === undefined ? "class" : "moves", fill, leadIn: LEAD_IN, label: (k) => calls[k]!.name };
  }

  x() {
    return this.transform.rescaleX(this.base);
  }

  private applyTransform(next: ZoomTransform): void {
    this.syncing = true;
    for (const p of this.panels) p.overlay.call(this.zoomer.transform, next);
    this.syncing = false;
    this.transform = next;
    this.afterZoom();
  }

  /** A zoom event of one panel (or of our own syncing, which `applyTransform`/`afterZoom` finish). */
  private zoomed(next: ZoomTransform): void {
    if (this.syncing) {
      this.transform = next;
      return;
    }
    // A drag against the end of the horizon is clamped to the same transform: nothing to redraw.
    if (next.k === this.transform.k && next.x === this.transform.x) return;
    this.transform = next;
    this.afterZoom();
  }

  /** Brings the other panels and the overview brush to the current transform, tells the app, redraws. */
  private afterZoom(): void {
    this.syncing = true;
    for (const p of this.panels) if (p.overlay.property("__zoom") !== this.transform) p.overlay.call(this.zoomer.transform, this.transform);
    const [t0, t1] = this.window;
    this.overviewSvg.select<SVGGElement>("g.brush").call(this.brush.move, [this.base(t0), this.base(t1)]);
    this.syncing = false;
    this.options.onWindow(this.window);
    this.requestDraw();
  }

  requestDraw(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.drawNow();
    });
  }

  drawNow(): void {
    const x = this.x();
    const labels = this.labels();
    this.panels.forEach((p, i) => p.draw(x, this.style(i), labels, this.selected));
  }

  private resizeOverview(width: number, plotWidth: number): void {
    const height = 36;
    const dpr = globalThis.devicePixelRatio || 1;
    this.overviewCanvas.width = Math.round(width * dpr);
    this.overviewCanvas.height = Math.round(height * dpr);
    this.overviewCanvas.style.width = `${width}px`;
    this.overviewCanvas.style.height = `${height}px`;
    const ctx = this.overviewCanvas.getContext("2d");
    if (ctx !== null) {
      ctx.setTransform(dpr, 0, 0, dpr, PANEL.left * dpr, 0);
      drawQueue(ctx, this.panels[0]!.queue, this.base, [0, this.horizon], { top: 2, height: height - 4, max: this.queueMax, fill: QUEUE_FILL });
    }
    this.overviewSvg.attr("width", width).attr("height", height);
    this.brush.extent([
      [0, 0],
      [plotWidth, height],
    ]);
    const g = this.overviewSvg
      .selectAll<SVGGElement, unknown>("g.brush")
      .data<unknown>([0])
      .join("g")
      .attr("class", "brush")
      .attr("transform", `translate(${PANEL.left},0)`);
    g.call(this.brush);
    this.syncing = true;
    const [t0, t1] = this.window;
    g.call(this.brush.move, [this.base(t0), this.base(t1)]);
    this.syncing = false;
  }

  /** The title of panel i in the current language. */
  title(i: number): string {
    return itemName(this.lang, this.panels[i]!.result.rules);
  }
}
