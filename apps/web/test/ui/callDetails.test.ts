import { explainWait, type Port, RULE_SETS, simulate, type VesselCall } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import { timeLabels } from "../../src/state/i18n.ts";
import { explanationLines } from "../../src/ui/callDetails.ts";

const port: Port = {
  name: "Story port",
  areas: [{ id: "a", name: "A", nameZh: "A区" }],
  berths: [{ id: "B1", area: "a", length: 300, depth: 12, cargo: ["container"], foreignTradeOpen: true, rates: { container: 10 }, overheadHours: 0 }],
  anchorages: [],
  shiftHours: 0,
  tide: { period: 12.42, windowHours: 3, phase: 2, lowWaterDepth: 9 },
};
const call = (id: string, arrival: number, serviceHours: number, over: Partial<VesselCall> = {}): VesselCall => ({
  id,
  name: `MV ${id}`,
  tradeClass: "domesticDirect",
  cargo: "container",
  loa: 150,
  draft: 8,
  volume: 100,
  arrival,
  dangerousGoods: false,
  serviceHours,
  ...over,
});

// "deep" waits for the tide until 14.42 h, then behind "busy" (until 20 h) and "near", a higher class.
const calls = [
  call("busy", 0, 20),
  call("deep", 6, 2, { draft: 11 }),
  call("near", 15, 2, { tradeClass: "nearSeaDirect" }),
];
const result = simulate({ port, calls, rules: RULE_SETS.priority, horizon: 100, log: true });
const explanation = explainWait({ port, calls, result }, "deep")!;

describe("explanationLines(explanation, ctx)", () => {
  it("lists the tide, the busy berth and the ship berthed ahead with its rule, in English", () => {
    expect(explanationLines(explanation, { lang: "en", time: timeLabels("en") })).toEqual([
      "tide: draft 11.0 m over the channel's low-water depth 9.0 m; waited for the window at W1 Mon 14:25",
      "B1 busy with MV busy (Domestic direct) until W1 Mon 20:00",
      "MV near (Near-sea direct) berthed at B1 first: higher class",
    ]);
  });

  it("says the same in Chinese", () => {
    const lines = explanationLines(explanation, { lang: "zh", time: timeLabels("zh") });
    expect(lines[0]).toMatch(/^潮汐：吃水 11\.0 米，超过航道低潮水深 9\.0 米；候潮至 /);
    expect(lines[2]).toBe("MV near (近洋直航) 先靠 B1：优先级更高");
  });
});
