import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventQueue } from "../src/index.ts";

const drain = (q: EventQueue): { t: number; kind: number; subject: number }[] => {
  const out: { t: number; kind: number; subject: number }[] = [];
  while (q.size > 0) {
    const kind = q.pop();
    out.push({ t: q.lastTime, kind, subject: q.lastSubject });
  }
  return out;
};

describe("EventQueue", () => {
  it("pops events in time order", () => {
    const q = new EventQueue();
    q.push(5, 0, 1, 50);
    q.push(1, 0, 1, 10);
    q.push(3, 0, 1, 30);
    expect(drain(q).map((e) => e.subject)).toEqual([10, 30, 50]);
  });

  it("pops equal times by priority, lower number first", () => {
    const q = new EventQueue();
    q.push(2, 3, 3, 1);
    q.push(2, 0, 0, 2);
    q.push(2, 1, 1, 3);
    expect(drain(q).map((e) => e.kind)).toEqual([0, 1, 3]);
  });

  it("pops equal time and priority in insertion order", () => {
    const q = new EventQueue(1);
    for (let i = 0; i < 100; i++) q.push(7, 2, 2, i);
    expect(drain(q).map((e) => e.subject)).toEqual([...Array(100).keys()]);
  });

  it("pops any sequence of pushes in (time, priority, sequence) order, growing as needed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })), { maxLength: 300 }),
        (keys) => {
          const q = new EventQueue(1);
          keys.forEach(([t, p], i) => q.push(t, p, p, i));
          const expected = keys
            .map(([t, p], i) => ({ t, kind: p, subject: i }))
            .sort((a, b) => a.t - b.t || a.kind - b.kind || a.subject - b.subject);
          expect(drain(q)).toEqual(expected);
        },
      ),
      { numRuns: 1000, seed: 42 },
    );
  });

  it("interleaves pushes and pops like a sorted list", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }), { maxLength: 200 }), (ops) => {
        const q = new EventQueue(1);
        const model: { t: number; s: number }[] = [];
        ops.forEach((op, s) => {
          if (op === undefined) {
            if (model.length === 0) return;
            model.sort((a, b) => a.t - b.t || a.s - b.s);
            const m = model.shift()!;
            q.pop();
            expect([q.lastTime, q.lastSubject]).toEqual([m.t, m.s]);
          } else {
            q.push(op, 0, 0, s);
            model.push({ t: op, s });
          }
        });
        expect(q.size).toBe(model.length);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
