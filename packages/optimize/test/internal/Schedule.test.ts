import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Problem } from "../../src/internal/Problem.ts";
import { Schedule } from "../../src/internal/Schedule.ts";
import { tinySnapshots } from "../helpers/tinySnapshot.ts";

/** A plan with every ship at its cheapest place, in index order. */
const build = (p: Problem): Schedule => {
  const s = new Schedule(p);
  const where = new Int32Array(2);
  for (let i = 0; i < p.n; i++) {
    s.bestInsertion(i, where);
    s.insert(where[0]!, where[1]!, i);
  }
  return s;
};

describe("Schedule", () => {
  it("insertionDelta and replaceDelta equal the change of the recomputed total", () => {
    fc.assert(
      fc.property(tinySnapshots(7), fc.nat(), (snapshot, r) => {
        const p = new Problem(snapshot);
        const s = build(p);
        const i = r % p.n;
        s.remove(i);
        const before = s.total;
        for (const k of p.berthsOf[i]!)
          for (let pos = 0; pos <= s.seq[k]!.length; pos++) {
            const d = s.insertionDelta(k, i, pos);
            const copy = new Schedule(p);
            copy.copyFrom(s);
            copy.insert(k, pos, i);
            expect(d).toBeCloseTo(copy.total - before, 6);
          }
        for (const k of p.berthsOf[i]!)
          for (let pos = 0; pos < s.seq[k]!.length; pos++) {
            const d = s.replaceDelta(k, pos, i);
            const copy = new Schedule(p);
            copy.copyFrom(s);
            const out = copy.seq[k]![pos]!;
            copy.seq[k]![pos] = i;
            copy.berthOf[out] = -1;
            copy.refresh(k, pos);
            expect(d).toBeCloseTo(copy.total - before, 6);
          }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
