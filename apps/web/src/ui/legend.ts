import { TRADE_CLASS_IDS } from "@berthsim/core";
import { className, type Lang, t } from "../state/i18n.ts";
import { CLASS_COLOURS, MOVE_COLOURS, TIDE_LEAD_IN } from "../state/palette.ts";
import { LEAD_IN } from "./timelinePanel.ts";

/**
 * The timeline legend: trade class colours, or the colours of moves when they are highlighted; then the two parts
 * of a wait lead-in (for the tide, for a berth) as line swatches.
 */
export const renderLegend = (doc: Document, lang: Lang, moves: boolean): void => {
  const items: [string, string][] = moves
    ? [
        [MOVE_COLOURS.earlier, t(lang, "legendEarlier")],
        [MOVE_COLOURS.later, t(lang, "legendLater")],
        [MOVE_COLOURS.same, t(lang, "legendSame")],
      ]
    : TRADE_CLASS_IDS.map((c) => [CLASS_COLOURS[c], className(lang, c)]);
  const lines: [string, string][] = [
    [TIDE_LEAD_IN, t(lang, "legendTideWait")],
    [LEAD_IN, t(lang, "legendBerthWait")],
  ];
  doc.getElementById("legend")!.replaceChildren(
    ...[...items, ...lines].map(([colour, label], k) => {
      const item = doc.createElement("span");
      const swatch = doc.createElement("span");
      swatch.className = k < items.length ? "swatch" : "swatch line";
      swatch.style.background = colour;
      item.append(swatch, doc.createTextNode(label));
      return item;
    }),
  );
};
