import { type Area, type CargoKind, type TradeClass, tradeClassInfo } from "@berthsim/core";
import type { TimeLabels } from "../layout/timeAxis.ts";
import { EN, type MessageKey, NAMES_ZH } from "./messages.ts";
import { ZH } from "./messagesZh.ts";

export type Lang = "en" | "zh";

export const LANGS: readonly Lang[] = ["en", "zh"];

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en: EN, zh: ZH };

/** The label `key` in `lang`, with each `{name}` replaced by `params[name]`. Always plain text. */
export const t = (lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
  DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export const isMessageKey = (key: string): key is MessageKey => key in EN;

/**
 * Sets the text of every element under `root` that names a label: `data-i18n` (text content), `data-i18n-label`
 * (aria-label) and `data-i18n-title` (title). Text only, never markup.
 */
export const applyI18n = (root: ParentNode, lang: Lang): void => {
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const key = el.dataset["i18n"]!;
    if (isMessageKey(key)) el.textContent = t(lang, key);
  }
  for (const [attr, name] of [
    ["i18nLabel", "aria-label"],
    ["i18nTitle", "title"],
  ] as const)
    for (const el of root.querySelectorAll<HTMLElement>(`[data-${attr === "i18nLabel" ? "i18n-label" : "i18n-title"}]`)) {
      const key = el.dataset[attr]!;
      if (isMessageKey(key)) el.setAttribute(name, t(lang, key));
    }
};

export const className = (lang: Lang, id: TradeClass): string => {
  const info = tradeClassInfo(id);
  return lang === "zh" ? info.labelZh : info.label;
};

export const areaName = (lang: Lang, area: Area | undefined, fallback = ""): string =>
  area === undefined ? fallback : lang === "zh" ? area.nameZh : area.name;

export const cargoName = (lang: Lang, cargo: CargoKind): string => t(lang, `cargo_${cargo}`);

/** A rule set's or scenario's name in `lang` (built-ins have a Chinese name; others keep their own). */
export const itemName = (lang: Lang, item: { readonly id: string; readonly name: string }): string =>
  lang === "zh" ? (NAMES_ZH[item.id] ?? item.name) : item.name;

/** Numbers as the page shows them: fixed decimals, a minus sign, grouping for thousands. */
export const formatNumber = (lang: Lang, x: number, digits = 1): string =>
  Number.isFinite(x)
    ? x.toLocaleString(lang === "zh" ? "zh-CN" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace("-", "−")
    : "–";

/** Week and weekday names for the time axis and instants. */
export const timeLabels = (lang: Lang): TimeLabels => ({ week: t(lang, "week"), weekdays: t(lang, "weekdays").split(",") });
