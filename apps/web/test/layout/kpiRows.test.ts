import { kpiKeys } from "@berthsim/core";
import { jiaxingPort } from "@berthsim/scenario";
import { describe, expect, it } from "vitest";
import { kpiRows } from "../../src/layout/kpiRows.ts";

describe("kpiRows(port)", () => {
  it("names only keys of the core's KPI vector, each once", () => {
    const keys = kpiRows(jiaxingPort).map((r) => r.key);
    expect(keys.filter((k) => !kpiKeys(jiaxingPort).includes(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has a utilisation row per area, in %", () => {
    const areas = kpiRows(jiaxingPort).filter((r) => r.label.kind === "area");
    expect(areas.map((r) => [r.key, r.scale])).toEqual([
      ["util.area.dushan", 100],
      ["util.area.zhapu", 100],
      ["util.area.haiyan", 100],
    ]);
  });

  it("gives the tide's part of the waits for a port with tide windows, and hours over capacity per limited anchorage", () => {
    const keys = kpiRows(jiaxingPort).map((r) => r.key);
    expect(keys.slice(keys.indexOf("wait.mean.nearSeaDirect"), keys.indexOf("wait.mean.nearSeaDirect") + 2)).toEqual([
      "wait.mean.nearSeaDirect",
      "tideWait.mean.nearSeaDirect",
    ]);
    expect(keys.filter((k) => k.startsWith("anchorage."))).toEqual([
      "anchorage.hoursOverCapacity.chenshan",
      "anchorage.hoursOverCapacity.dushan-2",
    ]);
    const { tide, ...plainPort } = jiaxingPort;
    void tide;
    expect(kpiRows(plainPort).some((r) => r.key.startsWith("tideWait"))).toBe(false);
  });
});
