import { PLAN_BASELINE, PLAN_MEASURES, type Scenario } from "@berthsim/scenario";
import { buildReport, planArms, type PlanReport, planStudy, REPORT_CSS, renderReport, reportHtml } from "@berthsim/report";
import { elToDom } from "../render/elToDom.ts";
import { type Lang, t } from "../state/i18n.ts";
import { startReport } from "../worker/reportClient.ts";
import { download } from "./exportTimeline.ts";

/** What the report runs on: the built-in scenario chosen on the left, with the seed there. */
export interface ReportContext {
  readonly lang: Lang;
  readonly scenario: Scenario;
  readonly seed: number;
}

/** Replications of the page's report by default: a few seconds in the browser. */
export const PAGE_REPORT_REPLICATIONS = 20;

/** The page's own stylesheet cannot hold the report's CSS twice; adopt it once as a constructed sheet. */
const adoptReportCss = (doc: Document): void => {
  if (doc.adoptedStyleSheets.some((s) => (s as CSSStyleSheet & { berthsimReport?: true }).berthsimReport)) return;
  const sheet = Object.assign(new CSSStyleSheet(), { berthsimReport: true as const });
  sheet.replaceSync(REPORT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
};

/**
 * The "Report" tab: runs every plan measure against the baseline in Web Workers and shows the same report as
 * `berthsim report` (the report package's renderer, built into DOM nodes); *Download HTML* saves the
 * self-contained file.
 */
export class ReportView {
  private report: PlanReport | undefined;
  private running: { cancel(): void } | undefined;
  private readonly doc: Document;
  private readonly replications: HTMLInputElement;
  private readonly runButton: HTMLButtonElement;
  private readonly downloadButton: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLParagraphElement;
  private readonly intro: HTMLParagraphElement;
  private readonly replicationsLabel: HTMLSpanElement;
  private readonly body: HTMLDivElement;

  constructor(
    private readonly panel: HTMLElement,
    private readonly context: () => ReportContext,
  ) {
    this.doc = panel.ownerDocument;
    adoptReportCss(this.doc);
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] =>
      Object.assign(this.doc.createElement(tag), props);
    this.intro = make("p", { className: "note" });
    this.replicationsLabel = make("span");
    this.replications = make("input", { type: "number", id: "report-replications", min: "2", max: "1000", step: "1", value: String(PAGE_REPORT_REPLICATIONS) });
    this.runButton = make("button", { type: "button", id: "report-run", className: "primary" });
    this.downloadButton = make("button", { type: "button", id: "report-download", disabled: true });
    this.progress = make("progress", { id: "report-progress", max: 1, value: 0 });
    this.status = make("p", { id: "report-status", className: "run-status" });
    this.status.setAttribute("role", "status");
    this.body = make("div", { id: "report-body" });
    const label = make("label");
    label.append(this.replicationsLabel, this.replications);
    const controls = make("div", { className: "report-controls" });
    controls.append(label, this.runButton, this.downloadButton);
    panel.append(this.intro, controls, this.progress, this.status, this.body);
    this.runButton.addEventListener("click", () => this.run());
    this.downloadButton.addEventListener("click", () => this.save());
    this.setLang(context().lang);
  }

  /** Labels and the report in `lang` (the figures stay). */
  setLang(lang: Lang): void {
    this.intro.textContent = t(lang, "reportIntro", { n: PLAN_MEASURES.length });
    this.replicationsLabel.textContent = t(lang, "replications");
    this.runButton.textContent = t(lang, "reportRun");
    this.downloadButton.textContent = t(lang, "reportDownload");
    this.drawReport();
  }

  /** Runs the study (stopping one in progress). */
  run(): void {
    this.running?.cancel();
    const { lang, scenario: chosen, seed } = this.context();
    const scenario = { ...chosen, seed };
    const n = Number(this.replications.value);
    const replications = Number.isInteger(n) && n >= 2 && n <= 1000 ? n : PAGE_REPORT_REPLICATIONS;
    this.replications.value = String(replications);
    const arms = planArms(scenario);
    if (!arms.ok) return this.setStatus(arms.errors.join("\n"), "error");
    const study = planStudy(arms.arms);
    const started = performance.now();
    this.progress.value = 0;
    this.setStatus(t(lang, "progress", { k: 0, n: replications }), "running");
    this.running = startReport(study, replications, {
      onProgress: (folded, planned) => {
        this.progress.value = folded / planned;
        this.setStatus(t(this.context().lang, "progress", { k: folded, n: planned }), "running");
      },
      onFinish: (estimates) => {
        this.running = undefined;
        const date = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
        this.report = buildReport({ scenario, measures: [PLAN_BASELINE, ...PLAN_MEASURES], estimates, date });
        this.drawReport();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        this.setStatus(t(this.context().lang, "doneIn", { n: replications, s: seconds }), "done");
      },
      onError: (message) => {
        this.running = undefined;
        this.setStatus(t(this.context().lang, "runFailed", { message }), "error");
      },
    });
  }

  private setStatus(text: string, state: "running" | "done" | "error"): void {
    this.status.textContent = text;
    this.status.dataset["state"] = state;
    this.status.className = state === "error" ? "run-status error" : "run-status";
    this.runButton.disabled = state === "running";
  }

  private drawReport(): void {
    const report = this.report;
    this.downloadButton.disabled = report === undefined;
    if (report === undefined) return;
    const width = Math.max(640, Math.min(1100, this.panel.clientWidth - 24));
    this.body.replaceChildren(elToDom(this.doc, renderReport(report, this.context().lang, width)));
  }

  private save(): void {
    const report = this.report;
    if (report === undefined) return;
    const lang = this.context().lang;
    download(`berthsim-${report.stamp.scenarioId}-plan-report.html`, new Blob([reportHtml(report, lang)], { type: "text/html" }));
  }
}
