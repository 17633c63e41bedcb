import { describe, expect, it } from "vitest";
import { kpiKeys, kpiVector, RULE_SETS, simulate } from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";

const port = tinyPort([berth("B1"), berth("B2", { area: "b" })], {
  anchorages: [{ id: "dg", name: "DG", kind: "dangerousGoods", capacity: 1 }],
});
const result = simulate({
  port,
  calls: [ship("s1", 0, 10, "nearSeaDirect"), ship("s2", 0, 10, "domesticDirect"), ship("s3", 1, 5, "nearSeaDirect")],
  rules: RULE_SETS.priority,
  horizon: 100,
});

describe("kpiKeys(port)", () => {
  it("names every KPI once, with per-class, per-area, per-berth and per-anchorage keys", () => {
    const keys = kpiKeys(port);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        "count.served",
        "wait.mean",
        "wait.mean.nearSeaDirect",
        "awtAst.domesticBulk",
        "util.port",
        "util.area.b",
        "util.berth.B2",
        "queue.mean",
        "anchorage.hoursAtCapacity.dg",
        "outside.ships",
        "throughput.container",
      ]),
    );
  });

  it("depends on the port only", () => {
    expect(kpiKeys(port)).toEqual(kpiKeys({ ...port, name: "Another name" }));
  });
});

describe("kpiVector(port, kpis)", () => {
  it("puts each KPI under its key", () => {
    const keys = kpiKeys(port);
    const v = kpiVector(port, result.kpis);
    const at = (key: string): number => v[keys.indexOf(key)]!;
    expect(v.length).toBe(keys.length);
    expect(at("count.served")).toBe(3);
    expect(at("calls.nearSeaDirect")).toBe(2);
    // s1 and s2 berth at once; s3 (near-sea, arrives at 1) waits for the first berth to free at 10.
    expect(at("wait.mean.nearSeaDirect")).toBe(4.5);
    expect(at("wait.max")).toBe(9);
    expect(at("util.area.a")).toBe(result.kpis.areas["a"]);
    expect(at("util.berth.B2")).toBe(result.kpis.berths[1]!.utilisation);
    expect(at("queue.mean")).toBe(result.kpis.queue.mean);
  });

  it("writes NaN for a class with no ship and 0 for its call count", () => {
    const keys = kpiKeys(port);
    const v = kpiVector(port, result.kpis);
    expect(v[keys.indexOf("wait.mean.domesticBulk")]).toBeNaN();
    expect(v[keys.indexOf("calls.domesticBulk")]).toBe(0);
  });

  it("writes into a given vector at an offset", () => {
    const n = kpiKeys(port).length;
    const out = new Float64Array(2 * n);
    kpiVector(port, result.kpis, out, n);
    expect(out.subarray(n)).toEqual(kpiVector(port, result.kpis));
    expect(out.subarray(0, n).every((x) => x === 0)).toBe(true);
  });
});
