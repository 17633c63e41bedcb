import type { MonteCarloEstimates, SimulationResult, VesselCall } from "@berthsim/core";
import { BUILT_IN_SCENARIOS, type Scenario } from "@berthsim/scenario";
import { DECODERS } from "../state/decoders.ts";
import { applyI18n, t } from "../state/i18n.ts";
import { builtInScenario, resolveScenario } from "../state/resolveScenario.ts";
import { type AppState, encodeState, type FileSource, type Tab, type TimelineView } from "../state/urlState.ts";
import { explainInWorker, type RunningSimulation, startRun } from "../worker/client.ts";
import { readInputFile, renderRuleList, renderScenarioSelect, setUpFileInput, showFileErrors, showFileStatus } from "./controls.ts";
import { setUpToolbar, showTimelineView } from "./toolbar.ts";
import { renderLegend } from "./legend.ts";
import { ReportView } from "./reportView.ts";
import { RunViews } from "./runViews.ts";
import { setUpTabs } from "./tabs.ts";
import { TimelineStack } from "./timelineStack.ts";
import { renderWhatIfs } from "./whatIfPanel.ts";

/** What the last run produced; the views draw from it. */
interface RunOutput {
  readonly scenario: Scenario;
  results?: readonly SimulationResult[];
  calls?: readonly VesselCall[];
  estimates?: MonteCarloEstimates;
}

/**
 * The page: controls on the left, the views of the last run on the right. `state` is what the controls say; the
 * share link carries the state of the last run plus the current view (language, tab, window), so a reviewer
 * opens the run that is on screen.
 */
export class App {
  private running: RunningSimulation | undefined;
  output: RunOutput | undefined;
  stack: TimelineStack | undefined;
  /** The state of the run on screen, with the current view: what the link carries. */
  runState: AppState;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly showTab: (tab: Tab) => void;
  private readonly reportView: ReportView;
  private readonly views: RunViews;
  private readonly el = <T extends HTMLElement>(id: string): T => this.doc.getElementById(id) as T;

  constructor(
    private readonly doc: Document,
    public state: AppState,
  ) {
    this.runState = state;
    this.showTab = setUpTabs(doc, (tab) => {
      this.update({ tab }, false);
      if (tab === "timeline") this.stack?.resize();
      else this.views.invalidate();
    });
    this.views = new RunViews(this, doc, this.showTab);
    setUpFileInput(doc, (file) => void this.loadFile(file));
    this.el("file-clear").addEventListener("click", () => this.setFile(undefined));
    this.el<HTMLSelectElement>("scenario-select").addEventListener("change", (e) => {
      const id = (e.target as HTMLSelectElement).value;
      const s = builtInScenario(id);
      this.update({ scenario: id, seed: s.seed, replications: s.replications }, true);
    });
    const number = (id: string, key: "seed" | "replications"): void => {
      const input = this.el<HTMLInputElement>(id);
      input.addEventListener("change", () => {
        const v = Number(input.value);
        const ok = Number.isInteger(v) && v >= (key === "seed" ? 0 : 1) && v <= (key === "seed" ? 2 ** 32 - 1 : 1000);
        if (ok) this.update({ [key]: v }, false);
        else input.value = String(this.state[key]);
      });
    };
    number("seed", "seed");
    number("replications", "replications");
    this.el("run").addEventListener("click", () => this.run());
    this.el("cancel").addEventListener("click", () => this.running?.cancel());
    this.el("lang").addEventListener("click", () => this.update({ lang: this.state.lang === "en" ? "zh" : "en" }, true));
    this.el<HTMLInputElement>("highlight").addEventListener("change", (e) => {
      this.stack?.setHighlight((e.target as HTMLInputElement).checked);
      renderLegend(this.doc, this.state.lang, (e.target as HTMLInputElement).checked);
    });
    setUpToolbar(this);
    this.reportView = new ReportView(this.el("panel-report"), () => ({
      lang: this.state.lang,
      scenario: builtInScenario(this.state.scenario),
      seed: this.state.seed,
    }));
    addEventListener("resize", () => this.stack?.resize());
    this.renderControls();
  }

  /** Changes the state; `rerender` redraws controls and views (language, scenario); the link follows. */
  update(patch: Partial<AppState>, rerender: boolean): void {
    this.state = { ...this.state, ...patch };
    const view = { lang: this.state.lang, tab: this.state.tab, window: this.state.window, compare: this.state.compare, timelineView: this.state.timelineView };
    this.runState = { ...this.runState, ...view };
    if (rerender) this.renderControls();
    if (patch.lang !== undefined) this.renderViews();
    // Zoom and pan change the window every frame: write the link once they pause.
    clearTimeout(this.urlTimer);
    if (Object.keys(patch).length === 1 && "window" in patch) this.urlTimer = setTimeout(() => void this.writeUrl(), 250);
    else void this.writeUrl();
  }

  /** Writes the state of the run on screen (and the view) into the link. */
  async writeUrl(): Promise<void> {
    history.replaceState(null, "", `#${await encodeState(this.runState)}`);
  }

  renderControls(): void {
    const { lang } = this.state;
    this.doc.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    applyI18n(this.doc, lang);
    renderScenarioSelect(this.doc, lang, BUILT_IN_SCENARIOS, this.state.scenario);
    this.el<HTMLInputElement>("seed").value = String(this.state.seed);
    this.el<HTMLInputElement>("replications").value = String(this.state.replications);
    showFileStatus(this.doc, lang, this.state.file, builtInScenario(this.state.scenario));
    const resolved = resolveScenario(this.state, DECODERS);
    renderRuleList(this.doc, lang, resolved.available, this.state.rules, (rules) => this.update({ rules }, true));
    showFileErrors(this.doc, lang, this.state.file?.name, resolved.ok ? [] : resolved.file);
    renderWhatIfs(this.el("whatifs"), {
      lang,
      decoders: DECODERS,
      edits: this.state.edits,
      errors: resolved.ok ? [] : resolved.edits,
      onChange: (edits) => this.setEdits(edits),
    });
    renderLegend(this.doc, lang, this.el<HTMLInputElement>("highlight").checked);
    showTimelineView(this.doc, this.state.timelineView ?? "berth");
    this.showTab(this.state.tab);
  }

