import { type Port, type RuleSet, simulate, type VesselCall } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import { decodeScenario, runReplication } from "../src/index.ts";

/*
 * The core property tests write a failing property's shrunk counterexample as a scenario file
 * (packages/core/test/properties/replayFile.ts; core cannot import this package, so the shape is repeated here).
 * This checks that such a file decodes and that replaying it gives the schedule the property saw.
 */

const port: Port = {
  name: "Generated port",
  areas: [
    { id: "a", name: "Area a", nameZh: "a区" },
    { id: "b", name: "Area b", nameZh: "b区" },
  ],
  berths: [
    {
      id: "B1",
      area: "a",
      length: 300,
      depth: 16,
      cargo: ["container", "coal"],
      foreignTradeOpen: true,
      rates: { container: 2, coal: 4 },
      overheadHours: 1,
      closures: [{ start: 10, end: 12 }],
    },
  ],
  anchorages: [
    { id: "G", name: "General", kind: "general", capacity: Infinity },
    { id: "DG", name: "Dangerous goods", kind: "dangerousGoods", capacity: 1 },
  ],
  shiftHours: 0.5,
};

const calls: VesselCall[] = [
  { id: "s7", name: "MV s7", tradeClass: "domesticDirect", cargo: "container", loa: 150, draft: 10, volume: 8, arrival: 0, dangerousGoods: false },
  { id: "s12", name: "MV s12", tradeClass: "nearSeaDirect", cargo: "coal", loa: 200, draft: 12, volume: 16, arrival: 1, dangerousGoods: true, homeArea: "a" },
  { id: "s3", name: "MV s3", tradeClass: "ningboFeeder", cargo: "container", loa: 80, draft: 6, volume: 0, arrival: 1, dangerousGoods: false, serviceHours: 2.5 },
];

const rules: RuleSet = {
  id: "generated-priority",
  name: "Generated priority",
  kind: "priority",
  classOrder: ["nearSeaDirect", "ningboFeeder"],
  queueScope: "port",
  berthChoice: "bestFit",
};

const original = { port, calls, rules, horizon: 40, warmup: 5 };

// What replayFile writes for `original`.
const file = {
  id: "counterexample",
  name: "Counterexample",
  description: 'Shrunk counterexample to the property "p", written by the property tests (packages/core/test/properties).',
  port: {
    name: port.name,
    areas: port.areas,
    berths: port.berths,
    anchorages: [
      { id: "G", name: "General", kind: "general" },
      { id: "DG", name: "Dangerous goods", kind: "dangerousGoods", capacity: 1 },
    ],
    shiftHours: port.shiftHours,
  },
  traffic: [],
  calls,
  rules: [rules],
  horizon: 40,
  warmup: 5,
  seed: 1,
  replications: 1,
};

describe("counterexample files of the core property tests", () => {
  it("decode, and replay the schedule of the case they were written from", () => {
    const decoded = decodeScenario(JSON.parse(JSON.stringify(file)));
    if (!decoded.ok) throw new Error(decoded.errors.join("\n"));
    expect(decoded.scenario.replications).toBe(1);
    expect(decoded.scenario.port.anchorages.map((a) => a.capacity)).toEqual([Infinity, 1]);
    const [replayed, ...others] = runReplication(decoded.scenario, 0);
    expect(others).toEqual([]);
    const expected = simulate(original);
    expect(expected.calls.some((c) => c.wait > 0)).toBe(true);
    expect(replayed!.calls).toEqual(expected.calls);
  });
});
