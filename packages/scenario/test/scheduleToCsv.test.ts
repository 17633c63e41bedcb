import { RULE_SETS, simulate } from "@berthsim/core";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { jiaxingPort, scheduleToCsv } from "../src/index.ts";

describe("scheduleToCsv(records)", () => {
  const result = simulate({
    port: jiaxingPort,
    rules: RULE_SETS.fcfs,
    horizon: 100,
    calls: [
      { id: "a", name: "Alpha, the first", tradeClass: "nearSeaDirect", cargo: "container", loa: 150, draft: 8, volume: 350, arrival: 1, dangerousGoods: false },
      { id: "b", name: "Too deep", tradeClass: "foreignOther", cargo: "coal", loa: 190, draft: 14.2, volume: 30000, arrival: 2, dangerousGoods: false },
    ],
  });

  it("writes one row per call with its fate, berth and times, in hours", () => {
    const rows = csvParse(scheduleToCsv(result.calls));
    expect(rows.map((r) => [r["id"], r["name"], r["status"], r["berth"], r["arrival"], r["wait"], r["service_start"], r["end"]])).toEqual([
      ["a", "Alpha, the first", "served", "B23", "1", "0", "2.5", "10"],
      ["b", "Too deep", "rejected", "", "2", "0", "", ""],
    ]);
    expect(rows[1]?.["reject_reason"]).toMatch(/draft 14\.2 m exceeds/);
  });

  it("gives the part of the wait spent waiting for the tide", () => {
    // Jiaxing's channel: 10.5 m at low water, a 4 h window from each low-water-based tide at 0, 12.42 h, …
    const deep = simulate({
      port: jiaxingPort,
      rules: RULE_SETS.fcfs,
      horizon: 100,
      calls: [{ id: "c", name: "Deep coal", tradeClass: "domesticBulk", cargo: "coal", loa: 190, draft: 12, volume: 30000, arrival: 5, dangerousGoods: false }],
    });
    const [row] = csvParse(scheduleToCsv(deep.calls));
    expect(Number(row!["tide_wait"])).toBeCloseTo(jiaxingPort.tide!.period + jiaxingPort.tide!.phase - 5, 9);
    expect(Number(row!["wait"])).toBeCloseTo(Number(row!["tide_wait"]), 9);
  });

  it("starts with the documented header", () => {
    expect(scheduleToCsv([]).split("\n")[0]).toBe(
      "id,name,class,cargo,volume,dangerous,stream,status,arrival,wait,tide_wait,overtaken,anchorage,hours_outside,berth,position,area,berthing_start,service_start,end,reject_reason",
    );
  });
});
