/** A text in both of the report's languages. */
export interface Text {
  readonly en: string;
  readonly zh: string;
}

export type Lang = keyof Text;

export const LANGS: readonly Lang[] = ["en", "zh"];

export const tx = (en: string, zh: string): Text => ({ en, zh });

/** The text in `lang`, each `{name}` replaced by `params[name]`. */
export const say = (text: Text, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string =>
  text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
