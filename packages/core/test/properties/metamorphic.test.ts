import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SimulationResult, TradeClass } from "../../src/index.ts";
import { callsArb, PROPERTY_TIMEOUT, runs, type Scenario, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, run } from "./harness.ts";

const byArrivalThenId = (a: { arrival: number; id: string }, b: { arrival: number; id: string }): number =>
  a.arrival - b.arrival || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every time in the scenario times k: arrivals, handling (through volume or service hours), shift, closures, cap. */
const scale = (s: Scenario, k: number): Scenario => ({
  port: {
    ...s.port,
    shiftHours: k * s.port.shiftHours,
    berths: s.port.berths.map((b) => ({
      ...b,
      overheadHours: k * b.overheadHours,
      ...(b.closures === undefined ? {} : { closures: b.closures.map((c) => ({ start: k * c.start, end: k * c.end })) }),
    })),
  },
  // Handling is overhead + volume ÷ rate: scaling the volume scales it (rates are not times).
  calls: s.calls.map((c) => ({
    ...c,
    arrival: k * c.arrival,
    volume: k * c.volume,
    ...(c.serviceHours === undefined ? {} : { serviceHours: k * c.serviceHours }),
  })),
  rules: s.rules.capHours === undefined ? s.rules : { ...s.rules, capHours: k * s.rules.capHours },
  horizon: k * s.horizon,
  warmup: k * s.warmup,
});

const timesOf = (r: SimulationResult) =>
  r.calls.map((c) => ({
    id: c.id,
    status: c.status,
    berth: c.berth,
    overtaken: c.overtaken,
    anchorage: c.anchorage,
    times: [c.wait, c.hoursOutside, c.berthingStart, c.serviceStart, c.end],
  }));

const FOREIGN: readonly TradeClass[] = ["nearSeaDirect", "ningboFeeder", "foreignOther"];

describe("property 7: metamorphic relations", { timeout: PROPERTY_TIMEOUT }, () => {
  it("removing the last-arriving ship changes nothing before its arrival", () => {
    assertScenarioProperty(
      fc.property(scenarioArb({ minCalls: 1 }), (s) => {
        const last = [...s.calls].sort(byArrivalThenId).at(-1)!;
        const without = { ...s, calls: s.calls.filter((c) => c !== last) };
        const before = (r: SimulationResult) => r.log!.filter((e) => e.t < last.arrival);
        const full = run(s, true);
        const less = run(without, true);
        expect(before(less)).toEqual(before(full));
        const early = (r: SimulationResult) => r.calls.filter((c) => c.berthingStart !== undefined && c.berthingStart < last.arrival);
        expect(early(less)).toEqual(early(full));
      }),
      runs(701),
    );
  });

  it("scaling every time by k scales every wait, berthing and end by k, exactly, and changes nothing else", () => {
    fc.assert(
      fc.property(scenarioArb(), fc.constantFrom(0.5, 2, 3, 4), (s, k) => {
        const base = timesOf(run(s));
        const scaled = timesOf(run(scale(s, k)));
        expect(scaled).toEqual(base.map((c) => ({ ...c, times: c.times.map((x) => (x === undefined ? x : k * x)) })));
      }),
      runs(702),
    );
  });

  it("renaming ships and berths, keeping the order of their ids, changes only the names", () => {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const freshIds = (n: number) =>
      fc
        .uniqueArray(fc.string({ unit: fc.constantFrom("a", "Z", "0", "9", "-", "é", "泊"), minLength: 1, maxLength: 4 }), {
          minLength: n,
          maxLength: n,
        })
        .map((ids) => ids.sort(cmp));
    const arb = scenarioArb().chain((s) =>
      fc.record({ calls: freshIds(s.calls.length), berths: freshIds(s.port.berths.length) }).map(({ calls, berths }) => {
        const callMap = new Map(s.calls.map((c) => c.id).sort(cmp).map((id, i) => [id, calls[i]!]));
        const berthMap = new Map(s.port.berths.map((b) => b.id).sort(cmp).map((id, i) => [id, berths[i]!]));
        const renamed: Scenario = {
          ...s,
          port: { ...s.port, berths: s.port.berths.map((b) => ({ ...b, id: berthMap.get(b.id)! })) },
          calls: s.calls.map((c) => ({ ...c, id: callMap.get(c.id)!, name: `MV ${callMap.get(c.id)!}` })),
        };
        return { s, renamed, callMap, berthMap };
      }),
    );
    fc.assert(
      fc.property(arb, ({ s, renamed, callMap, berthMap }) => {
        const base = run(s, true);
        const expected = {
          calls: base.calls.map((c) => ({
            ...c,
            id: callMap.get(c.id)!,
            name: `MV ${callMap.get(c.id)!}`,
            berth: c.berth === undefined ? undefined : berthMap.get(c.berth)!,
          })),
          log: base.log!.map((e) => ({
            ...e,
            call: callMap.get(e.call)!,
            ...(e.event === "berth" || e.event === "depart" ? { at: berthMap.get(e.at!)! } : {}),
          })),
          berths: base.kpis.berths.map((b) => ({ ...b, berth: berthMap.get(b.berth)! })),
        };
        const r = run(renamed, true);
        expect({ calls: r.calls, log: r.log, berths: r.kpis.berths }).toEqual(expected);
      }),
      runs(703),
    );
  });

  it("a class that no berth serves only adds rejections: every other call's record and log are unchanged", () => {
    const arb = fc
      .record({
        s: scenarioArb(),
        extra: callsArb({ maxCalls: 10 }),
        foreignClass: fc.constantFrom(...FOREIGN),
      })
      .map(({ s, extra, foreignClass }) => {
        // No berth is open to foreign trade; the base traffic is domestic, the extra traffic foreign.
        const port = { ...s.port, berths: s.port.berths.map((b) => ({ ...b, foreignTradeOpen: false })) };
        const base: Scenario = { ...s, port, calls: s.calls.filter((c) => !FOREIGN.includes(c.tradeClass)) };
        const foreign = extra.map((c) => ({ ...c, id: `f${c.id}`, tradeClass: foreignClass }));
        return { base, more: { ...base, calls: [...base.calls, ...foreign] }, foreign: new Set(foreign.map((c) => c.id)) };
      });
    fc.assert(
      fc.property(arb, ({ base, more, foreign }) => {
        const a = run(base, true);
        const b = run(more, true);
        expect(b.calls.filter((c) => !foreign.has(c.id))).toEqual(a.calls);
        expect(b.log!.filter((e) => !foreign.has(e.call))).toEqual(a.log);
        for (const c of b.calls.filter((c) => foreign.has(c.id)))
          expect(c.status).toBe(c.arrival < base.horizon ? "rejected" : "waiting");
      }),
      runs(704),
    );
  });
});
