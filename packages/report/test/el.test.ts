import { describe, expect, it } from "vitest";
import { h, textOf, toHtml } from "../src/el.ts";

describe("toHtml(tree)", () => {
  it("writes elements with their attributes and children, void elements without a closing tag", () => {
    expect(toHtml(h("p", { class: "a", hidden: undefined }, "x", h("br"), h("b", {}, "y")))).toBe('<p class="a">x<br><b>y</b></p>');
  });

  it("escapes text and attribute values, so data never becomes markup", () => {
    expect(toHtml(h("td", { title: '"><script>' }, "<img src=x onerror=alert(1)> & 'q'"))).toBe(
      '<td title="&quot;&gt;&lt;script&gt;">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</td>',
    );
  });

  it("refuses a tag or attribute name that is not a plain name", () => {
    expect(() => toHtml(h("p onclick=x"))).toThrow(/bad tag name/);
    expect(() => toHtml(h("p", { "a b": 1 }))).toThrow(/bad attribute name/);
  });
});

describe("textOf(tree)", () => {
  it("is every text of the tree in document order", () => {
    expect(textOf(h("div", {}, "a", h("span", {}, "b", h("i", {}, "c")), "d"))).toBe("abcd");
  });
});
