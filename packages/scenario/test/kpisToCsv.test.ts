import { kpiKeys, RULE_SETS, simulate } from "@berthsim/core";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { jiaxingDefault, jiaxingPort, kpisToCsv, runReplication } from "../src/index.ts";

describe("kpisToCsv(port, runs)", () => {
  const short = { ...jiaxingDefault, horizon: 24 * 28, warmup: 0 };
  const runs = [0, 1].flatMap((k) => runReplication(short, k).map((r) => ({ ...r, replication: k })));

  it("writes one row per run and KPI key, in the core's key order", () => {
    const rows = csvParse(kpisToCsv(short.port, runs));
    const keys = kpiKeys(short.port);
    expect(rows.columns).toEqual(["rule_set", "replication", "kpi", "value"]);
    expect(rows.length).toBe(runs.length * keys.length);
    expect(rows.slice(0, keys.length).map((r) => r["kpi"])).toEqual(keys);
    expect(rows[0]).toMatchObject({ rule_set: "fcfs", replication: "0", kpi: "count.arrived" });
    expect(Number(rows[0]?.["value"])).toBe(runs[0]?.kpis.arrived);
  });

  it("leaves a figure that does not exist in a run empty", () => {
    const run = simulate({
      port: jiaxingPort,
      rules: RULE_SETS.fcfs,
      horizon: 48,
      calls: [{ id: "a", name: "A", tradeClass: "domesticBulk", cargo: "coal", loa: 190, draft: 11, volume: 30000, arrival: 1, dangerousGoods: false }],
    });
    const rows = csvParse(kpisToCsv(jiaxingPort, [run]));
    const value = (kpi: string) => rows.find((r) => r["kpi"] === kpi)?.["value"];
    expect([value("wait.mean.nearSeaDirect"), value("count.served")]).toEqual(["", "1"]);
    expect(rows[0]?.["replication"]).toBe("");
  });
});
