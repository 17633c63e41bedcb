import type { TradeClass } from "@berthsim/core";

/**
 * Colours of the trade classes: warm for foreign trade (near-sea direct strongest), cool for domestic; all
 * dark enough to read on white and told apart by people with the common colour-vision deficiencies.
 */
export const CLASS_COLOURS: Readonly<Record<TradeClass, string>> = {
  nearSeaDirect: "#c0392b",
  ningboFeeder: "#e67e22",
  foreignOther: "#b8860b",
  domesticDirect: "#2e6da4",
  domesticBulk: "#7fa7cf",
};

/** Rule sets in charts (lines per rule set): the baseline black, the others distinct and not class colours. */
export const RULE_COLOURS: readonly string[] = ["#222222", "#7b3294", "#008837", "#d01c8b", "#4d4d4d", "#1b7837"];

export const ruleColour = (i: number): string => RULE_COLOURS[i % RULE_COLOURS.length]!;

/** Moves against the baseline: earlier blue, later red, unchanged grey. */
export const MOVE_COLOURS = { earlier: "#2166ac", later: "#b2182b", same: "#d4d4d4" } as const;

/** Shades of a move by its size: under 1 h, under 6 h, 6 h or more. */
export const moveShade = (delta: number): string => {
  if (delta === 0) return MOVE_COLOURS.same;
  const size = Math.abs(delta) < 1 ? 0 : Math.abs(delta) < 6 ? 1 : 2;
  const scale = delta < 0 ? ["#92c5de", "#4393c3", MOVE_COLOURS.earlier] : ["#f4a582", "#d6604d", MOVE_COLOURS.later];
  return scale[size]!;
};

export const QUEUE_FILL = "#9aa5b1";
export const GRID = "#e6e8eb";
export const INK = "#1f2933";
export const MUTED = "#5f6b7a";
export const SELECTED = "#111111";
/** The tide part of a wait lead-in (a sea colour, apart from the class colours). */
export const TIDE_LEAD_IN = "#0f8b8d";
