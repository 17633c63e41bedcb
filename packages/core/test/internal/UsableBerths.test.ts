import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eligibleBerths, fits } from "../../src/compatibility.ts";
import { levelsOf, NO_BERTH, rankOf, UsableBerths } from "../../src/internal/UsableBerths.ts";
import type { Port } from "../../src/Port.ts";
import type { VesselCall } from "../../src/VesselCall.ts";
import { callBodyArb, portWithQuaysArb, runs } from "../properties/arbitraries.ts";

/** The berths the call may use, tested one by one: eligible under the scope and `fits`, as indices in port order. */
const usableDirectly = (port: Port, call: VesselCall, scope: "port" | "area"): number[] =>
  eligibleBerths(port, call, scope)
    .filter((b) => fits(b, call))
    .map((b) => port.berths.indexOf(b));

/** Every answer of `usable` for `calls` equals the direct test; its bit set matches its list (small ports). */
const checkAgainstDirect = (port: Port, calls: readonly VesselCall[], scope: "port" | "area"): void => {
  const usable = new UsableBerths(port, scope, (id) => port.berths.findIndex((b) => b.id === id));
  for (const call of calls) {
    const id = usable.idOf(call);
    const expected = usableDirectly(port, call, scope);
    expect(usable.lists[id]).toEqual(expected);
    expect(id === NO_BERTH).toBe(expected.length === 0);
    if (port.berths.length <= 31) expect(usable.masks[id]).toBe(expected.reduce((m, j) => m | (1 << j), 0));
  }
};

// Calls with sizes on the berths' lengths and depths, between them, and beyond them, in runs of equal sizes.
const callsArb = fc
  .array(
    fc.record({
      body: callBodyArb,
      loa: fc.oneof(fc.constant(undefined), fc.constantFrom(120, 199, 200, 300, 400, 450, 600, 601)),
      draft: fc.oneof(fc.constant(undefined), fc.constantFrom(8, 8.5, 10, 12, 16, 16.5)),
      repeat: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 20 },
  )
  .map((xs) =>
    xs.flatMap(({ body, loa, draft, repeat }, k) =>
      Array.from({ length: repeat }, (_, r) => ({
        ...body,
        id: `c${k}-${r}`,
        name: `c${k}-${r}`,
        ...(loa === undefined ? {} : { loa }),
        ...(draft === undefined ? {} : { draft }),
      })),
    ),
  );

describe("UsableBerths", () => {
  it("idOf(call) names the berths that eligibleBerths and fits give, under either queue scope", () => {
    fc.assert(
      fc.property(portWithQuaysArb, callsArb, fc.constantFrom<"port" | "area">("port", "area"), (port, calls, scope) =>
        checkAgainstDirect(port, calls, scope),
      ),
      runs(4101),
    );
  });

  it("idOf(call) gives the same answers on a port of more than 31 berths (lists, no bit sets)", () => {
    fc.assert(
      fc.property(portWithQuaysArb, callsArb, fc.constantFrom<"port" | "area">("port", "area"), (port, calls, scope) => {
        const copies = Math.ceil(32 / port.berths.length);
        const berths = Array.from({ length: copies }, (_, c) => port.berths.map((b) => ({ ...b, id: `${b.id}-${c}` }))).flat();
        checkAgainstDirect({ ...port, berths }, calls, scope);
      }),
      { ...runs(4102), numRuns: 200 },
    );
  });

  it("equal answers share one list: a call asked about twice, or a same-sized call, gets the same id", () => {
    const port = fc.sample(portWithQuaysArb, { numRuns: 1, seed: 7 })[0]!;
    const usable = new UsableBerths(port, "port", (id) => port.berths.findIndex((b) => b.id === id));
    const call = { ...fc.sample(callBodyArb, { numRuns: 1, seed: 8 })[0]!, id: "x", name: "x", cargo: "container" as const };
    const id = usable.idOf(call);
    expect(usable.idOf({ ...call, id: "y" })).toBe(id);
    expect(usable.idOf(call)).toBe(id);
    expect(usable.lists.length).toBe(id === NO_BERTH ? 1 : 2);
  });

  it("levelsOf(values) and rankOf(levels, x) tell every value's x <= value at once, by bit", () => {
    const value = fc.oneof(fc.constantFrom(0, 8, 12, 12, 16, 300, Infinity, NaN), fc.double({ min: 0, max: 400 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 31 }), fc.array(value, { minLength: 1, maxLength: 6 }), (values, xs) => {
        const levels = levelsOf(Float64Array.from(values));
        for (const x of xs) {
          const mask = levels.mask[rankOf(levels, x)]!;
          values.forEach((v, k) => expect(((mask >>> k) & 1) === 1).toBe(x <= v));
        }
      }),
      runs(4103),
    );
  });
});
