/**
 * A tiny element tree: what the report's pure renderers return. `toHtml` writes it as markup (the HTML file, in
 * Node); the web page builds DOM nodes from it with `createElement(NS)` and `textContent`, never parsing markup.
 * Text and attribute values are plain strings, escaped on output.
 */
export interface El {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly Child[];
}

export type Child = El | string;

/** An element; attributes whose value is undefined are left out. */
export const h = (tag: string, attrs: Readonly<Record<string, string | number | undefined>> = {}, ...children: readonly (Child | undefined)[]): El => ({
  tag,
  attrs: Object.fromEntries(Object.entries(attrs).filter((e): e is [string, string | number] => e[1] !== undefined)),
  children: children.filter((c): c is Child => c !== undefined),
});

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for markup and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

const VOID = new Set(["meta", "br", "hr", "img", "link", "col"]);
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** The markup of a tree. Tag and attribute names must be plain names (they come from code, never from data). */
export const toHtml = (node: Child): string => {
  if (typeof node === "string") return escapeHtml(node);
  if (!NAME.test(node.tag)) throw new Error(`toHtml: bad tag name "${node.tag}"`);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => {
      if (!NAME.test(name)) throw new Error(`toHtml: bad attribute name "${name}"`);
      return ` ${name}="${escapeHtml(String(value))}"`;
    })
    .join("");
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join("")}</${node.tag}>`;
};

/** Every text of a tree, in document order (for tests and for search). */
export const textOf = (node: Child): string => (typeof node === "string" ? node : node.children.map(textOf).join(""));
