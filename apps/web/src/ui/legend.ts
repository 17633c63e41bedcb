import { TRADE_CLASS_IDS } from "@berthsim/core";
import { className, type Lang, t } from "../state/i18n.ts";
import { CLASS_COLOURS, MOVE_COLOURS } from "../state/palette.ts";

/** The timeline legend: trade class colours, or the colours of moves when they are highlighted. */
export const renderLegend = (doc: Document, lang: Lang, moves: boolean): void => {
  const items: [string, string][] = moves
    ? [
        [MOVE_COLOURS.earlier, t(lang, "legendEarlier")],
        [MOVE_COLOURS.later, t(lang, "legendLater")],
        [MOVE_COLOURS.same, t(lang, "legendSame")],
      ]
    : TRADE_CLASS_IDS.map((c) => [CLASS_COLOURS[c], className(lang, c)]);
  doc.getElementById("legend")!.replaceChildren(
    ...items.map(([colour, label]) => {
      const item = doc.createElement("span");
      const swatch = doc.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = colour;
      item.append(swatch, doc.createTextNode(label));
      return item;
    }),
  );
};
