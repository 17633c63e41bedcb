import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BerthState } from "../../src/internal/BerthState.ts";
import { callColumns } from "../../src/internal/CallColumns.ts";
import { RunScratch } from "../../src/internal/RunScratch.ts";
import { UsableBerths } from "../../src/internal/UsableBerths.ts";
import { serviceHours } from "../../src/serviceTime.ts";
import { callsArb, portArb, runs } from "../properties/arbitraries.ts";

const byArrivalThenId = (a: { arrival: number; id: string }, b: { arrival: number; id: string }): number =>
  a.arrival - b.arrival || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("callColumns", () => {
  it("holds each call's arrival, draft, usable berths, home berths and service time at every berth, calls in (arrival, id) order", () => {
    fc.assert(
      fc.property(portArb, callsArb(), (port, input) => {
        const berths = port.berths;
        const usable = new UsableBerths(port, "port", (id) => berths.findIndex((b) => b.id === id));
        const reference = new UsableBerths(port, "port", (id) => berths.findIndex((b) => b.id === id));
        const scratch = RunScratch.acquire();
        try {
          const columns = callColumns(input, berths, usable, scratch, true);
          const expected = [...input].sort(byArrivalThenId);
          const state = new BerthState(berths, 0);
          expect(columns.calls).toEqual(expected);
          columns.calls.forEach((c, i) => {
            expect(columns.arrival[i]).toBe(c.arrival);
            expect(columns.draft[i]).toBe(c.draft);
            expect(columns.home[i]).toBe(state.homeMask(c.homeArea));
            expect(usable.lists[columns.usableId[i]!]).toEqual(reference.lists[reference.idOf(c)]);
            berths.forEach((b, j) => expect(columns.serviceAt(i, j)).toBe(serviceHours(b, c)));
          });
        } finally {
          scratch.release();
        }
      }),
      runs(20260101),
    );
  });

  it("takes calls already in order as they are, without copying them", () => {
    const calls = [
      { id: "a", name: "A", tradeClass: "nearSeaDirect", cargo: "container", loa: 100, draft: 8, volume: 10, arrival: 1, dangerousGoods: false },
      { id: "b", name: "B", tradeClass: "nearSeaDirect", cargo: "coal", loa: 100, draft: 8, volume: 10, arrival: 1, dangerousGoods: false },
    ] as const;
    const port = { name: "p", areas: [], berths: [], anchorages: [], shiftHours: 0 };
    const scratch = RunScratch.acquire();
    try {
      expect(callColumns(calls, [], new UsableBerths(port, "port", () => -1), scratch, false).calls).toBe(calls);
    } finally {
      scratch.release();
    }
  });
});
