import { type Anchorage, type Area, type Berth, type CargoKind, M2_PERIOD_HOURS, type Port, type Quay, type Tide } from "@berthsim/core";

/**
 * Jiaxing Port (嘉兴港) as both built-in scenarios see it: "one port, three areas" (一港三区), 20 seaside berths
 * (two of them shared quays that hold several ships: Dushan B25/B26 and Zhapu E4),
 * one general and two dangerous-goods anchorages. Every number, with its source or the word "assumption", is in
 * docs/jiaxing-scenario.md; the comments here only say which kind of number it is.
 */

const AREAS: readonly Area[] = [
  // East to west (jiaxing.md §1.1). Roles from the 2018 action plan: Dushan coal, grain, liquid bulk and
  // containers; Zhapu containers and liquid bulk; Haiyan break bulk.
  { id: "dushan", name: "Dushan", nameZh: "独山港区" },
  { id: "zhapu", name: "Zhapu", nameZh: "乍浦港区" },
  { id: "haiyan", name: "Haiyan", nameZh: "海盐港区" },
];

/** Two STS cranes × 22 net moves/h × 1.6 TEU/move = 70.4 TEU/h, rounded as in jiaxing.md §1.5. */
const CONTAINER_TEU_PER_HOUR = 70;
/** Mooring, lashing, inspection and unmooring of a container ship (jiaxing.md §1.5, assumption). */
const CONTAINER_OVERHEAD = 2.5;

const containerBerth = (id: string, area: string, depth: number, foreignTradeOpen: boolean): Berth => ({
  id,
  area,
  length: 250,
  depth,
  cargo: ["container"],
  foreignTradeOpen,
  rates: { container: CONTAINER_TEU_PER_HOUR },
  overheadHours: CONTAINER_OVERHEAD,
});

interface BulkBerthSpec {
  readonly length: number;
  readonly depth: number;
  readonly cargo: CargoKind;
  /** t/h (m³/h ≈ t/h for liquids). */
  readonly rate: number;
  readonly overheadHours: number;
}

const bulkBerth = (id: string, area: string, spec: BulkBerthSpec, foreignTradeOpen: boolean): Berth => ({
  id,
  area,
  length: spec.length,
  depth: spec.depth,
  cargo: [spec.cargo],
  foreignTradeOpen,
  rates: { [spec.cargo]: spec.rate },
  overheadHours: spec.overheadHours,
});

// 50,000-t class coal and grain berths at Dushan: coal by two grab unloaders (~600 t/h net each), grain by
// pneumatic or screw unloaders (400–800 t/h). Lengths and depths are assumptions inside the 10–13 m of §1.2.
const COAL: BulkBerthSpec = { length: 270, depth: 13, cargo: "coal", rate: 1200, overheadHours: 3 };
const GRAIN: BulkBerthSpec = { length: 270, depth: 13, cargo: "grain", rate: 600, overheadHours: 3 };
// Zhapu E-zone public chemical berths (20–30k t; E4 has 360 m of shoreline): shore pumps ~500 m³/h.
const CHEMICALS: BulkBerthSpec = { length: 220, depth: 11, cargo: "liquidBulk", rate: 500, overheadHours: 3.5 };
// Dushan A-zone: product and chemical tankers of 20–30 kt, pumped to the Dushan Energy tank farm.
const PRODUCTS: BulkBerthSpec = { length: 230, depth: 12, cargo: "liquidBulk", rate: 1000, overheadHours: 4 };
// Haiyan Qinshan phase 1: two 5,000-t general-cargo berths on a 295 m quay (0.58 Mt/yr together).
const QINSHAN: BulkBerthSpec = { length: 147, depth: 7.5, cargo: "breakBulk", rate: 100, overheadHours: 3 };
// Zhapu phase 3: one 15,000-t general-cargo berth, 179 m platform (0.64 Mt/yr).
const ZHAPU_GENERAL: BulkBerthSpec = { length: 179, depth: 10, cargo: "breakBulk", rate: 250, overheadHours: 3 };

/**
 * Clearance between ships on a shared quay: 10 % of the length overall (assumption, the usual planning
 * allowance for mooring lines between neighbours).
 */
export const JIAXING_QUAY_CLEARANCE: Pick<Quay, "clearanceMetres" | "clearanceShare"> = { clearanceMetres: 0, clearanceShare: 0.1 };

/**
 * Dushan B25/B26: one 500 m multipurpose quay (4 STS cranes, containers and general cargo) that takes two ships at
 * once — 2 × 30,000 t, or 50,000 t + 10,000 t (jiaxing.md §1.2) — as a shared quay of at most two ships, each
 * served by two of the four cranes at the container rate of one berth.
 */
