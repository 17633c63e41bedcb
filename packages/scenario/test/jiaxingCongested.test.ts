import {
  confidenceInterval95,
  generateTraffic,
  replicationSeed,
  RULE_SETS,
  type RuleSet,
  type SimulationResult,
  simulate,
  type TradeClass,
} from "@berthsim/core";
import { beforeAll, describe, expect, it } from "vitest";
import { jiaxingCongested as scenario, jiaxingDefault } from "../src/index.ts";

const REPLICATIONS = 5;
const CONTAINER_BERTHS = ["D3", "D4", "D5", "D6", "D8", "B23", "B24", "B25-26"];
const RULES: readonly RuleSet[] = [RULE_SETS.fcfs, RULE_SETS.fcfsArea, RULE_SETS.priority, RULE_SETS.priorityArea];

const utilisation = (r: SimulationResult, ids: readonly string[]): number => {
  const group = r.kpis.berths.filter((b) => ids.includes(b.berth));
  // A shared quay counts as as many berths as the ships it takes at once.
  const places = (id: string) => scenario.port.berths.find((b) => b.id === id)!.quay?.maxShips ?? 1;
  return group.reduce((s, b) => s + b.shipHours, 0) / group.reduce((s, b) => s + places(b.berth) * b.openHours, 0);
};

const meanWait = (r: SimulationResult, c: TradeClass): number => r.kpis.byClass[c]!.meanWait;

// Replication k of each rule set, on the calls of replication k (common random numbers).
const runs = new Map<string, SimulationResult[]>();
beforeAll(() => {
  const { port, horizon, warmup } = scenario;
  for (let k = 0; k < REPLICATIONS; k++) {
    const calls = generateTraffic(scenario.traffic, horizon, replicationSeed(scenario.seed, k));
    for (const rules of RULES)
      runs.set(rules.id, [...(runs.get(rules.id) ?? []), simulate({ port, calls, rules, horizon, warmup })]);
  }
});

/** 95 % CI of a paired difference over the replications of two rule sets (or one with itself). */
const paired = (a: string, b: string, f: (r: SimulationResult) => number, g = f) =>
  confidenceInterval95(runs.get(a)!.map((r, k) => f(r) - g(runs.get(b)![k]!)));

describe("jiaxingCongested", () => {
  it("runs its container berths at a utilisation within 0.6–0.8 under FCFS (95 % CI)", () => {
    const ci = confidenceInterval95(runs.get("fcfs")!.map((r) => utilisation(r, CONTAINER_BERTHS)));
    expect(ci.lower).toBeGreaterThan(0.6);
    expect(ci.upper).toBeLessThan(0.8);
  });

  it("rejects no call, and leaves few ships waiting at the horizon", () => {
    for (const [id, results] of runs)
      for (const r of results) {
        expect(r.kpis.rejected, id).toBe(0);
        expect(r.kpis.waiting, id).toBeLessThan(10);
      }
  });

  it.each(["priority", "priority-area"])("%s gives near-sea direct a shorter mean wait than domestic direct", (id) => {
    const near = (r: SimulationResult) => meanWait(r, "nearSeaDirect");
    expect(paired(id, id, near, (r) => meanWait(r, "domesticDirect")).upper).toBeLessThan(0);
  });

  it.each([
    ["priority", "fcfs"],
    ["priority-area", "fcfs-area"],
  ])("%s shortens the near-sea direct wait and lengthens the domestic direct wait against %s", (prio, fcfs) => {
    expect(paired(prio, fcfs, (r) => meanWait(r, "nearSeaDirect")).upper).toBeLessThan(0);
    expect(paired(prio, fcfs, (r) => meanWait(r, "domesticDirect")).lower).toBeGreaterThan(0);
  });

  it("waits less for a container berth with one port-wide queue than with a queue per area (berth integration)", () => {
    for (const c of ["nearSeaDirect", "ningboFeeder", "domesticDirect"] as const)
      expect(paired("fcfs", "fcfs-area", (r) => meanWait(r, c)).upper, c).toBeLessThan(0);
  });

  it("keeps the default scenario's bulk and general-cargo calls, ship for ship", () => {
    const nonContainer = (s: typeof scenario) =>
      generateTraffic(s.traffic, s.horizon, s.seed).filter((c) => c.cargo !== "container");
    const calls = nonContainer(scenario);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls).toEqual(nonContainer(jiaxingDefault));
  });
});
