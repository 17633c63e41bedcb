import { describe, expect, it } from "vitest";
import { QuayIndex } from "../../src/layout/quayHitTest.ts";
import { layoutQuayRows, type QuayBerth } from "../../src/layout/quayRows.ts";
import { layoutRows } from "../../src/layout/rows.ts";
import { served, TINY_CALLS, TINY_PORT } from "../helpers/fixtures.ts";

const BERTHS = new Map<string, QuayBerth>([
  ["D1", { id: "D1", length: 500, shared: true }],
  ["D2", { id: "D2", length: 250, shared: false }],
  ["Z1", { id: "Z1", length: 360, shared: false }],
]);
// pxPerMetre 0.1: D1 is rows 0–50 px, its metres at y = 1 + 0.096 m.
const rows = layoutQuayRows(layoutRows(TINY_PORT, 1, 0).groups, BERTHS, { pxPerMetre: 0.1, minHeight: 12, gap: 6 });
const rowOf = (b: string) => rows.rowOf.get(b);
const alongside = (id: string, start: number, end: number, position: number, loa: number, arrival = start) => ({
  ...served({ id, berth: "D1", arrival, start, end }),
  position,
  loa,
});

// Three ships at D1 at once, side by side: a at 0–150 m, b at 160–310 m (a long stay), c at 320–470 m.
const A = alongside("a", 0, 20, 0, 150);
const B = alongside("b", 5, 80, 160, 150);
const C = alongside("c", 10, 30, 320, 150);
const index = new QuayIndex([A, B, C, ...TINY_CALLS.slice(2)], rowOf);
const yOf = (metre: number): number => rows.rowOf.get("D1")!.top + metre * rows.rowOf.get("D1")!.pxPerMetre;

describe("QuayIndex", () => {
  it("at(berth, t, y) is the ship alongside at t whose stretch of quay is under y", () => {
    expect(index.at("D1", 15, yOf(75))?.id).toBe("a");
    expect(index.at("D1", 15, yOf(200))?.id).toBe("b");
    expect(index.at("D1", 15, yOf(400))?.id).toBe("c");
  });

  it("finds a long stay that began before shorter ones, ships overlapping in time", () => {
    expect(index.at("D1", 70, yOf(200))?.id).toBe("b");
    expect(index.at("D1", 70, yOf(75))).toBeUndefined();
  });

  it("at(berth, t, y, hours, px) is the nearest within the tolerances, nearer in time first", () => {
    expect(index.at("D1", 32, yOf(400))).toBeUndefined();
    expect(index.at("D1", 32, yOf(400), 3)?.id).toBe("c");
    expect(index.at("D1", 15, yOf(315))).toBeUndefined();
    expect(["b", "c"]).toContain(index.at("D1", 15, yOf(315), 0, 1)?.id);
  });

  it("at a discrete berth (or a record without position), any y in the row finds the call", () => {
    const z = rows.rowOf.get("Z1")!;
    expect(index.at("Z1", 20, z.top + 1)?.id).toBe("c3");
    expect(index.at("Z1", 20, z.y + z.height - 1.5)?.id).toBe("c3");
    expect(index.at("D2", 20, rows.rowOf.get("D2")!.top)).toBeUndefined();
  });

  it("waitedBehind(call) is the last ship to leave the stretch of quay the call then took, after it arrived", () => {
    const d = alongside("d", 30, 40, 320, 150, 12); // C's place, C left at 30
    const e = alongside("e", 20, 40, 0, 100, 12); // within A's place, A left at 20
    const f = alongside("f", 30, 40, 100, 100, 25); // A left before f arrived; B still lies at 160–310 m
    const g = alongside("g", 30, 40, 480, 20, 12); // beside C's place, never taken
    const quay = new QuayIndex([A, B, C, d, e, f, g], rowOf);
    expect([d, e, f, g, A].map((c) => quay.waitedBehind(c)?.id)).toEqual(["c", "a", undefined, undefined, undefined]);
  });

  it("waitedBehind(call) at a discrete berth is its previous ship, if that left after the call arrived", () => {
    const p = served({ id: "p", berth: "D2", arrival: 0, start: 0, end: 10 });
    const q = served({ id: "q", berth: "D2", arrival: 5, start: 10, end: 20 });
    const r = served({ id: "r", berth: "D2", arrival: 22, start: 22, end: 30 });
    const quay = new QuayIndex([p, q, r], rowOf);
    expect([p, q, r].map((c) => quay.waitedBehind(c)?.id)).toEqual([undefined, "p", undefined]);
  });
});
