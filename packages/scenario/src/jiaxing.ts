import {
  BUILT_IN_RULE_SETS,
  type Distribution,
  HOURS_PER_YEAR,
  type LinerService,
  type PoissonStream,
  type TradeClass,
  type TrafficStream,
  type VesselSpec,
} from "@berthsim/core";
import { JIAXING_CLEARANCE } from "./jiaxingClearance.ts";
import { jiaxingPort } from "./jiaxingPort.ts";
import type { Scenario } from "./Scenario.ts";

/*
 * Traffic of the default Jiaxing scenario, after jiaxing.md §1.4–§1.5 and §4. Every number is explained in
 * docs/jiaxing-scenario.md (source or "assumption"). Service times are not given: they follow from each call's
 * volume, the berth's rate and its overhead, so that the same ship is slower at a slower berth.
 *
 * Ship sizes are bounded below the berths of their home area (length and draft), so every call fits at least
 * one berth it may use under every rule set, pooled or per area.
 */

const tri = (min: number, mode: number, max: number): Distribution => ({ kind: "triangular", min, mode, max });

/** Erlang-2 around a mean: squared coefficient of variation 0.5, the usual planning assumption (§2). */
const erlang2 = (mean: number): Distribution => ({ kind: "erlang", k: 2, mean });

/** Container ship types and TEU exchanged per call (§1.5): 300–1,800 TEU ships, all within the 250 m, 11 m D-zone. */
export const CONTAINER_SHIPS = {
  // 1,000–1,800 TEU near-sea ships, e.g. Ningbo Ocean's 1,058 TEU, 136 m "宁远头门" type (§1.4).
  nearSea: { loa: tri(130, 150, 200), draft: tri(7.5, 8.5, 10.5), volume: erlang2(400) },
  // 300–700 TEU inner-feeder ships (§1.4, assumption).
  feeder: { loa: tri(100, 120, 150), draft: tri(5.5, 7, 8.5), volume: erlang2(250) },
  // 500–1,800 TEU domestic liner ships (assumption).
  domestic: { loa: tri(120, 150, 190), draft: tri(7, 8.5, 10), volume: erlang2(450) },
} as const satisfies Record<string, VesselSpec>;

/** Lateness of a liner call behind its scheduled slot, hours (Erlang-2, assumption). */
const LINER_LATENESS = erlang2(6);

/** A weekly near-sea direct container service calling on `days` (0 = Monday) at `hour`, late by Erlang-2 6 h. */
export const nearSeaService = (
  id: string,
  route: string,
  homeArea: string,
  days: readonly number[],
  hour: number,
): LinerService => ({
  kind: "liner",
  id,
  name: `${route} liner`,
  tradeClass: "nearSeaDirect",
  cargo: "container",
  homeArea,
  route,
  days,
  hour,
  lateness: LINER_LATENESS,
  vessel: CONTAINER_SHIPS.nearSea,
});

/** Container calls arriving as a Poisson process, `perWeek` a week on average. */
export const containerCalls = (
  id: string,
  name: string,
  tradeClass: TradeClass,
  homeArea: string,
  perWeek: number,
  vessel: VesselSpec,
): PoissonStream => ({ kind: "poisson", id, name, tradeClass, cargo: "container", homeArea, perWeek, vessel });

// Bulk and general-cargo calls (§1.5, §4): the same in both built-in scenarios. Dangerous goods: every Zhapu
// chemical tanker, 90 % of Dushan's product tankers (assumption).
const ship = (loa: Distribution, draft: Distribution, volume: Distribution): VesselSpec => ({ loa, draft, volume });
const COAL_SHIP = ship(tri(170, 190, 200), tri(10, 11.5, 12.8), tri(20000, 35000, 45000));
const GRAIN_SHIP = ship(tri(130, 170, 200), tri(9.5, 11, 12.8), tri(10000, 25000, 40000));
const CHEMICAL_TANKER = ship(tri(85, 110, 180), tri(5.5, 7, 10.5), tri(2000, 4000, 10000));
const PRODUCT_TANKER = ship(tri(150, 170, 185), tri(9, 10, 11.5), tri(10000, 20000, 30000));
const GENERAL_5K = ship(tri(80, 95, 110), tri(5, 6, 7), tri(1500, 3000, 5000));
const GENERAL_15K = ship(tri(100, 130, 160), tri(6, 8, 9.5), tri(3000, 6000, 12000));
const GENERAL_DUSHAN = ship(tri(100, 140, 180), tri(6.5, 8, 10), tri(2000, 4000, 6000));

