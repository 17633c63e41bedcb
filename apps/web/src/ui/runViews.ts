import { kpiRows } from "../layout/kpiRows.ts";
import { renderKpiTable } from "../render/kpiTable.ts";
import { itemName } from "../state/i18n.ts";
import type { Tab } from "../state/urlState.ts";
import type { App } from "./App.ts";
import { renderCharts } from "./chartsView.ts";
import { renderMoves } from "./movesView.ts";

/** The moves, charts and KPI tabs of the app's last run: a change marks them out of date, each is drawn when on screen. */
export class RunViews {
  private heatmapRule: string | undefined;
  private readonly stale = new Set<"moves" | "charts" | "kpis">();
  private readonly el = (id: string): HTMLElement => this.doc.getElementById(id) as HTMLElement;

  constructor(
    private readonly app: App,
    private readonly doc: Document,
    private readonly showTab: (tab: Tab) => void,
  ) {}

  /** Marks views as out of date and draws the one on screen; hidden ones are drawn when their tab opens. */
  invalidate(...views: ("moves" | "charts" | "kpis")[]): void {
    for (const v of views) this.stale.add(v);
    const tab = this.app.state.tab;
    if (tab === "timeline" || tab === "report" || !this.stale.has(tab)) return;
    this.stale.delete(tab);
    if (tab === "moves") this.drawMoves();
    else if (tab === "charts") this.drawCharts();
    else this.drawKpis();
  }

  renderMovesAndCharts(): void {
    this.invalidate("moves", "charts");
  }

  renderKpis(): void {
    this.invalidate("kpis");
  }

  private drawMoves(): void {
    const output = this.app.output;
    if (output?.results === undefined) return;
    const lang = this.app.state.lang;
    renderMoves(this.el("panel-moves"), {
      lang,
      results: output.results,
      compare: this.app.state.compare,
      onCompare: (compare) => {
        this.app.update({ compare }, false);
        this.renderMovesAndCharts();
      },
      onShow: (call) => {
        this.app.update({ tab: "timeline" }, false);
        this.showTab("timeline");
        this.app.stack?.resize();
        this.app.stack?.select(call.id);
        this.app.stack?.setWindow([call.arrival - 48, (call.end ?? call.arrival) + 48]);
      },
    });
  }

  private drawCharts(): void {
    const output = this.app.output;
    if (output?.results === undefined) return;
    const lang = this.app.state.lang;
    renderCharts(this.el("panel-charts"), {
      lang,
      port: output.scenario.port,
      results: output.results,
      heatmapRule: this.heatmapRule,
      onHeatmapRule: (id) => {
        this.heatmapRule = id;
        this.renderMovesAndCharts();
      },
    });
  }

  private drawKpis(): void {
    const output = this.app.output;
    if (output?.estimates === undefined) return;
    const lang = this.app.state.lang;
    const names = new Map(output.scenario.rules.map((r) => [r.id, itemName(lang, r)]));
    renderKpiTable(this.el("panel-kpis"), {
      lang,
      port: output.scenario.port,
      rows: kpiRows(output.scenario.port),
      estimates: output.estimates,
      ruleName: (id) => names.get(id) ?? id,
    });
  }
}
