import { h } from "@berthsim/report";
import { describe, expect, it } from "vitest";
import { elToDom } from "../../src/render/elToDom.ts";
import { MiniDocument, type MiniElement, SVG_NS } from "../helpers/miniDom.ts";

describe("elToDom(doc, tree)", () => {
  const doc = new MiniDocument();
  const tree = h(
    "figure",
    { class: "chart" },
    h("svg", { width: 10, role: "img" }, h("g", {}, h("circle", { r: 3 }), h("text", {}, "<script>x</script>"))),
    h("p", {}, "a & b"),
  );
  const root = elToDom(doc as unknown as Document, tree) as unknown as MiniElement;

  it("builds HTML elements in the HTML namespace and the SVG subtree in the SVG namespace", () => {
    expect(root.namespaceURI).not.toBe(SVG_NS);
    const [svg, p] = root.children;
    expect(svg!.namespaceURI).toBe(SVG_NS);
    expect(svg!.children[0]!.children.map((c) => [c.localName, c.namespaceURI])).toEqual([
      ["circle", SVG_NS],
      ["text", SVG_NS],
    ]);
    expect(p!.namespaceURI).not.toBe(SVG_NS);
  });

  it("sets attributes as strings and keeps text as text nodes, never markup", () => {
    const [svg, p] = root.children;
    expect(svg!.getAttribute("width")).toBe("10");
    const text = svg!.children[0]!.children[1]!;
    expect(text.children).toEqual([]);
    expect(text.textContent).toBe("<script>x</script>");
    expect(p!.textContent).toBe("a & b");
  });
});