  /** New edits; rule sets an edit removed (pooling merges fcfs-area into fcfs) leave the choice. */
  private setEdits(edits: string[]): void {
    const ids = resolveScenario({ ...this.state, edits }, DECODERS).available.map((r) => r.id);
    const rules = this.state.rules.filter((id) => ids.includes(id));
    this.update({ edits, rules: rules.length > 0 ? rules : ids.slice(0, 2) }, true);
  }

  private async loadFile(file: File): Promise<void> {
    const read = await readInputFile(file);
    if (!read.ok) return showFileErrors(this.doc, this.state.lang, file.name, [read.error]);
    this.setFile(read.source);
  }

  private setFile(file: FileSource | undefined): void {
    this.update({ file }, true);
    const resolved = resolveScenario(this.state, DECODERS);
    if (resolved.ok && file?.kind === "json")
      this.update({ seed: resolved.scenario.seed, replications: Math.min(resolved.scenario.replications, 1000), rules: resolved.available.slice(0, 2).map((r) => r.id) }, true);
  }

  /** Starts a run of the controls' state (stopping one in progress), or shows why it cannot start. */
  run(): void {
    this.running?.cancel();
    const resolved = resolveScenario(this.state, DECODERS);
    const status = this.el("run-status");
    if (!resolved.ok) {
      this.renderControls();
      status.textContent = [...resolved.file, ...resolved.edits, ...resolved.rules].join("\n");
      status.className = "run-status error";
      status.dataset["state"] = "invalid";
      return;
    }
    this.runState = this.state;
    void this.writeUrl();
    const scenario = resolved.scenario;
    const output: RunOutput = { scenario };
    this.output = output;
    const started = performance.now();
    const progress = this.el<HTMLProgressElement>("progress");
    progress.value = 0;
    status.className = "run-status";
    status.dataset["state"] = "running";
    status.textContent = t(this.state.lang, "progress", { k: 0, n: scenario.replications });
    this.el<HTMLButtonElement>("cancel").disabled = false;
    const finish = (text: string, state: string): void => {
      status.textContent = text;
      status.dataset["state"] = state;
      this.el<HTMLButtonElement>("cancel").disabled = true;
      this.running = undefined;
    };
    this.running = startRun(scenario, scenario.replications, {
      onTimeline: (results, calls) => {
        performance.mark("berthsim:results-ready");
        output.results = results;
        output.calls = calls;
        this.renderTimeline();
        performance.mark("berthsim:timeline-drawn");
        requestAnimationFrame(() => performance.mark("berthsim:timeline-painted"));
        this.views.renderMovesAndCharts();
      },
      onProgress: (folded, planned, estimates) => {
        output.estimates = estimates;
        progress.value = folded / planned;
        status.textContent = t(this.state.lang, "progress", { k: folded, n: planned });
        this.views.renderKpis();
      },
      onFinish: (outcome, estimates) => {
        output.estimates = estimates;
        this.views.renderKpis();
        const lang = this.state.lang;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (outcome === "completed") finish(t(lang, "doneIn", { n: estimates.replications, s: seconds }), "done");
        else finish(t(lang, "cancelled", { k: estimates.replications, n: scenario.replications }), "cancelled");
      },
      onError: (message) => {
        finish(t(this.state.lang, "runFailed", { message }), "error");
        status.className = "run-status error";
      },
    });
  }

  renderViews(): void {
    this.renderTimelineNote();
    if (this.stack !== undefined) this.stack.setLang(this.state.lang);
    this.views.renderMovesAndCharts();
    this.views.renderKpis();
    this.reportView.setLang(this.state.lang);
  }

  /** Switches the timeline between berth view and quay view, keeping the window and the selected call. */
  setTimelineView(view: TimelineView): void {
    if (view === (this.state.timelineView ?? "berth")) return;
    const selected = this.stack?.selectedId;
    const window = this.stack?.window;
    this.update({ timelineView: view, ...(window === undefined ? {} : { window }) }, false);
    showTimelineView(this.doc, view);
    this.renderTimeline();
    if (selected !== undefined) this.stack?.select(selected);
  }

  private renderTimeline(): void {
    const output = this.output;
    if (output?.results === undefined) return;
    this.el("timeline-empty").hidden = true;
    this.stack = new TimelineStack({
      container: this.el("timelines"),
      overview: this.el("overview"),
      tooltip: this.el("tooltip"),
      port: output.scenario.port,
      results: output.results,
      calls: output.calls ?? [],
      lang: this.state.lang,
      window: this.state.window,
      view: this.state.timelineView,
      onWindow: (window) => this.update({ window: [window[0], window[1]] }, false),
      explain: explainInWorker,
    });
    this.stack.setHighlight(this.el<HTMLInputElement>("highlight").checked);
    this.renderTimelineNote();
  }

  private renderTimelineNote(): void {
    const note = this.el("timeline-note");
    const scenario = this.output?.results === undefined ? undefined : this.output.scenario;
    note.hidden = scenario === undefined;
    const key = this.state.timelineView === "quay" ? "timelineNoteQuay" : "timelineNote";
    note.textContent = scenario === undefined ? "" : t(this.state.lang, key, { n: scenario.replications });
  }
}
