import type { TrafficStream } from "@berthsim/core";
import { CONTAINER_SHIPS, containerCalls, JIAXING_BULK_TRAFFIC, jiaxingDefault, nearSeaService } from "./jiaxing.ts";
import type { Scenario } from "./Scenario.ts";

// Near-sea direct: the 2021 plan's new routes (Japan, Korea, Russia, Thailand, Vietnam; jiaxing.md §1.4) on top
// of Japan at 5 a week (4.5 in Q1 2023); feeders and domestic direct raised so that the container calls are 1.8×
// the default's (118 a week instead of 65, as §1.5 suggests for a congested case) and both groups of container
// berths run at occupancy ≈ 0.7 (arithmetic in docs/jiaxing-scenario.md). Bulk traffic is unchanged.
const CONTAINER_TRAFFIC: readonly TrafficStream[] = [
  nearSeaService("japan", "Japan", "zhapu", [0, 1, 2, 4, 5], 6),
  nearSeaService("korea", "Korea", "zhapu", [2, 6], 14),
  nearSeaService("russia", "Russia", "zhapu", [3], 20),
  nearSeaService("vietnam", "Vietnam", "dushan", [4], 10),
  nearSeaService("thailand", "Thailand", "dushan", [1], 16),
  containerCalls("ningbo-feeder", "Ningbo feeder", "ningboFeeder", "zhapu", 36, CONTAINER_SHIPS.feeder),
  containerCalls("zhapu-domestic", "Zhapu domestic", "domesticDirect", "zhapu", 24, CONTAINER_SHIPS.domestic),
  containerCalls("yangshan-feeder", "Yangshan feeder", "foreignOther", "dushan", 26, CONTAINER_SHIPS.feeder),
  containerCalls("dushan-domestic", "Dushan domestic", "domesticDirect", "dushan", 22, CONTAINER_SHIPS.domestic),
];

/**
 * The congested Jiaxing scenario: the default port with about 2.1 M TEU a year, container berths at occupancy
 * ≈ 0.7, where queues form and the rule sets differ clearly. Same horizon, warm-up, seed and replications.
 */
export const jiaxingCongested: Scenario = {
  ...jiaxingDefault,
  id: "jiaxing-congested",
  name: "Jiaxing Port, congested container berths",
  description:
    "The default Jiaxing port with 1.8× the container calls (new near-sea routes, more feeders and domestic direct): " +
    "container berths at occupancy ≈ 0.7, bulk unchanged. Numbers and sources: docs/jiaxing-scenario.md.",
  traffic: [...CONTAINER_TRAFFIC, ...JIAXING_BULK_TRAFFIC],
};
