import { RULE_SETS } from "@berthsim/core";
import { encodeScenario, type Scenario } from "@berthsim/scenario";
import { describe, expect, it } from "vitest";
import { cli, tempDir, writeFile } from "./helpers.ts";

const container = { cargo: "container" as const, loa: 150, draft: 8, volume: 100, dangerousGoods: false };

/** One berth; "busy" holds it 0–10 h, "dom" (domestic) waits from 1 h, "near" (near-sea) arrives at 2 h. */
const story: Scenario = {
  id: "explain-story",
  name: "Explain story",
  description: "",
  port: {
    name: "Story port",
    areas: [{ id: "a", name: "A", nameZh: "A区" }],
    berths: [
      { id: "B1", area: "a", length: 300, depth: 12, cargo: ["container"], foreignTradeOpen: true, rates: { container: 10 }, overheadHours: 0 },
    ],
    anchorages: [],
    shiftHours: 0,
  },
  traffic: [],
  calls: [
    { id: "busy", name: "MV busy", tradeClass: "domesticDirect", arrival: 0, serviceHours: 10, ...container },
    { id: "dom", name: "MV dom", tradeClass: "domesticDirect", arrival: 1, serviceHours: 2, ...container },
    { id: "near", name: "MV near", tradeClass: "nearSeaDirect", arrival: 2, serviceHours: 2, ...container },
  ],
  rules: [RULE_SETS.fcfs, RULE_SETS.priority],
  horizon: 100,
  warmup: 0,
  seed: 1,
  replications: 1,
};

const file = writeFile(tempDir(), "story.json", encodeScenario(story));

describe("berthsim explain", () => {
  it("says which ship went ahead and under which rule", async () => {
    const r = await cli("explain", "dom", file, "--rules", "priority");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe(
      [
        "MV dom (dom, domestic direct), arrived 1 h: waited 11 h, then berthed at B1 at 12 h; rules priority",
        "usable berths: B1",
        "busy when it joined the queue at 1 h:",
        "  B1: MV busy (busy, domestic direct, arrived 0 h), berthed 0 h, until 10 h",
        "berthed ahead of it:",
        "  10 h B1: MV near (near, near-sea direct, arrived 2 h): higher class under priority",
        "",
      ].join("\n"),
    );
  });

  it("uses the scenario's first rule set by default, and prints JSON on request", async () => {
    const r = await cli("explain", "near", file, "--format", "json");
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout);
    expect(e).toMatchObject({ status: "served", wait: 10, tideWait: 0, rules: { id: "fcfs" } });
    expect(e.ahead).toEqual([
      { ship: { call: "dom", name: "MV dom", tradeClass: "domesticDirect", arrival: 1 }, berth: "B1", at: 10, reason: "earlierArrival" },
    ]);
  });

  it("exits 1 naming the call id it cannot find, with nothing on stdout", async () => {
    const r = await cli("explain", "ghost", file);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toContain('no call "ghost" in replication 0 of explain-story (3 calls, e.g. busy, dom, near');
  });

  it("exits 1 for an unknown rule set and 2 for a negative replication", async () => {
    expect((await cli("explain", "dom", file, "--rules", "lifo")).code).toBe(1);
    expect((await cli("explain", "dom", file, "--replication", "-1")).code).toBe(2);
  });
});
