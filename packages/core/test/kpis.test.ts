import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CARGO_KINDS,
  type CallRecord,
  computeKpis,
  quantileSorted,
  simulate,
  TRADE_CLASS_IDS,
  waitStats,
  type WaitStats,
} from "../src/index.ts";
import { scenarioArb } from "./properties/arbitraries.ts";

/** `waitStats` the plain way: a sorted copy of the waits and one sum per figure, in call order. */
const naiveWaitStats = (served: readonly CallRecord[]): WaitStats | undefined => {
  const n = served.length;
  if (n === 0) return undefined;
  const waits = Float64Array.from(served, (c) => c.wait).sort();
  let sum = 0;
  for (const w of waits) sum += w;
  const sumOf = (f: (c: CallRecord) => number): number => served.reduce((s, c) => s + f(c), 0);
  const meanService = sumOf((c) => c.end! - c.serviceStart!) / n;
  return {
    served: n,
    meanWait: sum / n,
    p50Wait: quantileSorted(waits, 0.5),
    p90Wait: quantileSorted(waits, 0.9),
    p95Wait: quantileSorted(waits, 0.95),
    maxWait: waits[n - 1]!,
    probWait: served.filter((c) => c.wait > 0).length / n,
    meanService,
    awtAst: sum / n / meanService,
    meanTurnaround: sumOf((c) => c.end! - c.arrival) / n,
    meanOvertaken: sumOf((c) => c.overtaken) / n,
    meanTideWait: sumOf((c) => c.tideWait) / n,
  };
};

describe("computeKpis", () => {
  it("gives the wait statistics of every class and the throughput of every cargo exactly as filtering the records does", () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const result = simulate(s);
        const inWindow = result.calls.filter((c) => c.arrival >= s.warmup && c.arrival < s.horizon);
        const served = inWindow.filter((c) => c.status === "served");
        const kpis = computeKpis({ ...s, calls: result.calls, queue: result.kpis.queue, anchorages: result.kpis.anchorages, outside: result.kpis.outside });
        expect(kpis).toEqual(result.kpis);
        expect(kpis.overall).toEqual(naiveWaitStats(served) ?? waitStats([]));
        for (const k of TRADE_CLASS_IDS) {
          const present = inWindow.some((c) => c.tradeClass === k);
          const ofClass = served.filter((c) => c.tradeClass === k);
          expect(kpis.byClass[k]).toEqual(present ? (naiveWaitStats(ofClass) ?? waitStats([])) : undefined);
        }
        for (const cargo of CARGO_KINDS) {
          const handled = result.calls.filter(
            (c) => c.status === "served" && c.cargo === cargo && c.berthingStart! >= s.warmup && c.berthingStart! < s.horizon,
          );
          expect(kpis.throughput[cargo]).toBe(handled.reduce((sum, c) => sum + c.volume, 0));
        }
      }),
      { numRuns: 300, seed: 31 },
    );
  });
});

describe("waitStats", () => {
  it("gives the statistics of the served records it is given", () => {
    const record = (wait: number, overtaken: number, tideWait = 0): CallRecord =>
      ({ arrival: 0, wait, tideWait, overtaken, serviceStart: wait, end: wait + 10 }) as CallRecord;
    const served = [record(0, 0), record(4, 1, 3), record(2, 0), record(0, 2)];
    expect(waitStats(served)).toEqual(naiveWaitStats(served));
    expect(waitStats(served).probWait).toBe(0.5);
    expect(waitStats(served).meanTideWait).toBe(0.75);
    expect(waitStats([]).served).toBe(0);
  });
});