export const DUSHAN_B25_B26: Berth = {
  id: "B25-26",
  area: "dushan",
  length: 500,
  depth: 12.5,
  cargo: ["container", "breakBulk"],
  foreignTradeOpen: true,
  rates: { container: CONTAINER_TEU_PER_HOUR, breakBulk: 250 },
  overheadHours: CONTAINER_OVERHEAD,
  quay: { ...JIAXING_QUAY_CLEARANCE, maxShips: 2 },
};

/** Zhapu E4: 360 m of shoreline that takes three 2,000-t chemical tankers at once (jiaxing.md §1.2), a shared quay. */
export const ZHAPU_E4: Berth = {
  ...bulkBerth("E4", "zhapu", { ...CHEMICALS, length: 360, depth: 12 }, true),
  quay: { ...JIAXING_QUAY_CLEARANCE, maxShips: 3 },
};

// Six of 21 berths (B25 and B26 counted as two) are closed to foreign ships (15/21 = 71 % open, as "about 70 %"
// in §1.2). Which six is an assumption: the ones least likely to see foreign ships (a domestic coal berth,
// Haiyan's small berths, the unnamed fifth Zhapu container berth, the older E1 and the newer A3).
const BERTHS: readonly Berth[] = [
  // Dushan
  containerBerth("B23", "dushan", 12, true),
  containerBerth("B24", "dushan", 12, true),
  DUSHAN_B25_B26,
  bulkBerth("A3", "dushan", PRODUCTS, false),
  bulkBerth("A4", "dushan", PRODUCTS, true),
  bulkBerth("C1", "dushan", COAL, true),
  bulkBerth("C2", "dushan", COAL, false),
  bulkBerth("G1", "dushan", GRAIN, true),
  // Zhapu: D4 is not named in any source; the D-zone's fifth container berth (§1.5 has five).
  containerBerth("D3", "zhapu", 11, true),
  containerBerth("D4", "zhapu", 11, false),
  containerBerth("D5", "zhapu", 11, true),
  containerBerth("D6", "zhapu", 11, true),
  containerBerth("D8", "zhapu", 11, true),
  bulkBerth("E1", "zhapu", CHEMICALS, false),
  bulkBerth("E2", "zhapu", CHEMICALS, true),
  bulkBerth("E3", "zhapu", CHEMICALS, true),
  ZHAPU_E4,
  bulkBerth("ZP3", "zhapu", ZHAPU_GENERAL, true),
  // Haiyan
  bulkBerth("Q1", "haiyan", QINSHAN, false),
  bulkBerth("Q2", "haiyan", QINSHAN, false),
];

/**
 * Places (ships at once) of the two dangerous-goods anchorages before and after the action plan's item 3
 * ("expand Chenshan, build Dushan No. 2"). Both pairs are assumptions (docs/jiaxing-scenario.md): before, Chenshan
 * holds 2 and Dushan No. 2 is a first, one-place stage; after, 4 and 3. The `expand-dg-anchorages` what-if
 * sets the after-expansion capacities.
 */
export const DG_ANCHORAGE_CAPACITY = {
  before: { chenshan: 2, "dushan-2": 1 },
  after: { chenshan: 4, "dushan-2": 3 },
} as const;

// Ships waiting for a berth. Caiqishan is treated as open water; the dangerous-goods anchorages as before expansion.
const ANCHORAGES: readonly Anchorage[] = [
  { id: "caiqishan", name: "Caiqishan 彩旗山", kind: "general", capacity: Infinity },
  {
    id: "chenshan",
    name: "Chenshan 陈山 (dangerous goods)",
    kind: "dangerousGoods",
    capacity: DG_ANCHORAGE_CAPACITY.before.chenshan,
    area: "zhapu",
  },
  {
    id: "dushan-2",
    name: "Dushan No. 2 独山2号 (dangerous goods)",
    kind: "dangerousGoods",
    capacity: DG_ANCHORAGE_CAPACITY.before["dushan-2"],
    area: "dushan",
  },
];

/**
 * The approach channel's tide windows (all assumptions, docs/jiaxing-scenario.md): ships drawing more than 10.5 m
 * (most coal and grain carriers, about a quarter of Dushan's product tankers) pass on a rising tide only, in a 4 h
 * window every semidiurnal period.
 */
const TIDE: Tide = { period: M2_PERIOD_HOURS, windowHours: 4, phase: 0, lowWaterDepth: 10.5 };

/** The Jiaxing port of the built-in scenarios (see docs/jiaxing-scenario.md for every number's source). */
export const jiaxingPort: Port = {
  name: "Jiaxing Port 嘉兴港",
  areas: AREAS,
  berths: BERTHS,
  anchorages: ANCHORAGES,
  // Pilotage from the anchorage and berthing (assumption).
  shiftHours: 1.5,
  tide: TIDE,
};
