import type { CallRecord } from "@berthsim/core";
import { MIN_BAR_WIDTH, ROW_PADDING } from "./timeline.ts";
import type { BerthRow } from "./rows.ts";

/** Pixel positions of the bars under one zoom: the arrays hold every call, `visible[0 … count)` those in view. */
export interface Projection {
  readonly x0: Float64Array;
  readonly x1: Float64Array;
  readonly xs: Float64Array;
  readonly waitX0: Float64Array;
  readonly tideX1: Float64Array;
  readonly visible: Int32Array;
  count: number;
}

/**
 * `layoutTimeline` for every frame of a zoom or pan: what does not change with the zoom (which calls have a bar,
 * their rows and times) is laid out once, in typed arrays, and `project` writes the pixel positions into arrays
 * it reuses, so a frame allocates nothing. Bar i here is the i-th served call of the records; `index[i]` is its
 * place in them. The positions equal layoutTimeline's (tested).
 */
export class TimelineGeometry {
  readonly count: number;
  readonly index: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly service: Float64Array;
  readonly arrival: Float64Array;
  /** Arrival + tide wait (= arrival when the ship did not wait for the tide). */
  readonly tideEnd: Float64Array;
  readonly y: Float64Array;
  readonly height: Float64Array;
  readonly waitY: Float64Array;

  constructor(calls: readonly CallRecord[], rowOf: (berth: string) => BerthRow | undefined) {
    const rows: number[] = [];
    const placed: BerthRow[] = [];
    calls.forEach((c, i) => {
      const row = c.status === "served" ? rowOf(c.berth!) : undefined;
      if (row === undefined) return;
      rows.push(i);
      placed.push(row);
    });
    this.count = rows.length;
    this.index = Int32Array.from(rows);
    this.start = Float64Array.from(rows, (i) => calls[i]!.berthingStart!);
    this.end = Float64Array.from(rows, (i) => calls[i]!.end!);
    this.service = Float64Array.from(rows, (i) => calls[i]!.serviceStart!);
    this.arrival = Float64Array.from(rows, (i) => calls[i]!.arrival);
    this.tideEnd = Float64Array.from(rows, (i) => calls[i]!.arrival + calls[i]!.tideWait);
    this.y = Float64Array.from(placed, (r) => r.y + ROW_PADDING.top);
    this.height = Float64Array.from(placed, (r) => r.height - ROW_PADDING.top - ROW_PADDING.bottom);
    this.waitY = Float64Array.from(placed, (r) => r.y + ROW_PADDING.top / 2);
  }

  /** Arrays for `project`, to be reused from frame to frame. */
  createProjection(): Projection {
    const n = this.count;
    return {
      x0: new Float64Array(n),
      x1: new Float64Array(n),
      xs: new Float64Array(n),
      waitX0: new Float64Array(n),
      tideX1: new Float64Array(n),
      visible: new Int32Array(n),
      count: 0,
    };
  }

  /** Positions under x(t) = a·t + b, and the bars whose bar or lead-in reaches into [left, right]. */
  project(a: number, b: number, left: number, right: number, out: Projection): void {
    let count = 0;
    for (let i = 0; i < this.count; i++) {
      const x0 = a * this.start[i]! + b;
      const x1 = Math.max(a * this.end[i]! + b, x0 + MIN_BAR_WIDTH);
      const waitX0 = a * this.arrival[i]! + b;
      out.x0[i] = x0;
      out.x1[i] = x1;
      out.xs[i] = Math.min(a * this.service[i]! + b, x1);
      out.waitX0[i] = waitX0;
      out.tideX1[i] = this.tideEnd[i]! > this.arrival[i]! ? Math.min(a * this.tideEnd[i]! + b, x0) : waitX0;
      if (x1 >= left && Math.min(waitX0, x0) <= right) out.visible[count++] = i;
    }
    out.count = count;
  }
}
