import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSchedule, type Port, type Quay } from "../../src/index.ts";
import { PROPERTY_TIMEOUT, portWithQuaysArb, rulesOfKind, runs, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, run } from "./harness.ts";

const quayScenarioArb = scenarioArb({ port: portWithQuaysArb });

const held = (quay: Quay, loa: number): number => loa + quay.clearanceMetres + quay.clearanceShare * loa;

describe("property 9: shared quays", { timeout: PROPERTY_TIMEOUT }, () => {
  it("on ports with shared quays, the simulator's schedule keeps every rule the checker knows", () => {
    assertScenarioProperty(
      fc.property(quayScenarioArb, (s) => {
        expect(checkSchedule({ ...s, schedule: run(s).calls })).toEqual([]);
      }),
      runs(901),
    );
  });

  it("ships on one quay never share metres at the same time, lie within the quay, and float at their position", () => {
    // The same facts as the checker's feasibility rules, computed directly from the records.
    assertScenarioProperty(
      fc.property(quayScenarioArb, (s) => {
        const byId = new Map(s.calls.map((c) => [c.id, c]));
        const served = run(s).calls.filter((c) => c.status === "served");
        for (const c of served) {
          const berth = s.port.berths.find((b) => b.id === c.berth)!;
          const quay = berth.quay;
          if (quay === undefined) {
            expect(c.position).toBe(0);
            continue;
          }
          const p = c.position!;
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p + held(quay, c.loa)).toBeLessThanOrEqual(berth.length);
          for (const seg of quay.depths ?? [])
            if (seg.from < p + c.loa && seg.to > p) expect(seg.depth).toBeGreaterThanOrEqual(byId.get(c.id)!.draft);
          for (const o of served) {
            if (o === c || o.berth !== c.berth || !(o.berthingStart! < c.end! && c.berthingStart! < o.end!)) continue;
            const apart = o.position! + held(quay, o.loa) <= p || p + held(quay, c.loa) <= o.position!;
            expect(apart, `${c.id} and ${o.id} on ${c.berth}`).toBe(true);
          }
        }
      }),
      runs(902),
    );
  });

  it("under fcfs no ship is counted as overtaken on ports with shared quays", () => {
    // A later, smaller ship may take room on a quay that an earlier, larger one could not use: that is not overtaking.
    assertScenarioProperty(
      fc.property(scenarioArb({ port: portWithQuaysArb, rules: rulesOfKind("fcfs") }), (s) => {
        expect(run(s).calls.filter((c) => c.overtaken > 0).map((c) => c.id)).toEqual([]);
      }),
      runs(905),
    );
  });

  it("a quay that takes one ship and keeps no clearance gives the same schedule as a discrete berth", () => {
    const asQuays = (p: Port): Port => ({
      ...p,
      berths: p.berths.map((b) => ({ ...b, quay: { clearanceMetres: 0, clearanceShare: 0, maxShips: 1 } })),
    });
    assertScenarioProperty(
      fc.property(scenarioArb(), (s) => {
        const discrete = run(s, true);
        const quays = run({ ...s, port: asQuays(s.port) }, true);
        expect(quays.calls).toEqual(discrete.calls);
        expect(quays.log).toEqual(discrete.log);
      }),
      runs(903),
    );
  });

  it("a quay holds at least as many ships at once as its fixed halves would, for the same traffic", () => {
    // Two ships that each fit half of the quay fit side by side on it: with equal ships arriving together the
    // quay never serves fewer of them than two discrete half-length berths.
    const arb = fc.record({
      loa: fc.constantFrom(100, 150, 200),
      count: fc.integer({ min: 1, max: 8 }),
      hours: fc.integer({ min: 1, max: 10 }),
    });
    fc.assert(
      fc.property(arb, ({ loa, count, hours }) => {
        const berth = { area: "a", depth: 12, cargo: ["container" as const], foreignTradeOpen: true, rates: { container: 1 }, overheadHours: 0 };
        const port = (berths: Port["berths"]): Port => ({
          name: "p",
          areas: [{ id: "a", name: "A", nameZh: "A" }],
          berths,
          anchorages: [],
          shiftHours: 0,
        });
        const calls = Array.from({ length: count }, (_, k) => ({
          id: `s${k}`,
          name: `s${k}`,
          tradeClass: "domesticDirect" as const,
          cargo: "container" as const,
          loa,
          draft: 8,
          volume: 0,
          arrival: 0,
          dangerousGoods: false,
          serviceHours: hours,
        }));
        const rules = { id: "f", name: "f", kind: "fcfs" as const, classOrder: [], queueScope: "port" as const, berthChoice: "earliestFree" as const };
        const horizon = 4 * hours;
        const served = (p: Port) =>
          run({ port: p, calls, rules, horizon, warmup: 0 }).calls.filter((c) => c.status === "served").length;
        const halves = served(port([{ ...berth, id: "H1", length: 250 }, { ...berth, id: "H2", length: 250 }]));
        const quay = served(port([{ ...berth, id: "Q", length: 500, quay: { clearanceMetres: 0, clearanceShare: 0.125 } }]));
        expect(quay).toBeGreaterThanOrEqual(halves);
      }),
      runs(904),
    );
  });
});
