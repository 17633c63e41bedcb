import { explainWait, type Port, RULE_SETS, simulate } from "@berthsim/core";
import { describe, expect, it } from "vitest";
// The core's call fixture (a test helper, not its public API): a container call of 150 m, draft 8 m.
import { ship } from "../../../../packages/core/test/helpers/tinyPort.ts";
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
// "deep" waits for the tide until 14.42 h, then behind "busy" (until 20 h) and "near", a higher class.
const calls = [
  ship("busy", 0, 20),
  ship("deep", 6, 2, "domesticDirect", { draft: 11 }),
  ship("near", 15, 2, "nearSeaDirect"),
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
