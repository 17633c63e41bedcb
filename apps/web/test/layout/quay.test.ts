import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutQuay, type QuayCall, quayFieldsOf, quayStretch } from "../../src/layout/quay.ts";
import { layoutQuayRows, type QuayBerth } from "../../src/layout/quayRows.ts";
import { layoutRows } from "../../src/layout/rows.ts";
import { served, TINY_CALLS, TINY_PORT } from "../helpers/fixtures.ts";

// D1 is a 500 m shared quay, D2 and Z1 discrete berths.
const BERTHS = new Map<string, QuayBerth>([
  ["D1", { id: "D1", length: 500, shared: true }],
  ["D2", { id: "D2", length: 250, shared: false }],
  ["Z1", { id: "Z1", length: 360, shared: false }],
]);
const rows = layoutQuayRows(layoutRows(TINY_PORT, 1, 0).groups, BERTHS, { pxPerMetre: 0.1, minHeight: 12, gap: 6 });
const scales = { x: (t: number) => 2 * t, rowOf: (b: string) => rows.rowOf.get(b) };

/** A served call as a core with shared quays records it: with the ship's position along the quay and its length. */
const alongside = (id: string, berth: string, start: number, end: number, position: number, loa: number) => ({
  ...served({ id, berth, arrival: start, start, end }),
  position,
  loa,
});

describe("quayFieldsOf(record)", () => {
  it("reads position and loa when the record has them as numbers, and nothing otherwise", () => {
    expect(quayFieldsOf(alongside("a", "D1", 0, 10, 120, 180))).toEqual({ position: 120, loa: 180 });
    // A record of a discrete berth from before shared quays: no position; records now always carry loa.
    const { position: _p, loa: _l, ...bare } = TINY_CALLS[0]!;
    expect(quayFieldsOf(bare)).toEqual({ position: undefined, loa: undefined });
    const withLoa = { ...bare, loa: 150 };
    expect(quayFieldsOf(withLoa)).toEqual({ position: undefined, loa: 150 });
    const odd = { ...TINY_CALLS[0]!, position: "12", loa: Number.NaN };
    expect(quayFieldsOf(odd)).toEqual({ position: undefined, loa: undefined });
  });
});

describe("layoutQuay(calls, scales, view)", () => {
  it("puts a ship at a shared quay at its position, as high as its length, from berthing start to departure", () => {
    const [r] = layoutQuay([alongside("a", "D1", 10, 30, 200, 150)], scales);
    const row = rows.rowOf.get("D1")!;
    expect(r).toMatchObject({ id: "a", berth: "D1", x0: 20, x1: 60, xs: 22, from: 200, to: 350 });
    expect(r!.y).toBeCloseTo(row.top + 200 * row.pxPerMetre, 9);
    expect(r!.height).toBeCloseTo(150 * row.pxPerMetre, 9);
  });

  it("makes y proportional to the position along the quay", () => {
    const rects = layoutQuay([0, 100, 250].map((p, i) => alongside(`s${i}`, "D1", 0, 10, p, 50)), scales);
    const top = rows.rowOf.get("D1")!.top;
    const [a, b, c] = rects.map((r) => r.y - top);
    expect(a).toBe(0);
    expect(c! / b!).toBeCloseTo(2.5, 9);
  });

  it("fills the row with a ship at a discrete berth, with or without a position and length in its record", () => {
    for (const call of [TINY_CALLS[2]!, alongside("z", "Z1", 0, 10, 0, 120)]) {
      const [r] = layoutQuay([call], scales);
      const row = rows.rowOf.get("Z1")!;
      expect([r!.from, r!.to]).toEqual([0, 360]);
      expect(r!.y).toBe(row.top);
      expect(r!.y + r!.height).toBeCloseTo(row.y + row.height - 1, 9);
    }
  });

  it("fills the row with a ship at a shared quay whose record has no position (a core without shared quays)", () => {
    expect(quayStretch(TINY_CALLS[0]!, rows.rowOf.get("D1")!)).toEqual([0, 500]);
  });

  it("lays out served calls only, culled to the view, bars at least one pixel wide", () => {
    const calls = [...TINY_CALLS, served({ id: "s", berth: "D2", arrival: 50, start: 50, end: 50.01 })];
    expect(layoutQuay(calls, scales).map((r) => r.id)).toEqual(["c1", "c2", "c3", "s"]);
    expect(layoutQuay(calls, scales, [45, 70]).map((r) => r.id)).toEqual(["c2", "c3"]);
    const s = layoutQuay(calls, scales).find((r) => r.id === "s")!;
    expect(s.x1 - s.x0).toBe(1);
  });

  const ship = fc.record({
    start: fc.integer({ min: 0, max: 200 }),
    stay: fc.integer({ min: 1, max: 50 }),
    position: fc.integer({ min: 0, max: 520 }),
    loa: fc.integer({ min: 20, max: 300 }),
    berth: fc.constantFrom("D1", "D2", "Z1"),
  });

  it("keeps every rectangle inside its berth's row", () => {
    fc.assert(
      fc.property(fc.array(ship, { maxLength: 30 }), (ships) => {
        const calls = ships.map((s, i) => alongside(`s${i}`, s.berth, s.start, s.start + s.stay, s.position, s.loa));
        for (const r of layoutQuay(calls, scales)) {
          const row = rows.rowOf.get(r.berth)!;
          expect(r.y).toBeGreaterThanOrEqual(row.y);
          expect(r.y + r.height).toBeLessThanOrEqual(row.y + row.height + 1e-9);
        }
      }),
    );
  });

  it("never overlaps two ships at one quay at the same time when their stretches of quay do not", () => {
    // Ships placed end to end along D1 (as a quay allocator would), all alongside at once.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 2, maxLength: 6 }), fc.integer({ min: 0, max: 40 }), (loas, gap) => {
        const calls: QuayCall[] = [];
        let at = 0;
        loas.forEach((loa, i) => {
          if (at + loa <= 500) calls.push(alongside(`q${i}`, "D1", i, 100 + i, at, loa));
          at += loa + gap;
        });
        const rects = layoutQuay(calls, scales).sort((a, b) => a.y - b.y);
        for (let i = 1; i < rects.length; i++) expect(rects[i]!.y).toBeGreaterThanOrEqual(rects[i - 1]!.y + rects[i - 1]!.height - 1e-9);
      }),
    );
  });
});
