import type { RuleSet } from "@berthsim/core";
import type { Scenario } from "@berthsim/scenario";
import { itemName, type Lang, t } from "../state/i18n.ts";
import type { FileSource } from "../state/urlState.ts";

/** Largest file read, bytes: a year of calls as CSV is well under it. */
export const MAX_FILE_BYTES = 5_000_000;

const byId = <T extends HTMLElement>(doc: Document, id: string): T => doc.getElementById(id) as T;

/** Fills the built-in scenario list (names in `lang`). */
export const renderScenarioSelect = (doc: Document, lang: Lang, scenarios: readonly Scenario[], current: string): void => {
  const select = byId<HTMLSelectElement>(doc, "scenario-select");
  select.replaceChildren(
    ...scenarios.map((s) => {
      const option = doc.createElement("option");
      option.value = s.id;
      option.textContent = itemName(lang, s);
      option.selected = s.id === current;
      return option;
    }),
  );
};

/** The rule set check boxes, in the scenario's order; the first chosen one is the baseline. */
export const renderRuleList = (doc: Document, lang: Lang, available: readonly RuleSet[], chosen: readonly string[], onChange: (ids: string[]) => void): void => {
  const fieldset = byId<HTMLFieldSetElement>(doc, "rule-list");
  const legend = fieldset.querySelector("legend")!;
  const baseline = available.find((r) => chosen.includes(r.id))?.id;
  const items = available.map((r) => {
    const label = doc.createElement("label");
    const box = doc.createElement("input");
    box.type = "checkbox";
    box.value = r.id;
    box.checked = chosen.includes(r.id);
    box.addEventListener("change", () => {
      const boxes = [...fieldset.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
      onChange(boxes.filter((b) => b.checked).map((b) => b.value));
    });
    const name = doc.createElement("span");
    name.textContent = itemName(lang, r);
    label.append(box, name);
    if (r.id === baseline) {
      const tag = doc.createElement("span");
      tag.className = "baseline-tag";
      tag.textContent = `(${t(lang, "baseline")})`;
      label.append(tag);
    }
    return label;
  });
  fieldset.replaceChildren(legend, ...items);
};

/** Shows the problems of a file next to the input (each `path: message` as one list item), or hides them. */
export const showFileErrors = (doc: Document, lang: Lang, name: string | undefined, errors: readonly string[]): void => {
  const box = byId<HTMLElement>(doc, "file-errors");
  box.hidden = errors.length === 0;
  byId<HTMLElement>(doc, "file-errors-title").textContent = errors.length === 0 ? "" : t(lang, "fileProblems", { name: name ?? "", n: errors.length });
  byId<HTMLElement>(doc, "file-errors-list").replaceChildren(
    ...errors.map((e) => {
      const li = doc.createElement("li");
      li.textContent = e;
      return li;
    }),
  );
};

/** Shows which file is loaded (or none), and for a call list, whose port it uses. */
export const showFileStatus = (doc: Document, lang: Lang, file: FileSource | undefined, base: Scenario): void => {
  byId<HTMLElement>(doc, "file-status").hidden = file === undefined;
  byId<HTMLElement>(doc, "file-name").textContent = file === undefined ? "" : t(lang, "loadedFile", { name: file.name });
  const note = byId<HTMLElement>(doc, "file-note");
  note.hidden = file?.kind !== "csv";
  note.textContent = file?.kind === "csv" ? t(lang, "callListOnPort", { scenario: itemName(lang, base) }) : "";
};

/**
 * Reads a dropped or chosen file: a .json scenario or a .csv call list (by extension, else by MIME type).
 * Rejects other kinds and files over MAX_FILE_BYTES with a message.
 */
export const readInputFile = async (file: File): Promise<{ ok: true; source: FileSource } | { ok: false; error: string }> => {
  const lower = file.name.toLowerCase();
  const kind = lower.endsWith(".json") || file.type === "application/json" ? "json" : lower.endsWith(".csv") || file.type === "text/csv" ? "csv" : undefined;
  if (kind === undefined) return { ok: false, error: "(file): not a .json scenario or a .csv call list" };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: `(file): ${file.size} bytes, more than the ${MAX_FILE_BYTES} this page reads` };
  try {
    return { ok: true, source: { kind, name: file.name, text: await file.text() } };
  } catch (error) {
    return { ok: false, error: `(file): cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
};

/** Wires the file input and the drop zone to `onFile`. */
export const setUpFileInput = (doc: Document, onFile: (file: File) => void): void => {
  const input = byId<HTMLInputElement>(doc, "file-input");
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file !== undefined) onFile(file);
    input.value = "";
  });
  const zone = byId<HTMLElement>(doc, "drop-zone");
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    const file = e.dataTransfer?.files[0];
    if (file !== undefined) onFile(file);
  });
  // A file dropped anywhere else would make the browser navigate away to it.
  doc.addEventListener("dragover", (e) => e.preventDefault());
  doc.addEventListener("drop", (e) => e.preventDefault());
};
