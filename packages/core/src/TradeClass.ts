/**
 * Trade classes of vessel calls. Which class outranks which is **not** decided here: the order is data in each
 * rule set (`RuleSet.classOrder`). This file only says what each class is and whether it is foreign trade,
 * which decides the berths it may use (berths must be open to foreign ships).
 */
export type TradeClass = "nearSeaDirect" | "ningboFeeder" | "domesticDirect" | "foreignOther" | "domesticBulk";

export interface TradeClassInfo {
  readonly id: TradeClass;
  readonly foreignTrade: boolean;
  readonly label: string;
  readonly labelZh: string;
}

/** Every class, in the action plan's order for container ships, then the non-container classes. */
export const TRADE_CLASSES: readonly TradeClassInfo[] = [
  { id: "nearSeaDirect", foreignTrade: true, label: "Near-sea direct", labelZh: "近洋直航" },
  // Ningbo inner-feeder ships carry foreign-trade boxes to and from Ningbo's mother vessels.
  { id: "ningboFeeder", foreignTrade: true, label: "Ningbo feeder", labelZh: "宁波支线" },
  { id: "domesticDirect", foreignTrade: false, label: "Domestic direct", labelZh: "内贸直航" },
  { id: "foreignOther", foreignTrade: true, label: "Other foreign trade", labelZh: "其他外贸" },
  { id: "domesticBulk", foreignTrade: false, label: "Domestic bulk", labelZh: "内贸散货" },
];

export const TRADE_CLASS_IDS: readonly TradeClass[] = TRADE_CLASSES.map((c) => c.id);

const byId = new Map(TRADE_CLASSES.map((c) => [c.id, c]));

export const tradeClassInfo = (id: TradeClass): TradeClassInfo => byId.get(id)!;

export const isForeignTrade = (id: TradeClass): boolean => byId.get(id)!.foreignTrade;
