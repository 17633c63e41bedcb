import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Held, placeAmong, QuayState } from "../../src/internal/QuayState.ts";
import type { Berth } from "../../src/Port.ts";
import { deepStretches, leftmostIn, type Quay, quayExtent } from "../../src/Quay.ts";
import { berth } from "../helpers/tinyPort.ts";

/** The placement worked out directly, as the simulator first did it: the deep stretches built, then every gap tried. */
const placeDirectly = (
  b: Berth,
  q: Quay,
  held: readonly Held[],
  loa: number,
  draft: number,
  rule: "leftmost" | "bestFit",
): { position: number; gap: number } | undefined => {
  if (q.maxShips !== undefined && held.length >= q.maxShips) return undefined;
  const stretches = deepStretches(b, draft);
  let best: { position: number; gap: number } | undefined;
  let from = 0;
  for (let k = 0; k <= held.length; k++) {
    const to = k < held.length ? held[k]!.from : b.length;
    const p = leftmostIn(stretches, from, to, loa, quayExtent(q, loa));
    if (p >= 0) {
      if (rule === "leftmost") return { position: p, gap: to - from };
      if (best === undefined || to - from < best.gap) best = { position: p, gap: to - from };
    }
    if (k < held.length) from = held[k]!.to;
  }
  return best;
};

const quay = { clearanceMetres: 0, clearanceShare: 0.1 };
const q500 = berth("Q", { length: 500, quay });

describe("QuayState", () => {
  it("places ships leftmost, one after the other with their clearance, until none fits", () => {
    const s = new QuayState(q500, quay, 100);
    for (const [call, loa] of [[0, 200], [1, 150]] as const) {
      const p = s.place(loa, 8, "leftmost")!;
      s.add(call, p.position, loa);
    }
    expect(s.held.map((h) => [h.call, h.from, h.to])).toEqual([
      [0, 0, 220],
      [1, 220, 385],
    ]);
    // 115 m remain: a 100 m ship (110 m) fits, a 110 m ship (121 m) does not.
    expect(s.hasRoom()).toBe(true);
    expect(s.place(100, 8, "leftmost")).toEqual({ position: 385, gap: 115 });
    expect(s.place(110, 8, "leftmost")).toBeUndefined();
  });

  it("reuses the gap a ship leaves, and best fit takes the shortest gap that fits", () => {
    const s = new QuayState(q500, quay, 50);
    s.add(0, 0, 150); // 0–165
    s.add(1, 165, 200); // 165–385
    s.remove(0);
    // Gaps: [0, 165) and [385, 500). A 100 m ship (110 m) fits both.
    expect(s.place(100, 8, "leftmost")).toEqual({ position: 0, gap: 165 });
    expect(s.place(100, 8, "bestFit")).toEqual({ position: 385, gap: 115 });
  });

  it("counts as full when its longest gap cannot take the shortest ship of the run, or at its ship limit", () => {
    const s = new QuayState(q500, quay, 150);
    s.add(0, 0, 300); // 0–330: 170 m remain, the shortest ship needs 165 m
    expect(s.hasRoom()).toBe(true);
    s.add(1, 330, 140); // 330–484
    expect(s.hasRoom()).toBe(false);
    const limited = new QuayState(q500, { ...quay, maxShips: 1 }, 50);
    limited.add(0, 0, 100);
    expect(limited.hasRoom()).toBe(false);
    expect(placeAmong(q500, { ...quay, maxShips: 1 }, limited.held, 100, 8, "leftmost")).toBeUndefined();
  });

  it("keeps a deep ship's hull off shallow stretches", () => {
    const stepped = { ...quay, depths: [{ from: 0, to: 200, depth: 8 }, { from: 200, to: 500, depth: 12 }] };
    const b = berth("Q", { length: 500, depth: 12, quay: stepped });
    expect(placeAmong(b, stepped, [], 150, 11, "leftmost")).toEqual({ position: 200, gap: 500 });
    expect(placeAmong(b, stepped, [], 150, 8, "leftmost")).toEqual({ position: 0, gap: 500 });
    // 300 m of deep water, but the ship with its clearance (330 m) would run past the quay's end.
    expect(placeAmong(b, stepped, [], 300, 11, "leftmost")).toBeUndefined();
  });

  it("fit and placeAmong place a ship where the direct search over the gaps does, whatever the quay holds", () => {
    const stepped: Quay = {
      clearanceMetres: 5,
      clearanceShare: 0.125,
      maxShips: 3,
      depths: [
        { from: 0, to: 150, depth: 8 },
        { from: 150, to: 350, depth: 12 },
        { from: 350, to: 450, depth: 10 },
        { from: 450, to: 600, depth: 12 },
      ],
    };
    const b = berth("Q", { length: 600, depth: 12, quay: stepped });
    const ship = fc.record({ loa: fc.integer({ min: 2, max: 24 }).map((x) => x * 12.5), draft: fc.constantFrom(6, 8, 9, 10, 11, 12, 13) });
    const rule = fc.constantFrom<"leftmost" | "bestFit">("leftmost", "bestFit");
    fc.assert(
      fc.property(fc.array(ship, { maxLength: 6 }), ship, rule, fc.integer({ min: 0, max: 6 }), (alongside, next, r, leave) => {
        // Berth the ships one by one where fit puts them (leftmost), then let one leave, and place the next.
        const s = new QuayState(b, stepped, 25);
        // The ships alongside kept the plain way: inserted before the first one further along, removed by call.
        const expectedHeld: Held[] = [];
        alongside.forEach((a, call) => {
          if (!s.fit(a.loa, a.draft, "leftmost")) return;
          const from = s.placed.position;
          s.add(call, from, a.loa);
          const k = expectedHeld.findIndex((h) => !(h.from < from));
          expectedHeld.splice(k < 0 ? expectedHeld.length : k, 0, { call, from, to: from + quayExtent(stepped, a.loa) });
        });
        s.remove(leave);
        const gone = expectedHeld.findIndex((h) => h.call === leave);
        if (gone >= 0) expectedHeld.splice(gone, 1);
        expect(s.held).toEqual(expectedHeld);
        const expected = placeDirectly(b, stepped, s.held, next.loa, next.draft, r);
        expect(s.fit(next.loa, next.draft, r)).toBe(expected !== undefined);
        if (expected !== undefined) expect({ ...s.placed }).toEqual(expected);
        expect(s.place(next.loa, next.draft, r)).toEqual(expected);
        expect(placeAmong(b, stepped, s.held, next.loa, next.draft, r)).toEqual(expected);
      }),
    );
  });
});
