import type { Berth } from "@berthsim/core";
import { arity, checkArea, type WhatIf } from "./WhatIf.ts";

type Spec = { readonly id: "coal-to-dushan"; readonly area?: string };

const SYNTAX = "coal-to-dushan[:<area>]";

/**
 * Where coal is handled after the move: every berth outside the target area stops handling coal. A coal-only
 * berth moves to the target area whole (its capacity becomes the river–sea coal transfer wharf's); a berth that
 * also handles other cargo keeps them, and the target area gets a coal berth `<id>-coal` of the same size, rate
 * and overhead. Coal streams and coal calls then call at the target area.
 */
const moveCoal = (berths: readonly Berth[], area: string): Berth[] =>
  berths.flatMap((b): Berth[] => {
    if (b.area === area || !b.cargo.includes("coal")) return [b];
    if (b.cargo.length === 1) return [{ ...b, area }];
    const { coal, ...rates } = b.rates;
    const { closures: _, ...size } = b;
    return [
      { ...b, cargo: b.cargo.filter((c) => c !== "coal"), rates },
      { ...size, id: `${b.id}-coal`, area, cargo: ["coal"], rates: { coal: coal ?? 0 } },
    ];
  });

/** The action plan's "move coal handling to Dushan's river–sea coal transfer wharf" (item 1). */
export const coalToDushan: WhatIf<Spec> = {
  id: "coal-to-dushan",
  syntax: SYNTAX,
  example: "coal-to-dushan",
  description: "Move coal handling to Dushan: coal berths elsewhere move there, coal ships call there.",
  descriptionZh: "煤炭运输转移至独山港区海河联运煤炭中转码头。",
  params: [{ name: "area", type: "area id", description: "The area coal moves to; dushan when absent.", optional: true }],
  parse: (args) => arity(args, 0, 1, SYNTAX) ?? { id: "coal-to-dushan", ...(args[0] === undefined ? {} : { area: args[0] }) },
  format: (s) => `coal-to-dushan${s.area === undefined ? "" : `:${s.area}`}`,
  apply: (scenario, spec) => {
    const area = spec.area ?? "dushan";
    const badArea = checkArea(scenario, area);
    if (badArea !== undefined) return badArea;
    const { berths } = scenario.port;
    if (!berths.some((b) => b.cargo.includes("coal"))) return "no berth of the port handles coal";
    const moves = berths.some((b) => b.area !== area && b.cargo.includes("coal"));
    const rehomes = [...scenario.traffic, ...(scenario.calls ?? [])].some((s) => s.cargo === "coal" && s.homeArea !== area);
    if (!moves && !rehomes)
      return `nothing to move: every coal berth is already in area "${area}" and every coal stream calls there`;
    const clash = berths.find((b) => b.area !== area && b.cargo.length > 1 && b.cargo.includes("coal") && berths.some((o) => o.id === `${b.id}-coal`));
    if (clash !== undefined) return `berth "${clash.id}-coal" exists; the coal berth split off "${clash.id}" needs that id`;
    const home = <T extends { readonly cargo: string; readonly homeArea?: string }>(s: T): T =>
      s.cargo === "coal" ? { ...s, homeArea: area } : s;
    return {
      ...scenario,
      port: { ...scenario.port, berths: moveCoal(berths, area) },
      traffic: scenario.traffic.map(home),
      ...(scenario.calls === undefined ? {} : { calls: scenario.calls.map(home) }),
    };
  },
};
