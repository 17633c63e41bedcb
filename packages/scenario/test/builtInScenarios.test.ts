import {
  BUILT_IN_RULE_SETS,
  eligibleBerths,
  generateTraffic,
  HOURS_PER_WEEK,
  HOURS_PER_YEAR,
  meanOf,
  rejectionReason,
  replicationSeed,
  type TrafficStream,
} from "@berthsim/core";
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS, findScenario, type Scenario } from "../src/index.ts";

/** The berth groups of docs/jiaxing-scenario.md: berths that serve the same traffic. */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  "Zhapu containers": ["D3", "D4", "D5", "D6", "D8"],
  "Dushan containers": ["B23", "B24", "B25-26"],
  "Dushan coal": ["C1", "C2"],
  "Dushan grain": ["G1"],
  "Dushan liquid": ["A3", "A4"],
  "Zhapu liquid": ["E1", "E2", "E3", "E4"],
  "Zhapu general": ["ZP3"],
  "Haiyan general": ["Q1", "Q2"],
};

const perWeek = (s: TrafficStream): number => (s.kind === "poisson" ? s.perWeek : s.days.length);

/**
 * Offered occupancy of a berth group, ρ = Σ λ·E[S] / (c·168), over the streams whose home area and cargo the
 * group serves; E[S] = shift + overhead + E[volume] ÷ rate is the time a call holds a berth (λ in calls a week).
 * c counts ship places: a shared quay as many as the ships it takes at once (`maxShips`).
 */
const offeredOccupancy = (scenario: Scenario, ids: readonly string[]): number => {
  const berths = scenario.port.berths.filter((b) => ids.includes(b.id));
  let load = 0;
  for (const s of scenario.traffic) {
    const b = berths.find((b) => b.area === s.homeArea && b.cargo.includes(s.cargo));
    if (b === undefined) continue;
    load += perWeek(s) * (scenario.port.shiftHours + b.overheadHours + meanOf(s.vessel.volume) / b.rates[s.cargo]!);
  }
  const places = berths.reduce((n, b) => n + (b.quay?.maxShips ?? 1), 0);
  return load / (places * HOURS_PER_WEEK);
};

describe("BUILT_IN_SCENARIOS", () => {
  it("lists the default and the congested Jiaxing scenarios, default first", () => {
    expect(BUILT_IN_SCENARIOS.map((s) => s.id)).toEqual(["jiaxing-default", "jiaxing-congested"]);
  });

  it("findScenario(id) returns the scenario with that id, or undefined", () => {
    expect(findScenario("jiaxing-congested")?.name).toBe("Jiaxing Port, congested container berths");
    expect(findScenario("rotterdam")).toBeUndefined();
  });
});

describe.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))("%s", (_, scenario) => {
  it("runs one year after a two-week warm-up, 20 replications, every built-in rule set", () => {
    expect([scenario.horizon, scenario.warmup, scenario.replications]).toEqual([HOURS_PER_YEAR, 336, 20]);
    expect(scenario.rules).toBe(BUILT_IN_RULE_SETS);
  });

  it("has streams with unique ids, a vessel name, a home area of the port, and no explicit service time", () => {
    const areas = new Set(scenario.port.areas.map((a) => a.id));
    const ids = scenario.traffic.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of scenario.traffic) {
      expect(s.name, s.id).toBeTruthy();
      expect(areas.has(s.homeArea ?? ""), s.id).toBe(true);
      expect(s.vessel.serviceHours, s.id).toBeUndefined();
      expect(perWeek(s), s.id).toBeGreaterThan(0);
    }
  });

  it("generates calls that each fit a berth they may use, port-wide and in their home area", () => {
    const { port } = scenario;
    for (let k = 0; k < 3; k++) {
      const calls = generateTraffic(scenario.traffic, scenario.horizon, replicationSeed(scenario.seed, k));
      const reasons = calls.flatMap((c) =>
        (["port", "area"] as const).flatMap((scope) => rejectionReason(eligibleBerths(port, c, scope), c) ?? []),
      );
      expect(reasons).toEqual([]);
    }
  });

  it("generates identical calls from the same seed and different calls from another", () => {
    const a = generateTraffic(scenario.traffic, scenario.horizon, scenario.seed);
    expect(generateTraffic(scenario.traffic, scenario.horizon, scenario.seed)).toEqual(a);
    expect(generateTraffic(scenario.traffic, scenario.horizon, scenario.seed + 1)).not.toEqual(a);
  });

  it("groups every berth of the port in exactly one berth group of the documentation", () => {
    expect(Object.values(GROUPS).flat().sort()).toEqual(scenario.port.berths.map((b) => b.id).sort());
  });
});

describe("offered occupancy ρ = Σ λ·E[S] / (c·168), as docs/jiaxing-scenario.md computes it", () => {
  const bulk: [string, number][] = [
    ["Dushan coal", 0.48],
    ["Dushan grain", 0.495],
    ["Dushan liquid", 0.455],
    ["Zhapu liquid", 0.295],
    ["Zhapu general", 0.387],
    ["Haiyan general", 0.431],
  ];
  const table: [string, string, number][] = [
    ["jiaxing-default", "Zhapu containers", 0.421],
    ["jiaxing-default", "Dushan containers", 0.339],
    ["jiaxing-congested", "Zhapu containers", 0.715],
    ["jiaxing-congested", "Dushan containers", 0.675],
    ...bulk.flatMap(([g, rho]): [string, string, number][] => [
      ["jiaxing-default", g, rho],
      ["jiaxing-congested", g, rho],
    ]),
  ];

  it.each(table)("%s: %s at %f", (id, group, rho) => {
    expect(offeredOccupancy(findScenario(id)!, GROUPS[group]!)).toBeCloseTo(rho, 3);
  });

  it("puts the congested scenario's container berths at 0.65–0.75, and the default's at about 0.4", () => {
    const containers = [...GROUPS["Zhapu containers"]!, ...GROUPS["Dushan containers"]!];
    expect(offeredOccupancy(findScenario("jiaxing-default")!, containers)).toBeCloseTo(0.385, 3);
    const congested = offeredOccupancy(findScenario("jiaxing-congested")!, containers);
    expect(congested).toBeCloseTo(0.697, 3);
    expect(congested).toBeGreaterThan(0.65);
    expect(congested).toBeLessThan(0.75);
  });
});
