import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/index.ts";
import { scenarioArb } from "./arbitraries.ts";

describe("the arbitraries", () => {
  const samples = fc.sample(scenarioArb(), { numRuns: 1000, seed: 42 });
  const share = (p: (s: (typeof samples)[number]) => boolean): number => samples.filter(p).length / samples.length;

  it("generate every edge case in a good share of the cases", () => {
    const sameArrival = (s: (typeof samples)[number]) => new Set(s.calls.map((c) => c.arrival)).size < s.calls.length;
    const burst = (s: (typeof samples)[number]) =>
      s.calls.some((c) => s.calls.filter((d) => d.arrival === c.arrival).length >= 3);
    const allClosed = (s: (typeof samples)[number]) =>
      s.port.berths.length > 1 &&
      (s.port.berths[0]!.closures ?? []).some((c) =>
        s.port.berths.every((b) => (b.closures ?? []).some((d) => d.start === c.start && d.end === c.end)),
      );
    const oneClass = (s: (typeof samples)[number]) => s.calls.length >= 3 && new Set(s.calls.map((c) => c.tradeClass)).size === 1;
    const rejects = (s: (typeof samples)[number]) => simulate(s).kpis.rejected > 0;
    const zeroHandling = (s: (typeof samples)[number]) => s.calls.some((c) => c.serviceHours === 0 || c.volume === 0);
    const waits = (s: (typeof samples)[number]) => simulate(s).calls.some((c) => c.status === "served" && c.wait > 0);
    expect({
      singleBerth: share((s) => s.port.berths.length === 1) > 0.1,
      sameArrival: share(sameArrival) > 0.3,
      burst: share(burst) > 0.1,
      allClosed: share(allClosed) > 0.05,
      oneClass: share(oneClass) > 0.1,
      shipsFittingNoBerth: share(rejects) > 0.3,
      zeroHandling: share(zeroHandling) > 0.1,
      queues: share(waits) > 0.5,
      thirtyCalls: share((s) => s.calls.length === 30) > 0.01,
    }).toEqual({
      singleBerth: true,
      sameArrival: true,
      burst: true,
      allClosed: true,
      oneClass: true,
      shipsFittingNoBerth: true,
      zeroHandling: true,
      queues: true,
      thirtyCalls: true,
    });
  });

  it("keep every time a multiple of half an hour, so that sums are exact", () => {
    for (const s of samples) {
      for (const c of s.calls) expect(Number.isInteger(c.arrival * 2)).toBe(true);
      for (const b of s.port.berths) for (const c of b.closures ?? []) expect(Number.isInteger(c.start * 2)).toBe(true);
    }
  });
});