const bulk = (
  id: string,
  name: string,
  tradeClass: TradeClass,
  cargo: TrafficStream["cargo"],
  homeArea: string,
  perWeek: number,
  vessel: VesselSpec,
  dangerousShare = 0,
): PoissonStream => ({
  kind: "poisson",
  id,
  name,
  tradeClass,
  cargo,
  homeArea,
  perWeek,
  vessel,
  ...(dangerousShare > 0 ? { dangerousShare } : {}),
});

/** Coal, grain, liquids and general cargo at a moderate occupancy (0.4–0.5); the same in both built-in scenarios. */
export const JIAXING_BULK_TRAFFIC: readonly TrafficStream[] = [
  bulk("coal-domestic", "Coastal coal", "domesticBulk", "coal", "dushan", 4, COAL_SHIP),
  bulk("coal-foreign", "Import coal", "foreignOther", "coal", "dushan", 1, COAL_SHIP),
  bulk("grain-foreign", "Import grain", "foreignOther", "grain", "dushan", 1, GRAIN_SHIP),
  bulk("grain-domestic", "Coastal grain", "domesticBulk", "grain", "dushan", 0.8, GRAIN_SHIP),
  bulk("products-foreign", "Import tanker", "foreignOther", "liquidBulk", "dushan", 2, PRODUCT_TANKER, 0.9),
  bulk("products-domestic", "Coastal tanker", "domesticBulk", "liquidBulk", "dushan", 4, PRODUCT_TANKER, 0.9),
  bulk("chemicals-foreign", "Import chemtank", "foreignOther", "liquidBulk", "zhapu", 6, CHEMICAL_TANKER, 1),
  bulk("chemicals-domestic", "Coastal chemtank", "domesticBulk", "liquidBulk", "zhapu", 13, CHEMICAL_TANKER, 1),
  bulk("general-dushan", "Dushan general", "foreignOther", "breakBulk", "dushan", 0.4, GENERAL_DUSHAN),
  bulk("general-zhapu-foreign", "Zhapu general", "foreignOther", "breakBulk", "zhapu", 1, GENERAL_15K),
  bulk("general-zhapu-domestic", "Zhapu coaster", "domesticBulk", "breakBulk", "zhapu", 1, GENERAL_15K),
  bulk("general-haiyan", "Qinshan coaster", "domesticBulk", "breakBulk", "haiyan", 4, GENERAL_5K),
];

// Containers (§1.5): near-sea direct 6 a week (Japan 4 + Korea 1 at Zhapu, Southeast Asia 1 at Dushan), Ningbo
// feeder 21 and domestic direct 14 at Zhapu; at Dushan (SIPG terminal and B25/B26) a Yangshan feeder and domestic
// direct ships. The Yangshan feeder is foreign trade but not in the action plan's list: class "foreignOther".
const CONTAINER_TRAFFIC: readonly TrafficStream[] = [
  nearSeaService("japan", "Japan", "zhapu", [0, 1, 3, 5], 6),
  nearSeaService("korea", "Korea", "zhapu", [2], 14),
  nearSeaService("se-asia", "Southeast Asia", "dushan", [4], 10),
  containerCalls("ningbo-feeder", "Ningbo feeder", "ningboFeeder", "zhapu", 21, CONTAINER_SHIPS.feeder),
  containerCalls("zhapu-domestic", "Zhapu domestic", "domesticDirect", "zhapu", 14, CONTAINER_SHIPS.domestic),
  containerCalls("yangshan-feeder", "Yangshan feeder", "foreignOther", "dushan", 14, CONTAINER_SHIPS.feeder),
  containerCalls("dushan-domestic", "Dushan domestic", "domesticDirect", "dushan", 10, CONTAINER_SHIPS.domestic),
];

/** Seed of the built-in scenarios: the action plan's issue date, 2018-11-12. */
export const JIAXING_SEED = 20181112;

/**
 * The default Jiaxing scenario: today's port and about 1.1 M TEU a year, container berths at
 * an occupancy of about 0.4, bulk berths 0.4–0.5. One year, two weeks of warm-up, 20 replications.
 */
export const jiaxingDefault: Scenario = {
  id: "jiaxing-default",
  name: "Jiaxing Port, default traffic",
  description:
    "Jiaxing Port's three areas (Dushan, Zhapu, Haiyan) with 21 seaside berths (B25/B26 and E4 as shared quays) and the 2018 action plan's " +
    "container priority classes; container berths at occupancy ≈ 0.4. Numbers and sources: docs/jiaxing-scenario.md.",
  port: jiaxingPort,
  traffic: [...CONTAINER_TRAFFIC, ...JIAXING_BULK_TRAFFIC],
  rules: BUILT_IN_RULE_SETS,
  horizon: HOURS_PER_YEAR,
  warmup: 336,
  seed: JIAXING_SEED,
  replications: 20,
  clearance: JIAXING_CLEARANCE,
};
