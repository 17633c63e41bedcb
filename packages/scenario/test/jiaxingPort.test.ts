import { type CargoKind, quayExtent } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import { jiaxingDefault, jiaxingPort, replicationCalls } from "../src/index.ts";

const berthsOf = (area: string) => jiaxingPort.berths.filter((b) => b.area === area);
const cargoOf = (area: string): Set<CargoKind> => new Set(berthsOf(area).flatMap((b) => b.cargo));

describe("jiaxingPort", () => {
  it("has the three areas of 'one port, three areas', east to west: dushan, zhapu, haiyan", () => {
    expect(jiaxingPort.areas.map((a) => [a.id, a.nameZh])).toEqual([
      ["dushan", "独山港区"],
      ["zhapu", "乍浦港区"],
      ["haiyan", "海盐港区"],
    ]);
  });

  it("gives each area berths for the cargo roles of the 2018 action plan", () => {
    expect([...cargoOf("dushan")]).toEqual(expect.arrayContaining(["coal", "grain", "liquidBulk", "container"]));
    expect([...cargoOf("zhapu")]).toEqual(expect.arrayContaining(["container", "liquidBulk"]));
    expect([...cargoOf("haiyan")]).toEqual(["breakBulk"]);
  });

  it("has unique berth ids, each in a known area, with a rate for every cargo it handles", () => {
    const areas = new Set(jiaxingPort.areas.map((a) => a.id));
    expect(new Set(jiaxingPort.berths.map((b) => b.id)).size).toBe(jiaxingPort.berths.length);
    for (const b of jiaxingPort.berths) {
      expect(areas.has(b.area), b.id).toBe(true);
      for (const k of b.cargo) expect(b.rates[k], `${b.id} ${k}`).toBeGreaterThan(0);
      expect(b.overheadHours, b.id).toBeGreaterThan(0);
    }
  });

  it("names the container berths of the sources: Zhapu D3, D5, D6, D8 and Dushan B23 to B26", () => {
    const container = jiaxingPort.berths.filter((b) => b.cargo.includes("container")).map((b) => b.id);
    expect(container).toEqual(expect.arrayContaining(["D3", "D5", "D6", "D8", "B23", "B24", "B25-26"]));
    expect(jiaxingPort.berths.find((b) => b.id === "B25-26")?.cargo).toEqual(["container", "breakBulk"]);
  });

  it("makes B25/B26 one 500 m quay for two ships and E4 one 360 m quay for three, as jiaxing.md §1.2 describes", () => {
    const quays = jiaxingPort.berths.filter((b) => b.quay !== undefined);
    expect(quays.map((b) => [b.id, b.length, b.quay!.maxShips])).toEqual([
      ["B25-26", 500, 2],
      ["E4", 360, 3],
    ]);
    // Two 30,000-t ships (about 200 m) fit B25/B26 side by side with their clearance, and three 2,000-t tankers
    // (about 90 m) fit E4.
    for (const [b, loa, n] of [[quays[0]!, 200, 2], [quays[1]!, 90, 3]] as const)
      expect(n * quayExtent(b.quay!, loa)).toBeLessThanOrEqual(b.length);
  });

  it("opens about 70 % of its berths to foreign-trade ships, as jiaxing.md §1.2 reports", () => {
    const open = jiaxingPort.berths.filter((b) => b.foreignTradeOpen).length / jiaxingPort.berths.length;
    expect(open).toBeGreaterThanOrEqual(0.65);
    expect(open).toBeLessThanOrEqual(0.75);
  });

  it("keeps every depth within the 10–13 m of jiaxing.md §1.2, except Haiyan's small 5,000-t berths", () => {
    for (const b of jiaxingPort.berths.filter((b) => b.area !== "haiyan")) {
      expect(b.depth, b.id).toBeGreaterThanOrEqual(10);
      expect(b.depth, b.id).toBeLessThanOrEqual(13);
    }
  });

  it("has an open-water general anchorage and dangerous-goods anchorages of finite capacity", () => {
    const general = jiaxingPort.anchorages.filter((a) => a.kind === "general");
    const dangerous = jiaxingPort.anchorages.filter((a) => a.kind === "dangerousGoods");
    expect(general.map((a) => [a.id, a.capacity])).toEqual([["caiqishan", Infinity]]);
    expect(dangerous.map((a) => a.id)).toEqual(["chenshan", "dushan-2"]);
    for (const a of dangerous) {
      expect(Number.isFinite(a.capacity), a.id).toBe(true);
      expect(a.capacity, a.id).toBeGreaterThan(0);
    }
  });

  it("has a semidiurnal tide that only coal, grain and product-tanker streams can draw too deep for", () => {
    const tide = jiaxingPort.tide!;
    expect(tide).toEqual({ period: 12.42, windowHours: 4, phase: 0, lowWaterDepth: 10.5 });
    const deepest = new Map<string, number>();
    for (const c of replicationCalls(jiaxingDefault, 0)) {
      const stream = c.stream ?? c.id;
      deepest.set(stream, Math.max(deepest.get(stream) ?? 0, c.draft));
    }
    const tidal = [...deepest].filter(([, d]) => d > tide.lowWaterDepth).map(([s]) => s).sort();
    expect(tidal).toEqual(["coal-domestic", "coal-foreign", "grain-domestic", "grain-foreign", "products-domestic", "products-foreign"]);
  });
});

