import type { Berth, Port, TradeClass, VesselCall } from "../../src/index.ts";

/** A container berth of a tiny test port; every field can be overridden. */
export const berth = (id: string, over: Partial<Berth> = {}): Berth => ({
  id,
  area: "a",
  length: 300,
  depth: 12,
  cargo: ["container"],
  foreignTradeOpen: true,
  rates: { container: 10 },
  overheadHours: 0,
  ...over,
});

export const tinyPort = (berths: readonly Berth[], over: Partial<Port> = {}): Port => ({
  name: "Test port",
  areas: [
    { id: "a", name: "Area A", nameZh: "A区" },
    { id: "b", name: "Area B", nameZh: "B区" },
  ],
  berths,
  anchorages: [],
  shiftHours: 0,
  ...over,
});

/** A container call with an explicit service time (hours). */
export const ship = (
  id: string,
  arrival: number,
  serviceHours: number,
  tradeClass: TradeClass = "domesticDirect",
  over: Partial<VesselCall> = {},
): VesselCall => ({
  id,
  name: `MV ${id}`,
  tradeClass,
  cargo: "container",
  loa: 150,
  draft: 8,
  volume: 100,
  arrival,
  dangerousGoods: false,
  serviceHours,
  ...over,
});
