import type { Berth, CallRecord, Port, RuleSet, SimulationResult, TradeClass } from "@berthsim/core";
import { RULE_SETS } from "@berthsim/core";

const berth = (id: string, area: string): Berth => ({
  id,
  area,
  length: 250,
  depth: 12,
  cargo: ["container"],
  foreignTradeOpen: true,
  rates: { container: 50 },
  overheadHours: 2,
});

/** A tiny port: Dushan with two berths, Zhapu with one; areas listed Dushan first. */
export const TINY_PORT: Port = {
  name: "Tiny",
  areas: [
    { id: "dushan", name: "Dushan", nameZh: "独山港区" },
    { id: "zhapu", name: "Zhapu", nameZh: "乍浦港区" },
    { id: "haiyan", name: "Haiyan", nameZh: "海盐港区" },
  ],
  berths: [berth("D1", "dushan"), berth("Z1", "zhapu"), berth("D2", "dushan")],
  anchorages: [{ id: "general", name: "General", kind: "general", capacity: Infinity }],
  shiftHours: 1,
};

interface Served {
  readonly id: string;
  readonly berth: string;
  readonly arrival: number;
  readonly start: number;
  readonly end: number;
  readonly tradeClass?: TradeClass;
  readonly name?: string;
}

/** A served call record: berthed at `start`, alongside from start + 1 (the shift) to `end`. */
export const served = (c: Served): CallRecord => ({
  id: c.id,
  name: c.name ?? `Ship ${c.id}`,
  tradeClass: c.tradeClass ?? "domesticDirect",
  cargo: "container",
  volume: 500,
  arrival: c.arrival,
  dangerousGoods: false,
  status: "served",
  wait: c.start - c.arrival,
  overtaken: 0,
  tideWait: 0,
  hoursOutside: 0,
  loa: 150,
  berth: c.berth,
  area: c.berth.startsWith("D") ? "dushan" : "zhapu",
  berthingStart: c.start,
  serviceStart: c.start + 1,
  end: c.end,
});

export const waiting = (id: string, arrival: number, horizon: number): CallRecord => ({
  id,
  name: `Ship ${id}`,
  tradeClass: "ningboFeeder",
  cargo: "container",
  volume: 300,
  arrival,
  dangerousGoods: false,
  status: "waiting",
  wait: horizon - arrival,
  overtaken: 0,
  tideWait: 0,
  hoursOutside: 0,
  loa: 150,
});

export const rejected = (id: string, arrival: number): CallRecord => ({
  id,
  name: `Ship ${id}`,
  tradeClass: "foreignOther",
  cargo: "container",
  volume: 300,
  arrival,
  dangerousGoods: false,
  status: "rejected",
  wait: 0,
  overtaken: 0,
  tideWait: 0,
  hoursOutside: 0,
  loa: 150,
  rejectReason: "too long",
});

/** Five calls over 100 h: c2 waits behind c1 at D1, c4 waits at the horizon, c5 is rejected. */
export const TINY_CALLS: readonly CallRecord[] = [
  served({ id: "c1", berth: "D1", arrival: 0, start: 0, end: 20, tradeClass: "nearSeaDirect" }),
  served({ id: "c2", berth: "D1", arrival: 5, start: 20, end: 30 }),
  served({ id: "c3", berth: "Z1", arrival: 10, start: 10, end: 40, tradeClass: "domesticBulk" }),
  waiting("c4", 90, 100),
  rejected("c5", 50),
];

export const result = (calls: readonly CallRecord[], rules: RuleSet = RULE_SETS.fcfs, horizon = 100): SimulationResult =>
  ({ rules, horizon, warmup: 0, calls, kpis: undefined as never, anchorageSeries: [] }) as SimulationResult;
