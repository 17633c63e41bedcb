import { scaleLinear } from "d3";
import { describe, expect, it } from "vitest";
import { queueSeries } from "../../src/layout/queue.ts";
import { layoutRows } from "../../src/layout/rows.ts";
import { layoutTimeline } from "../../src/layout/timeline.ts";
import { type Canvas2D, drawLabels, drawQueue } from "../../src/render/bars.ts";
import { TINY_CALLS, TINY_PORT } from "../helpers/fixtures.ts";

/** A canvas context that records what is drawn, numbers rounded to 0.1 px. */
const recorder = () => {
  const log: string[] = [];
  const round = (v: unknown) => (typeof v === "number" ? Math.round(v * 10) / 10 : v);
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (_, name: string) => (...args: unknown[]) => void log.push(`${name}(${args.map(round).join(", ")})`),
    set: (_, name: string, value: unknown) => (log.push(`${name} = ${String(value)}`), true),
  });
  return { ctx: ctx as unknown as Canvas2D, log };
};

const rows = layoutRows(TINY_PORT, 12, 6);
const x = scaleLinear().domain([0, 100]).range([0, 400]);
const rects = layoutTimeline(TINY_CALLS, { x, rowOf: (b) => rows.rowOf.get(b) });

describe("drawLabels(ctx, boxes, label)", () => {
  it("writes names with fillText into bars wide enough, cut to fit (semantic zoom)", () => {
    const { ctx, log } = recorder();
    drawLabels(ctx, rects, (i) => `Vessel number ${TINY_CALLS[i]!.id}`);
    expect(log).toEqual([
      "fillStyle = #ffffff",
      "textBaseline = middle",
      "textAlign = left",
      "fillText(Vessel numb…, 2, 7.5)",
      "fillText(Vesse…, 82, 7.5)",
      "fillText(Vessel number c3, 42, 37.5)",
    ]);
  });

  it("writes nothing when the bars are narrow (a year in view)", () => {
    const { ctx, log } = recorder();
    const year = layoutTimeline(TINY_CALLS, { x: scaleLinear().domain([0, 8760]).range([0, 400]), rowOf: (b) => rows.rowOf.get(b) });
    drawLabels(ctx, year, () => "name");
    expect(log.filter((l) => l.startsWith("fillText"))).toEqual([]);
  });
});

describe("drawQueue(ctx, series, x, window, strip)", () => {
  it("fills the queue as steps scaled to the strip", () => {
    const { ctx, log } = recorder();
    drawQueue(ctx, queueSeries(TINY_CALLS, 100), x, [0, 100], { top: 50, height: 10, max: 1, fill: "grey" });
    expect(log).toEqual([
      "beginPath()",
      "moveTo(0, 60)",
      "lineTo(0, 60)",
      "lineTo(0, 60)",
      "lineTo(20, 60)",
      "lineTo(20, 50)",
      "lineTo(80, 50)",
      "lineTo(80, 60)",
      "lineTo(360, 60)",
      "lineTo(360, 50)",
      "lineTo(400, 50)",
      "lineTo(400, 60)",
      "lineTo(400, 60)",
      "closePath()",
      "fillStyle = grey",
      "fill()",
    ]);
  });
});
