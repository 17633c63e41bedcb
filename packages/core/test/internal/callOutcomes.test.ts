import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CallRecord, REJECTED, SERVED, simulate, WAITING } from "../../src/index.ts";
import { portWithQuaysArb, runs, scenarioArb } from "../properties/arbitraries.ts";

const STATUS: Record<CallRecord["status"], number> = { served: SERVED, waiting: WAITING, rejected: REJECTED };
const orNaN = (x: number | undefined): number => x ?? NaN;

describe("outcome columns", () => {
  it("say of each call what its record says: status, berth and times, calls in the records' order", () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb(), scenarioArb({ port: portWithQuaysArb })), (s) => {
        const withRecords = simulate(s);
        const result = simulate({ ...s, records: false, columns: true });
        const columns = result.columns!;
        expect(result.calls).toEqual([]);
        expect(result.kpis).toEqual(withRecords.kpis);
        expect(columns.calls.map((c) => c.id)).toEqual(withRecords.calls.map((c) => c.id));
        withRecords.calls.forEach((r, i) => {
          expect(columns.status[i]).toBe(STATUS[r.status]);
          expect(columns.berth[i]! < 0 ? undefined : columns.berths[columns.berth[i]!]!.id).toBe(r.berth);
          expect(columns.berthingStart[i]).toBe(orNaN(r.berthingStart));
          expect(columns.serviceStart[i]).toBe(orNaN(r.serviceStart));
          expect(columns.end[i]).toBe(orNaN(r.end));
        });
      }),
      runs(20261127),
    );
  });

  it("are a run's own: a later run does not change them", () => {
    const s = fc.sample(scenarioArb({ minCalls: 5 }), { numRuns: 1, seed: 3 })[0]!;
    const first = simulate({ ...s, records: false, columns: true }).columns!;
    const ends = Array.from(first.end);
    simulate({ ...s, calls: s.calls.map((c) => ({ ...c, arrival: c.arrival + 1 })), records: false, columns: true });
    expect(Array.from(first.end)).toEqual(ends);
  });
});
