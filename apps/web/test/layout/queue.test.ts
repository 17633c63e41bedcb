import { describe, expect, it } from "vitest";
import { queueSeries } from "../../src/layout/queue.ts";
import { served, TINY_CALLS, waiting } from "../helpers/fixtures.ts";

describe("queueSeries(calls, horizon)", () => {
  it("counts a ship from its arrival to its berthing, and one still waiting until the horizon", () => {
    const q = queueSeries(TINY_CALLS, 100);
    expect([...q.t]).toEqual([0, 5, 20, 90, 100]);
    expect([...q.n]).toEqual([0, 1, 0, 1, 0]);
    expect(q.max).toBe(1);
  });

  it("shows no spike when one ship leaves the queue as another joins at the same instant", () => {
    const calls = [
      served({ id: "a", berth: "D1", arrival: 0, start: 10, end: 20 }),
      served({ id: "b", berth: "D2", arrival: 10, start: 30, end: 40 }),
    ];
    const q = queueSeries(calls, 50);
    expect([...q.t]).toEqual([0, 30, 50]);
    expect([...q.n]).toEqual([1, 0, 0]);
    expect(q.max).toBe(1);
  });

  it("is flat at zero when nobody waits", () => {
    const q = queueSeries([served({ id: "a", berth: "D1", arrival: 3, start: 3, end: 9 }), waiting("w", 120, 100)], 100);
    expect([...q.t]).toEqual([0, 100]);
    expect([...q.n]).toEqual([0, 0]);
  });
});
