import type { CallRecord, SimulationResult } from "@berthsim/core";
import { select } from "d3";
import { diffSchedules } from "../layout/diff.ts";
import { formatInstant } from "../layout/timeAxis.ts";
import { renderHistogram } from "../render/histogram.ts";
import { className, formatNumber, itemName, type Lang, t, timeLabels } from "../state/i18n.ts";
import { CLASS_COLOURS } from "../state/palette.ts";

export interface MovesModel {
  readonly lang: Lang;
  readonly results: readonly SimulationResult[];
  /** Id of the rule set compared with the baseline (results[0]). */
  readonly compare: string | undefined;
  readonly onCompare: (id: string) => void;
  /** Show a call on the timeline (select it and zoom to it). */
  readonly onShow: (call: CallRecord) => void;
}

const TOP = 60;

/**
 * The diff view: which calls berthed at another time or berth under a rule set than under the baseline, on the
 * same ships (replication 1): a summary, a histogram of the changes, and the largest moves.
 */
export const renderMoves = (container: HTMLElement, model: MovesModel): void => {
  const { lang, results } = model;
  const doc = container.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className !== undefined) node.className = className;
    return node;
  };
  if (results.length < 2) {
    container.replaceChildren(el("p", t(lang, "movesNeedTwo"), "empty"));
    return;
  }
  const base = results[0]!;
  const other = results.find((r) => r.rules.id === model.compare) ?? results[1]!;
  const diff = diffSchedules(base.calls, other.calls);

  const head = el("div", undefined, "panel-head");
  const label = el("label");
  const pick = el("select");
  pick.id = "moves-compare";
  for (const r of results.slice(1)) {
    const option = el("option", itemName(lang, r.rules));
    option.value = r.rules.id;
    option.selected = r === other;
    pick.append(option);
  }
  pick.addEventListener("change", () => model.onCompare(pick.value));
  label.append(el("span", `${t(lang, "movesCompare")} `), pick, el("span", ` ${t(lang, "movesAgainst")}: ${itemName(lang, base.rules)}`));
  head.append(el("h2", t(lang, "movesTitle")), label);

  const summary = el(
    "p",
    t(lang, "movesSummary", {
      moved: diff.moves.filter((m) => m.delta !== 0).length,
      common: diff.common,
      earlier: diff.earlier,
      later: diff.later,
      berth: diff.berthChanged,
    }),
  );
  summary.id = "moves-summary";

  const chart = el("div", undefined, "chart");
  chart.append(el("h3", t(lang, "movesHistogram")));
  const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  chart.append(svg);
  renderHistogram(select(svg), {
    values: diff.moves.filter((m) => m.delta !== 0).map((m) => m.delta),
    width: Math.min(720, Math.max(320, container.clientWidth || 720)),
    height: 180,
    xLabel: t(lang, "movesDelta"),
  });

  const table = el("table");
  table.id = "moves-table";
  const headRow = el("tr");
  for (const h of ["movesVessel", "class", "arrival", "movesDelta", "movesBerths", "movesWaits"] as const) headRow.append(el("th", t(lang, h)));
  table.createTHead().append(headRow);
  const body = table.createTBody();
  const time = timeLabels(lang);
  for (const m of diff.moves.slice(0, TOP)) {
    const tr = el("tr", undefined, "selectable");
    tr.tabIndex = 0;
    const nameCell = el("td");
    const swatch = el("span", undefined, "swatch");
    swatch.style.background = CLASS_COLOURS[m.other.tradeClass];
    nameCell.append(swatch, doc.createTextNode(` ${m.other.name}`));
    const delta = m.delta === 0 ? "0" : `${m.delta > 0 ? "+" : ""}${formatNumber(lang, m.delta, 1)}`;
    tr.append(
      nameCell,
      el("td", className(lang, m.other.tradeClass)),
      el("td", formatInstant(m.other.arrival, time)),
      el("td", delta),
      el("td", m.berthChanged ? `${m.base.berth} → ${m.other.berth}` : (m.other.berth ?? "")),
      el("td", `${formatNumber(lang, m.base.wait, 1)} → ${formatNumber(lang, m.other.wait, 1)}`),
    );
    const show = (): void => model.onShow(m.other);
    tr.addEventListener("click", show);
    tr.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        show();
      }
    });
    body.append(tr);
  }
  const scroll = el("div", undefined, "table-scroll");
  scroll.append(table);
  container.replaceChildren(head, summary, chart, el("p", t(lang, "movesTop", { n: Math.min(TOP, diff.moves.length) }), "note"), scroll);
};
