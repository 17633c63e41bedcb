import { scaleLinear, select } from "d3";
import { describe, expect, it } from "vitest";
import { layoutRows } from "../../src/layout/rows.ts";
import { layoutTimeline } from "../../src/layout/timeline.ts";
import { formatTick, timeTicks } from "../../src/layout/timeAxis.ts";
import { renderTimelineSvg, type TimelineSvgModel } from "../../src/render/timelineSvg.ts";
import { served, TINY_CALLS, TINY_PORT } from "../helpers/fixtures.ts";
import { MiniDocument, serialize, SVG_NS } from "../helpers/miniDom.ts";

const labels = { week: "W{w}", weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] };
const rows = layoutRows(TINY_PORT, 12, 6);

const model = (calls = TINY_CALLS, domain: [number, number] = [0, 100]): TimelineSvgModel => {
  const x = scaleLinear().domain(domain).range([0, 400]);
  const { step, ticks } = timeTicks(domain[0], domain[1], 5);
  const rects = layoutTimeline(calls, { x, rowOf: (b) => rows.rowOf.get(b) });
  return {
    frame: { width: 500, height: 100, left: 90, top: 20, right: 10, queue: { y: 36, height: 20, max: 2, label: "queue" } },
    rows,
    x,
    ticks: { values: ticks, format: (t) => formatTick(t, step, labels) },
    areaLabel: (g) => TINY_PORT.areas.find((a) => a.id === g.area)!.name,
    rowLabel: (r) => ({ text: r.berth, description: `${r.berth}: calls`, bars: calls.filter((c) => c.berth === r.berth).length }),
    clipId: "clip-test",
    selected: rects.find((r) => r.id === "c2"),
    bars: { rects, fill: () => "#336699", leadIn: "#666666" },
    queueArea: { d: "M0,56L400,56Z", fill: "#999999" },
    title: "FCFS",
  };
};

const render = (m: TimelineSvgModel) => {
  const doc = new MiniDocument();
  const svg = doc.createElementNS(SVG_NS, "svg");
  renderTimelineSvg(select(svg as unknown as SVGSVGElement), m);
  return svg;
};

describe("renderTimelineSvg(svg, model)", () => {
  it("draws axis, grid, area and berth labels, bars, lead-ins, queue strip and the selected bar", async () => {
    await expect(serialize(render(model()))).toMatchFileSnapshot("__snapshots__/timeline.svg");
  });

  it("moves the same elements on a redraw at another zoom (joined by key), adding none", () => {
    const doc = new MiniDocument();
    const svg = doc.createElementNS(SVG_NS, "svg");
    const selection = select(svg as unknown as SVGSVGElement);
    renderTimelineSvg(selection, model());
    const before = svg.querySelectorAll("rect").length;
    const bar = svg.querySelectorAll("g.bars")[0]!.querySelectorAll("rect")[1]!;
    renderTimelineSvg(selection, model(TINY_CALLS, [0, 50]));
    expect(svg.querySelectorAll("rect").length).toBe(before);
    expect(svg.querySelectorAll("g.bars")[0]!.querySelectorAll("rect")[1]).toBe(bar);
    expect(bar.getAttribute("width")).toBe("80");
  });

  it("writes a vessel name with markup in it as text, never as elements", () => {
    const evil = served({ id: "e", berth: "D1", arrival: 0, start: 0, end: 5, name: '<img src=x onerror="alert(1)">' });
    const m = model([evil]);
    const svg = render({ ...m, title: evil.name, rowLabel: () => ({ text: "<script>alert(1)</script>", description: evil.name, bars: 1 }) });
    expect(svg.querySelectorAll("img, script")).toEqual([]);
    expect(serialize(svg)).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("draws no bars, stripes or queue path on screen, where the canvas has them", () => {
    const { bars: _bars, queueArea: _queue, ...screen } = model();
    const svg = render({ ...screen, stripes: false });
    expect(svg.querySelectorAll("g.bars")[0]!.children).toEqual([]);
    expect(svg.querySelectorAll("rect.stripe")).toEqual([]);
    expect(svg.querySelectorAll("g.queue")[0]!.querySelectorAll("path")).toEqual([]);
  });
});
