import type { Child } from "@berthsim/report";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * DOM nodes for a report element tree: elements by name (SVG ones in the SVG namespace), attributes with
 * `setAttribute`, text as text nodes — no markup is parsed, so no data can become markup.
 */
export const elToDom = (doc: Document, node: Child, inSvg = false): Node => {
  if (typeof node === "string") return doc.createTextNode(node);
  const svg = inSvg || node.tag === "svg";
  const el = svg ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, String(value));
  for (const child of node.children) el.appendChild(elToDom(doc, child, svg));
  return el;
};
