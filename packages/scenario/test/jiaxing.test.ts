import {
  BUILT_IN_RULE_SETS,
  confidenceInterval95,
  generateTraffic,
  replicationSeed,
  type SimulationResult,
  simulate,
  type TradeClass,
} from "@berthsim/core";
import { beforeAll, describe, expect, it } from "vitest";
import { jiaxingDefault as scenario } from "../src/index.ts";

const REPLICATIONS = 5;
const CONTAINER_CLASSES: readonly TradeClass[] = ["nearSeaDirect", "ningboFeeder", "domesticDirect"];

/** Utilisation of a group of berths in one run: ship-hours ÷ (ship places × open hours), summed over the group. */
const utilisation = (r: SimulationResult, ids: readonly string[]): number => {
  const group = r.kpis.berths.filter((b) => ids.includes(b.berth));
  // A shared quay counts as as many berths as the ships it takes at once.
  const places = (id: string) => scenario.port.berths.find((b) => b.id === id)!.quay?.maxShips ?? 1;
  return group.reduce((s, b) => s + b.shipHours, 0) / group.reduce((s, b) => s + places(b.berth) * b.openHours, 0);
};

// Replication k of every built-in rule set, on the calls of replication k (common random numbers).
const runs = new Map<string, SimulationResult[]>();
beforeAll(() => {
  const { port, horizon, warmup } = scenario;
  for (let k = 0; k < REPLICATIONS; k++) {
    const calls = generateTraffic(scenario.traffic, horizon, replicationSeed(scenario.seed, k));
    for (const rules of BUILT_IN_RULE_SETS)
      runs.set(rules.id, [...(runs.get(rules.id) ?? []), simulate({ port, calls, rules, horizon, warmup })]);
  }
});

describe("jiaxingDefault", () => {
  it("rejects no call under any built-in rule set", () => {
    for (const [id, results] of runs) expect(results.map((r) => r.kpis.rejected), id).toEqual([0, 0, 0, 0, 0]);
  });

  it("with a queue per area, matches the offered occupancy of its container berths (95 % CI covers ρ)", () => {
    const results = runs.get("fcfs-area")!;
    for (const [ids, rho] of [
      [["D3", "D4", "D5", "D6", "D8"], 0.421],
      [["B23", "B24", "B25-26"], 0.339],
    ] as const) {
      const ci = confidenceInterval95(results.map((r) => utilisation(r, ids)));
      expect(ci.lower, ids.join()).toBeLessThanOrEqual(rho);
      expect(ci.upper, ids.join()).toBeGreaterThanOrEqual(rho);
    }
  });

  it("berths two ships side by side at B25-26 and up to three tankers at E4, as the sources describe", () => {
    /** The most ships alongside one berth at once in a run. */
    const most = (r: SimulationResult, berth: string): number => {
      const stays = r.calls.filter((c) => c.berth === berth);
      return Math.max(...stays.map((c) => stays.filter((o) => o.berthingStart! <= c.berthingStart! && o.end! > c.berthingStart!).length));
    };
    const fcfs = runs.get("fcfs")!;
    expect(fcfs.map((r) => most(r, "B25-26"))).toEqual([2, 2, 2, 2, 2]);
    expect(Math.max(...fcfs.map((r) => most(r, "E4")))).toBe(3);
  });

  it("keeps container ships' AWT/AST under 0.1 (OpenTISim's allowable ratio) under every rule set", () => {
    for (const [id, results] of runs)
      for (const c of CONTAINER_CLASSES) {
        const ci = confidenceInterval95(results.map((r) => r.kpis.byClass[c]!.awtAst));
        expect(ci.upper, `${id} ${c}`).toBeLessThan(0.1);
      }
  });

  it("sends waiting dangerous-goods ships to Chenshan or Dushan No. 2, where they sometimes find no room", () => {
    const calls = runs.get("fcfs-area")!.flatMap((r) => r.calls.filter((c) => c.anchorage !== undefined));
    const dangerous = calls.filter((c) => c.dangerousGoods);
    const where = (cs: typeof calls) => [...new Set(cs.map((c) => c.anchorage))].sort();
    expect(where(dangerous)).toEqual(expect.arrayContaining(["chenshan", "dushan-2"]));
    expect(["chenshan", "dushan-2", "outside"]).toEqual(expect.arrayContaining(where(dangerous)));
    expect(dangerous.some((c) => c.hoursOutside > 0)).toBe(true);
    expect(where(calls.filter((c) => !c.dangerousGoods))).toEqual(["caiqishan"]);
    expect(calls.filter((c) => !c.dangerousGoods).every((c) => c.hoursOutside === 0)).toBe(true);
  });
});
