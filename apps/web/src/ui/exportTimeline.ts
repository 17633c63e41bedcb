import { path, select } from "d3";
import { type Canvas2D, drawQueue } from "../render/bars.ts";
import { renderTimelineSvg } from "../render/timelineSvg.ts";
import { QUEUE_FILL, TIDE_LEAD_IN } from "../state/palette.ts";
import { QuayPanel } from "./quayPanel.ts";
import { LEAD_IN } from "./timelinePanel.ts";
import type { TimelineStack } from "./timelineStack.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const TITLE_HEIGHT = 18;

/** The queue strip as SVG path data: the canvas routine drawn into a d3 path instead of a canvas. */
const queuePathData = (...args: Parameters<typeof drawQueue> extends [unknown, ...infer Rest] ? Rest : never): string => {
  const p = path();
  const recorder = {
    beginPath: () => undefined,
    moveTo: (x: number, y: number) => p.moveTo(x, y),
    lineTo: (x: number, y: number) => p.lineTo(x, y),
    closePath: () => p.closePath(),
    fill: () => undefined,
    fillStyle: "",
  } as unknown as Canvas2D;
  drawQueue(recorder, ...args);
  return p.toString();
};

/**
 * The timelines as they are on screen (same window, colours and selection) in one standalone SVG document:
 * bars and queue strips as SVG elements, every style an attribute, every text a text node.
 */
export const timelineSvgDocument = (stack: TimelineStack, doc: Document = document): SVGSVGElement => {
  const root = doc.createElementNS(SVG_NS, "svg");
  root.setAttribute("xmlns", SVG_NS);
  const x = stack.x();
  const [t0, t1] = x.domain() as [number, number];
  const labels = stack.labels();
  let y = 0;
  const parts: SVGSVGElement[] = [];
  stack.panels.forEach((panel, i) => {
    const base = panel.svgModel(x, labels, stack.selectedId);
    const frame = { ...base.frame, top: base.frame.top + TITLE_HEIGHT, height: base.frame.height + TITLE_HEIGHT };
    const nested = doc.createElementNS(SVG_NS, "svg");
    nested.setAttribute("y", String(y));
    const style = stack.style(i);
    renderTimelineSvg(select(nested), {
      ...base,
      frame,
      clipId: `export-clip-${i}`,
      title: stack.title(i),
      // The quay view's ships go into its own layer, below.
      bars:
        panel instanceof QuayPanel
          ? undefined
          : { rects: panel.rectsOf(panel.result.calls, x), fill: (r) => style.fill(r.index), leadIn: LEAD_IN, tideLeadIn: TIDE_LEAD_IN },
      queueArea: {
        d: queuePathData(panel.queue, x, [t0, t1], { top: frame.queue.y, height: frame.queue.height, max: frame.queue.max, fill: QUEUE_FILL }),
        fill: QUEUE_FILL,
      },
    });
    if (panel instanceof QuayPanel) panel.renderQuayLayer(select(nested), x, frame, labels, stack.selectedId, { fill: style.fill });
    nested.querySelector("rect.hit")?.remove();
    parts.push(nested);
    y += frame.height;
  });
  const width = parts[0]?.getAttribute("width") ?? "800";
  root.setAttribute("width", width);
  root.setAttribute("height", String(y));
  root.setAttribute("viewBox", `0 0 ${width} ${y}`);
  const background = doc.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  root.append(background, ...parts);
  return root;
};

export const timelineSvgText = (stack: TimelineStack): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(timelineSvgDocument(stack))}`;

/** Saves `blob` as a file named `name` (a same-origin blob: link, clicked and revoked). */
export const download = (name: string, blob: Blob): void => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** The timeline SVG rasterised at twice its size as PNG. */
export const timelinePngBlob = async (stack: TimelineStack): Promise<Blob> => {
  const text = timelineSvgText(stack);
  const root = timelineSvgDocument(stack);
  const width = Number(root.getAttribute("width"));
  const height = Number(root.getAttribute("height"));
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext("2d")!;
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b === null ? reject(new Error("PNG encoding failed")) : resolve(b)), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
};
