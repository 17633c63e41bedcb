import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Berth, deepStretches, depthProfile, quayExtent, quayHolds } from "../src/index.ts";
import { DeepStretchTable, leftmostIn, leftmostInFlat, QuayHoldsMemo } from "../src/Quay.ts";
import { berth } from "./helpers/tinyPort.ts";

const quay = { clearanceMetres: 5, clearanceShare: 0.1 };
const stepped: Berth = berth("Q", {
  length: 400,
  depth: 12,
  quay: {
    ...quay,
    depths: [
      { from: 0, to: 100, depth: 8 },
      { from: 100, to: 250, depth: 12 },
      { from: 250, to: 300, depth: 11 },
      { from: 300, to: 400, depth: 12 },
    ],
  },
});

describe("Quay", () => {
  it("quayExtent(quay, loa) is the length overall plus metres plus a share of it", () => {
    expect(quayExtent(quay, 200)).toBe(225);
    expect(quayExtent({ clearanceMetres: 0, clearanceShare: 0 }, 150)).toBe(150);
  });

  it("depthProfile(berth) is the quay's stretches, or one stretch of the berth's depth", () => {
    expect(depthProfile(berth("B", { length: 250, depth: 11 }))).toEqual([{ from: 0, to: 250, depth: 11 }]);
    expect(depthProfile(stepped)).toHaveLength(4);
  });

  it("deepStretches(berth, draft) joins adjacent stretches deep enough and skips the shallow ones", () => {
    expect(deepStretches(stepped, 10)).toEqual([{ from: 100, to: 400 }]);
    expect(deepStretches(stepped, 11.5)).toEqual([
      { from: 100, to: 250 },
      { from: 300, to: 400 },
    ]);
    expect(deepStretches(stepped, 13)).toEqual([]);
  });

  it("quayHolds(berth, quay, loa, draft) asks for a place with its clearance on the quay and its hull in deep water", () => {
    // Draft 11.5: deep water is 100–250 m and 300–400 m; a 140 m ship's hull fits 100–240 m.
    expect(quayHolds(stepped, stepped.quay!, 140, 11.5)).toBe(true);
    // A 160 m hull fits neither deep stretch.
    expect(quayHolds(stepped, stepped.quay!, 160, 11.5)).toBe(false);
    // Draft 10: 100–400 m is deep enough; 250 m + 30 m clearance fits from 100 m (to 380 m).
    expect(quayHolds(stepped, stepped.quay!, 250, 10)).toBe(true);
    // 270 m + 32 m clearance would need 302 m from 100 m: only 300 m are left.
    expect(quayHolds(stepped, stepped.quay!, 270, 10)).toBe(false);
  });

  // Random depth profiles: contiguous segments of 25–125 m whose depths repeat, so that runs join and levels are shared.
  const profileArb = fc
    .array(fc.record({ metres: fc.integer({ min: 1, max: 5 }), depth: fc.constantFrom(6, 8, 8, 10, 12, 12.5) }), {
      minLength: 1,
      maxLength: 6,
    })
    .map((segs) => {
      let from = 0;
      const depths = segs.map(({ metres, depth }) => ({ from, to: (from += metres * 25), depth }));
      const deepest = Math.max(...depths.map((s) => s.depth));
      return berth("Q", { length: from, depth: deepest, quay: { ...quay, depths } });
    });
  // Drafts on the segment depths exactly, between them, beyond them, and the odd non-finite value.
  const draftArb = fc.oneof(
    fc.constantFrom(6, 8, 10, 12, 12.5, 0, NaN, Infinity, -Infinity),
    fc.double({ min: 0, max: 14, noNaN: true }),
  );

  it("DeepStretchTable(berth).at(draft) is deepStretches(berth, draft), flat, for any draft", () => {
    fc.assert(
      fc.property(profileArb, fc.array(draftArb, { minLength: 1, maxLength: 8 }), (b, drafts) => {
        const table = new DeepStretchTable(b);
        for (const draft of drafts)
          expect(Array.from(table.at(draft))).toEqual(deepStretches(b, draft).flatMap((s) => [s.from, s.to]));
      }),
    );
    // A berth without a depth profile: one stretch over its whole length, or none.
    const plain = new DeepStretchTable(berth("B", { length: 250, depth: 11 }));
    expect(Array.from(plain.at(11))).toEqual([0, 250]);
    expect(Array.from(plain.at(11.1))).toEqual([]);
  });

  it("leftmostInFlat(stretches, from, to, loa, extent) finds the position leftmostIn finds", () => {
    const metres = fc.integer({ min: 0, max: 30 }).map((x) => x * 25);
    fc.assert(
      fc.property(profileArb, draftArb, metres, metres, fc.integer({ min: 1, max: 12 }), (b, draft, a, c, size) => {
        const loa = size * 25;
        const [from, to] = a <= c ? [a, c] : [c, a];
        const extent = quayExtent(quay, loa);
        const flat = new DeepStretchTable(b).at(draft);
        expect(leftmostInFlat(flat, from, to, loa, extent)).toBe(leftmostIn(deepStretches(b, draft), from, to, loa, extent));
      }),
    );
  });

  it("QuayHoldsMemo(berth).holds(loa, draft) answers as quayHolds does, whatever was asked before", () => {
    const clearance = fc.record({
      clearanceMetres: fc.constantFrom(0, 5, 10.5),
      clearanceShare: fc.constantFrom(0, 0.1, 0.125, 0.3),
    });
    const loa = fc.oneof(fc.integer({ min: 1, max: 30 }).map((x) => x * 25), fc.double({ min: 0, max: 800, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(profileArb, clearance, fc.array(fc.tuple(loa, draftArb), { minLength: 1, maxLength: 12 }), (b, c, ships) => {
        const q = { ...b.quay!, ...c };
        const withClearance = { ...b, quay: q };
        const memo = new QuayHoldsMemo(withClearance);
        for (const [l, d] of ships) expect(memo.holds(l, d)).toBe(quayHolds(withClearance, q, l, d));
      }),
    );
  });
});
