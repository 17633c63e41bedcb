import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RuleSet, SimulationResult } from "../../src/index.ts";
import { arrivedBefore } from "../../src/check/dispatchOrder.ts";
import { handlingHours, usableBerths } from "../../src/check/usable.ts";
import { portWithoutClosuresArb, PROPERTY_TIMEOUT, rulesOfKind, runs, type Scenario, scenarioArb } from "./arbitraries.ts";
import { assertScenarioProperty, counterexampleTo, run } from "./harness.ts";
import { scenarioTables } from "./tables.ts";

/**
 * The wait bound the anti-starvation cap implies. Let ship x arrive at a, let τ = a + capHours, and suppose x is
 * still at anchor at τ (< horizon). From τ on, x comes before every ship below the cap and after only the ships
 * past the cap that arrived before it (FCFS among them); by non-delay a berth x can use is never idle while x
 * waits (in a port without closures). So each berth b that x can use is busy from τ with, at most, the ship
 * alongside at τ and then ships E that arrived before x and were still at anchor at τ, one after another, and
 *
 *   x is berthed by   B = min over b of [ max(τ, end of the ship at b at τ) + Σ_{y ∈ E, y can use b} (shift + handling of y at b) ].
 *
 * `capBound` returns B (or undefined when the cap is not reached before the horizon, or x berthed before τ).
 */
const capBound = (s: Scenario, r: SimulationResult, capHours: number, id: string): number | undefined => {
  const record = new Map(r.calls.map((c) => [c.id, c]));
  const x = s.calls.find((c) => c.id === id)!;
  const tau = x.arrival + capHours;
  const start = record.get(id)!.berthingStart;
  if (!(tau < s.horizon) || (start !== undefined && start <= tau)) return undefined;
  const earlier = s.calls.filter((y) => {
    const ry = record.get(y.id)!;
    return arrivedBefore(y, x) && ry.status !== "rejected" && !(ry.berthingStart !== undefined && ry.berthingStart < tau);
  });
  const perBerth = usableBerths(s.port, s.rules, x).map((b) => {
    const alongside = r.calls.filter((c) => c.berth === b.id && c.berthingStart! < tau);
    const free = alongside.reduce((t, c) => Math.max(t, c.end!), tau);
    const queue = earlier.filter((y) => usableBerths(s.port, s.rules, y).includes(b));
    return queue.reduce((t, y) => t + s.port.shiftHours + handlingHours(b, y), free);
  });
  return Math.min(...perBerth);
};

/** Ships whose berthing (or still waiting) breaks the bound B < horizon. */
const capBoundBreaches = (s: Scenario, capHours: number): string[] => {
  const r = run(s);
  return r.calls
    .filter((c) => c.status !== "rejected" && c.arrival < s.horizon)
    .filter((c) => {
      const bound = capBound(s, r, capHours, c.id);
      return bound !== undefined && bound < s.horizon && !(c.berthingStart !== undefined && c.berthingStart <= bound);
    })
    .map((c) => c.id);
};

const noClosures = portWithoutClosuresArb;
const capped: fc.Arbitrary<RuleSet> = fc
  .record({ rules: rulesOfKind("cappedPriority"), cap: fc.constantFrom(0, 1, 4, 10, 24) })
  .map(({ rules, cap }) => ({ ...rules, capHours: cap }));

describe("property 4b: the wait bound of the anti-starvation cap", { timeout: PROPERTY_TIMEOUT }, () => {
  it("in a port without closures, a ship still waiting at the cap berths by the time one of its berths has served the ships that arrived before it", () => {
    assertScenarioProperty(
      fc.property(scenarioArb({ rules: capped, port: noClosures }), (s) => {
        expect(capBoundBreaches(s, s.rules.capHours!)).toEqual([]);
      }),
      runs(403),
    );
  });

  it("does not bound the wait by the cap plus the longest berth occupation (shrunk counterexample)", () => {
    const claim = (s: Scenario): boolean => {
      const served = run(s).calls.filter((c) => c.status === "served");
      const longest = Math.max(0, ...served.map((c) => c.end! - c.berthingStart!));
      return served.every((c) => c.wait <= s.rules.capHours! + longest);
    };
    const s = counterexampleTo(scenarioArb({ rules: capped, port: noClosures }), claim, 1, (s) => scenarioTables(s, { capped: run(s) }));
    expect(claim(s)).toBe(false);
  });

  it("does not hold with closures: a closed berth keeps the capped ship waiting (shrunk counterexample)", () => {
    const show = (s: Scenario) =>
      `${scenarioTables(s, { capped: run(s) })}\nbreaches: ${capBoundBreaches(s, s.rules.capHours!).join(", ")}`;
    const s = counterexampleTo(scenarioArb({ rules: capped }), (s) => capBoundBreaches(s, s.rules.capHours!).length === 0, 406, show);
    expect(capBoundBreaches(s, s.rules.capHours!).length).toBeGreaterThan(0);
  });

  it("gives no such bound without the cap: under plain priority a ship can be passed by later arrivals indefinitely (shrunk counterexample)", () => {
    const arb = scenarioArb({ rules: rulesOfKind("priority"), port: noClosures });
    const show = (s: Scenario) => {
      const capped24 = run({ ...s, rules: { ...s.rules, kind: "cappedPriority", capHours: 24 } });
      return `${scenarioTables(s, { priority: run(s), "capped 24 h": capped24 })}\nbreaches: ${capBoundBreaches(s, 24).join(", ")}`;
    };
    const s = counterexampleTo(arb, (s) => capBoundBreaches(s, 24).length === 0, 405, show);
    expect(capBoundBreaches(s, 24).length).toBeGreaterThan(0);
  });
});
