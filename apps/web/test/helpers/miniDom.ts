/**
 * The little of the DOM that d3-selection and d3-axis use, enough to render SVG without a browser (Observable
 * Plot's habit: the renderer gets its document, so it can be snapshot-tested in Node). Selectors: `tag`,
 * `.class`, `tag.class` (and several classes). `serialize` writes the tree as XML with numbers rounded.
 */

const XHTML = "http://www.w3.org/1999/xhtml";

class MiniText {
  parentNode: MiniElement | null = null;
  readonly nodeType = 3;
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
}

type MiniNode = MiniElement | MiniText;

const matches = (el: MiniElement, selector: string): boolean =>
  selector.split(",").some((part) => {
    const [tag, ...classes] = part.trim().split(".");
    if (tag !== "" && tag !== "*" && tag !== el.localName) return false;
    const own = (el.getAttribute("class") ?? "").split(/\s+/);
    return classes.every((c) => own.includes(c));
  });

export class MiniElement {
  parentNode: MiniElement | null = null;
  readonly nodeType = 1;
  readonly childNodes: MiniNode[] = [];
  private readonly attributes = new Map<string, string>();
  readonly style = {
    values: new Map<string, string>(),
    setProperty(name: string, value: string) {
      this.values.set(name, value);
    },
    removeProperty(name: string) {
      this.values.delete(name);
    },
    getPropertyValue(name: string) {
      return this.values.get(name) ?? "";
    },
  };
  [expando: `__${string}`]: unknown;

  constructor(
    readonly ownerDocument: MiniDocument,
    readonly namespaceURI: string,
    readonly localName: string,
  ) {}

  get tagName(): string {
    return this.localName;
  }
  get nodeName(): string {
    return this.localName;
  }
  get children(): MiniElement[] {
    return this.childNodes.filter((n): n is MiniElement => n instanceof MiniElement);
  }
  get firstChild(): MiniNode | null {
    return this.childNodes[0] ?? null;
  }
  get nextSibling(): MiniNode | null {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  setAttribute(name: string, value: unknown): void {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  get attributeEntries(): [string, string][] {
    return [...this.attributes];
  }
  get textContent(): string {
    return this.childNodes.map((n) => n.textContent).join("");
  }
  set textContent(value: string) {
    for (const n of this.childNodes) n.parentNode = null;
    this.childNodes.length = 0;
    if (value !== "") this.appendChild(new MiniText(value));
  }
  appendChild<T extends MiniNode>(node: T): T {
    return this.insertBefore(node, null);
  }
  insertBefore<T extends MiniNode>(node: T, ref: MiniNode | null): T {
    node.parentNode?.removeChild(node);
    const at = ref === null ? -1 : this.childNodes.indexOf(ref);
    if (at < 0) this.childNodes.push(node);
    else this.childNodes.splice(at, 0, node);
    node.parentNode = this;
    return node;
  }
  removeChild<T extends MiniNode>(node: T): T {
    const at = this.childNodes.indexOf(node);
    if (at >= 0) this.childNodes.splice(at, 1);
    node.parentNode = null;
    return node;
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }
  /** 4 (following) when `other` comes after this element in their parent, else 2 (preceding). */
  compareDocumentPosition(other: MiniNode): number {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings.indexOf(other) > siblings.indexOf(this) ? 4 : 2;
  }
  querySelectorAll(selector: string): MiniElement[] {
    const found: MiniElement[] = [];
    const walk = (el: MiniElement): void => {
      for (const child of el.children) {
        if (matches(child, selector)) found.push(child);
        walk(child);
      }
    };
    walk(this);
    return found;
  }
  querySelector(selector: string): MiniElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

export class MiniDocument {
  readonly documentElement: MiniElement;
  constructor() {
    this.documentElement = new MiniElement(this, XHTML, "html");
  }
  createElementNS(namespace: string, name: string): MiniElement {
    return new MiniElement(this, namespace, name);
  }
  createElement(name: string): MiniElement {
    return new MiniElement(this, XHTML, name);
  }
  createTextNode(data: string): MiniText {
    return new MiniText(data);
  }
}

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Numbers in attribute values rounded to `digits` decimals (snapshots stay stable across float noise). */
const roundNumbers = (value: string, digits: number): string =>
  value.replace(/-?\d+\.\d+(e[-+]?\d+)?/g, (n) => String(Number(Number(n).toFixed(digits))));

/** The element as indented XML, attributes in the order set, numbers rounded to `digits` decimals. */
export const serialize = (node: MiniNode, digits = 2, indent = ""): string => {
  if (node instanceof MiniText) return `${indent}${escape(node.data)}\n`;
  const attrs = node.attributeEntries.map(([k, v]) => ` ${k}="${escape(roundNumbers(v, digits))}"`).join("");
  if (node.childNodes.length === 0) return `${indent}<${node.localName}${attrs}/>\n`;
  if (node.childNodes.length === 1 && node.childNodes[0] instanceof MiniText)
    return `${indent}<${node.localName}${attrs}>${escape(node.childNodes[0].data)}</${node.localName}>\n`;
  return `${indent}<${node.localName}${attrs}>\n${node.childNodes.map((c) => serialize(c, digits, `${indent}  `)).join("")}${indent}</${node.localName}>\n`;
};

export const SVG_NS = "http://www.w3.org/2000/svg";
