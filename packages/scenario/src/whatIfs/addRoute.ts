import type { LinerService } from "@berthsim/core";
import { CONTAINER_SHIPS, nearSeaService } from "../jiaxing.ts";
import { arity, checkArea, type RoutePreset, type WhatIf } from "./WhatIf.ts";

type Spec = { readonly id: "add-route"; readonly preset: RoutePreset; readonly homeArea?: string };

const SYNTAX = "add-route:<preset>[:<home-area>]";

/**
 * The routes the 2018 action plan (item 5) asks for, as liner services. Timetables, ships and home areas are
 * assumptions (docs/scenario-format.md): the plan names the routes, not their schedules.
 */
export const ROUTE_PRESETS: Readonly<Record<RoutePreset, (homeArea: string) => LinerService>> = {
  // "Study a Southeast Asia line": one near-sea direct call a week, Wednesday 08:00, near-sea container ships.
  // Dushan by default, where B25/B26 added container capacity in 2024.
  "southeast-asia-near-sea": (homeArea) =>
    nearSeaService("southeast-asia-near-sea", "Southeast Asia (new)", homeArea, [2], 8),
  // "Open a Dushan → Shanghai Yangshan feeder": three calls a week, Mon/Wed/Fri 18:00, feeder ships. Foreign
  // boxes but not one of the plan's named classes, so "foreignOther" like the Yangshan feeder of the built-ins.
  "dushan-yangshan-feeder": (homeArea) => ({
    ...nearSeaService("dushan-yangshan-feeder", "Dushan–Yangshan feeder", homeArea, [0, 2, 4], 18),
    tradeClass: "foreignOther",
    vessel: CONTAINER_SHIPS.feeder,
  }),
};

const DEFAULT_HOME = "dushan";
const PRESETS = Object.keys(ROUTE_PRESETS) as RoutePreset[];

/** A new liner service from a preset of the action plan's routes. */
export const addRoute: WhatIf<Spec> = {
  id: "add-route",
  syntax: SYNTAX,
  example: "add-route:southeast-asia-near-sea",
  description: `Add a route of the 2018 action plan as a liner service (presets: ${PRESETS.join(", ")}).`,
  descriptionZh: "按2018年行动方案新增航线（东南亚近洋直航、独山—洋山支线）。",
  params: [
    { name: "preset", type: "preset", description: PRESETS.join(" or ") },
    { name: "home-area", type: "area id", description: `Area whose queue its calls join; ${DEFAULT_HOME} when absent.`, optional: true },
  ],
  parse: (args) => {
    const bad = arity(args, 1, 2, SYNTAX);
    if (bad !== undefined) return bad;
    const preset = PRESETS.find((p) => p === args[0]);
    if (preset === undefined) return `no route preset "${args[0]}" (presets: ${PRESETS.join(", ")})`;
    return { id: "add-route", preset, ...(args[1] === undefined ? {} : { homeArea: args[1] }) };
  },
  format: (s) => `add-route:${s.preset}${s.homeArea === undefined ? "" : `:${s.homeArea}`}`,
  apply: (scenario, spec) => {
    const home = spec.homeArea ?? DEFAULT_HOME;
    const badArea = checkArea(scenario, home);
    if (badArea !== undefined) return badArea;
    const route = ROUTE_PRESETS[spec.preset](home);
    if (scenario.traffic.some((s) => s.id === route.id)) return `the scenario already has a stream "${route.id}"`;
    return { ...scenario, traffic: [...scenario.traffic, route] };
  },
};
