import type { Decoders } from "../state/decoders.ts";
import { type Lang, t } from "../state/i18n.ts";

export interface WhatIfModel {
  readonly lang: Lang;
  readonly decoders: Decoders;
  /** The edits, in their text form, applied in order. */
  readonly edits: readonly string[];
  /** Problems of the edits (`path: message`), shown under the list. */
  readonly errors: readonly string[];
  readonly onChange: (edits: string[]) => void;
}

/**
 * The what-if panel: the list of edits (each removable) and a form to add one of the named edits, prefilled with
 * its example text. All text is set as text content.
 */
export const renderWhatIfs = (container: HTMLElement, model: WhatIfModel): void => {
  const { lang, decoders } = model;
  const doc = container.ownerDocument;
  const whatIfs = decoders.whatIfs;
  const note = (text: string): HTMLParagraphElement => {
    const p = doc.createElement("p");
    p.className = "note";
    p.textContent = text;
    return p;
  };
  if (whatIfs === undefined) {
    container.replaceChildren(note(t(lang, "whatIfUnavailable")));
    return;
  }
  const list = doc.createElement("ul");
  list.className = "edit-list";
  model.edits.forEach((spec, i) => {
    const li = doc.createElement("li");
    const text = doc.createElement("code");
    text.textContent = spec;
    const remove = doc.createElement("button");
    remove.type = "button";
    remove.textContent = t(lang, "whatIfRemove");
    remove.addEventListener("click", () => model.onChange(model.edits.filter((_, j) => j !== i)));
    li.append(text, remove);
    list.append(li);
  });
  const form = doc.createElement("div");
  form.className = "edit-add";
  const kind = doc.createElement("select");
  kind.id = "whatif-kind";
  kind.setAttribute("aria-label", t(lang, "whatIfSpec"));
  for (const offer of whatIfs.offers) {
    const option = doc.createElement("option");
    option.value = offer.id;
    option.textContent = lang === "zh" ? offer.labelZh : offer.label;
    kind.append(option);
  }
  const syntax = doc.createElement("p");
  syntax.className = "note syntax";
  const showSyntax = (): void => void (syntax.textContent = whatIfs.offers.find((o) => o.id === kind.value)?.syntax ?? "");
  const spec = doc.createElement("input");
  spec.id = "whatif-spec";
  spec.setAttribute("aria-label", t(lang, "whatIfSpec"));
  spec.value = whatIfs.offers[0]?.example ?? "";
  kind.addEventListener("change", () => {
    spec.value = whatIfs.offers.find((o) => o.id === kind.value)?.example ?? "";
    showSyntax();
  });
  showSyntax();
  const add = doc.createElement("button");
  add.type = "button";
  add.textContent = t(lang, "whatIfAdd");
  add.addEventListener("click", () => {
    if (spec.value.trim() !== "") model.onChange([...model.edits, spec.value.trim()]);
  });
  spec.addEventListener("keydown", (e) => {
    if (e.key === "Enter") add.click();
  });
  form.append(kind, syntax, spec, add);
  const parts: Node[] = [model.edits.length === 0 ? note(t(lang, "whatIfNone")) : list, form];
  if (model.errors.length > 0) {
    const box = doc.createElement("div");
    box.className = "errors";
    box.setAttribute("role", "alert");
    const title = doc.createElement("p");
    title.textContent = t(lang, "whatIfInvalid");
    const ul = doc.createElement("ul");
    for (const e of model.errors) {
      const li = doc.createElement("li");
      li.textContent = e;
      ul.append(li);
    }
    box.append(title, ul);
    parts.push(box);
  }
  container.replaceChildren(...parts);
};
