import type { ConfidenceInterval, MonteCarloEstimates, Port } from "@berthsim/core";
import type { KpiRow } from "../layout/kpiRows.ts";
import { areaName, className, formatNumber, type Lang, t } from "../state/i18n.ts";

export interface KpiTableModel {
  readonly lang: Lang;
  readonly port: Port;
  readonly rows: readonly KpiRow[];
  readonly estimates: MonteCarloEstimates;
  /** Rule set names by id, in the language of the page. */
  readonly ruleName: (id: string) => string;
}

const rowLabel = (lang: Lang, port: Port, row: KpiRow): string => {
  const l = row.label;
  if (l.kind === "class") return t(lang, "kpi_classWait", { class: className(lang, l.tradeClass) });
  if (l.kind === "classTide") return t(lang, "kpi_classTideWait", { class: className(lang, l.tradeClass) });
  if (l.kind === "anchorageOver")
    return t(lang, "kpi_anchorageOver", { anchorage: port.anchorages.find((a) => a.id === l.anchorage)?.name ?? l.anchorage });
  if (l.kind === "area") return t(lang, "kpi_areaUtil", { area: areaName(lang, port.areas.find((a) => a.id === l.area), l.area) });
  return t(lang, `kpi_${l.id}`);
};

/** "12.34" and its interval "[11.0, 13.6]" as the table shows them (scaled, rounded; "–" when unknown). */
export const formatEstimate = (lang: Lang, ci: ConfidenceInterval | undefined, row: KpiRow): { value: string; interval: string } => {
  if (ci === undefined || Number.isNaN(ci.mean)) return { value: "–", interval: "" };
  const f = (x: number): string => formatNumber(lang, x * row.scale, row.digits);
  return { value: f(ci.mean), interval: Number.isNaN(ci.halfWidth) ? "" : `[${f(ci.lower)}, ${f(ci.upper)}]` };
};

/**
 * The KPI table: a row per KPI; per rule set its mean and 95 % interval over the replications, and for each
 * rule set after the baseline the paired difference against it (marked * when its interval excludes 0).
 * Built from text nodes only.
 */
export const renderKpiTable = (container: HTMLElement, model: KpiTableModel): void => {
  const { lang, estimates } = model;
  const doc = container.ownerDocument;
  const cell = (tag: "th" | "td", text: string, className?: string): HTMLTableCellElement => {
    const el = doc.createElement(tag);
    el.textContent = text;
    if (className !== undefined) el.className = className;
    return el;
  };
  const title = doc.createElement("h2");
  title.textContent = t(lang, "kpisTitle", { n: estimates.replications });
  const note = doc.createElement("p");
  note.className = "note";
  note.textContent = estimates.replications < 2 ? t(lang, "kpiOneRep") : t(lang, "kpisPaired");
  const table = doc.createElement("table");
  table.className = "kpi-table";
  const head = doc.createElement("tr");
  head.append(cell("th", t(lang, "kpiMetric")));
  for (const r of estimates.ruleSets) {
    const th = cell("th", model.ruleName(r.id));
    th.colSpan = 2;
    head.append(th);
  }
  for (const d of estimates.differences) {
    const th = cell("th", `Δ ${model.ruleName(d.ruleSet)} − ${model.ruleName(d.baseline)}`);
    th.colSpan = 2;
    head.append(th);
  }
  table.createTHead().append(head);
  const body = table.createTBody();
  for (const row of model.rows) {
    const tr = doc.createElement("tr");
    tr.dataset["kpi"] = row.key;
    tr.append(cell("th", rowLabel(lang, model.port, row)));
    for (const r of estimates.ruleSets) {
      const e = formatEstimate(lang, r.kpis[row.key], row);
      tr.append(cell("td", e.value, "value"), cell("td", e.interval, "ci"));
    }
    for (const d of estimates.differences) {
      const ci = d.kpis[row.key];
      const e = formatEstimate(lang, ci, row);
      const significant = ci !== undefined && (ci.lower > 0 || ci.upper < 0);
      tr.append(cell("td", significant ? `${e.value} *` : e.value, significant ? "value sig" : "value"), cell("td", e.interval, "ci"));
    }
    body.append(tr);
  }
  const scroll = doc.createElement("div");
  scroll.className = "table-scroll";
  scroll.append(table);
  container.replaceChildren(title, note, scroll);
};
