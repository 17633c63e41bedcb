import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CallRecord, clearCargo, clearCargoKpis, clearanceKpis } from "../../src/index.ts";
import { callsArb, paramsArb } from "./arbitraries.ts";
import { referenceClearCargo } from "./referenceClearance.ts";

/** Another berthing of the same calls (as another rule set gives), with now and then a call changed or left out. */
const rerunArb = (calls: readonly CallRecord[]): fc.Arbitrary<CallRecord[]> =>
  fc
    .array(
      fc.record({
        delay: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true })),
        change: fc.constantFrom("none", "none", "none", "volume", "arrival", "id", "unserved", "area", "longer"),
      }),
      { minLength: calls.length, maxLength: calls.length },
    )
    .chain((edits) =>
      fc.boolean().map((drop) => {
        const out = calls.map((c, i): CallRecord => {
          const { delay, change } = edits[i]!;
          const moved = { ...c, serviceStart: c.serviceStart! + delay, end: c.end! + delay };
          if (change === "volume") return { ...moved, volume: c.volume + 3 };
          if (change === "arrival") return { ...moved, arrival: c.arrival + 1 };
          if (change === "id") return { ...moved, id: `${c.id}x` };
          // Served from the same start, for longer: imports are ready later.
          if (change === "longer") return { ...c, end: c.end! + 2 };
          if (change === "area") return { ...moved, area: c.area === "north" ? "south" : "north" };
          if (change === "unserved") return { ...c, status: "waiting", serviceStart: undefined, end: undefined };
          return moved;
        });
        return drop ? out.slice(1) : out;
      }),
    );

describe("CallDraws (through clearCargo and clearCargoKpis)", () => {
  it("clears the calls of every run of one seed and parameters as a fresh clearance would, however berthing or the calls changed", () => {
    const runs = callsArb.chain((calls) => fc.tuple(fc.constant(calls), fc.array(rerunArb(calls), { minLength: 1, maxLength: 3 })));
    fc.assert(
      fc.property(runs, paramsArb, fc.nat(), ([first, reruns], params, seed) => {
        const areas = ["north", "south"];
        for (const calls of [first, ...reruns, first]) {
          const input = { calls, params, seed };
          const expected = referenceClearCargo(input);
          expect(clearCargo(input)).toStrictEqual(expected);
          expect(clearCargoKpis(input, areas)).toEqual(clearanceKpis(expected, params, areas));
        }
      }),
    );
  });

  it("gives the KPIs of run after run of one seed and parameters as a fresh clearance would, with hours and order kept from the last run", () => {
    const runs = callsArb.chain((calls) => fc.tuple(fc.constant(calls), fc.array(rerunArb(calls), { minLength: 1, maxLength: 3 })));
    fc.assert(
      fc.property(runs, paramsArb, fc.nat(), ([first, reruns], params, seed) => {
        const areas = ["north", "south"];
        // KPIs only, as Monte Carlo clears its rule sets: no detailed clearance in between; the same call objects
        // twice in a row, as the outcome columns of a replication's rule sets give them.
        for (const calls of [first, first, ...reruns, first]) {
          const input = { calls, params, seed };
          expect(clearCargoKpis(input, areas)).toEqual(clearanceKpis(referenceClearCargo(input), params, areas));
        }
      }),
    );
  });

  it("draws afresh for another seed or other parameters, and again when they come back", () => {
    fc.assert(
      fc.property(callsArb, paramsArb, paramsArb, fc.nat(), fc.nat(), (calls, a, b, s, t) => {
        for (const [params, seed] of [[a, s], [a, t], [b, t], [a, s]] as const)
          expect(clearCargo({ calls, params, seed })).toStrictEqual(referenceClearCargo({ calls, params, seed }));
      }),
    );
  });
});
