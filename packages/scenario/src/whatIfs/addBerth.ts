import type { Berth } from "@berthsim/core";
import { arity, checkArea, findBerth, type WhatIf } from "./WhatIf.ts";

type Spec = { readonly id: "add-berth"; readonly berth: string; readonly like: string; readonly area?: string };

const SYNTAX = "add-berth:<new-berth>:<like-berth>[:<area>]";

/** A new berth built like an existing one (size, cargo, rates, foreign-trade opening), without its closures. */
export const addBerth: WhatIf<Spec> = {
  id: "add-berth",
  syntax: SYNTAX,
  example: "add-berth:D9:D8",
  description: "Add a berth built like an existing one, in its area or another.",
  descriptionZh: "仿照现有泊位新增一个泊位（可放在其他港区）。",
  params: [
    { name: "new-berth", type: "berth id", description: "Id of the new berth; not yet used." },
    { name: "like-berth", type: "berth id", description: "The berth whose length, depth, cargo, rates and opening it copies." },
    { name: "area", type: "area id", description: "Area of the new berth; that of like-berth when absent.", optional: true },
  ],
  parse: (args) => {
    const bad = arity(args, 2, 3, SYNTAX);
    if (bad !== undefined) return bad;
    const [berth, like, area] = args as [string, string, string?];
    return { id: "add-berth", berth, like, ...(area === undefined ? {} : { area }) };
  },
  format: (s) => `add-berth:${s.berth}:${s.like}${s.area === undefined ? "" : `:${s.area}`}`,
  apply: (scenario, spec) => {
    const like = findBerth(scenario, spec.like);
    if (typeof like === "string") return like;
    if (scenario.port.berths.some((b) => b.id === spec.berth)) return `berth "${spec.berth}" already exists`;
    const area = spec.area ?? like.area;
    const badArea = checkArea(scenario, area);
    if (badArea !== undefined) return badArea;
    const { closures: _, ...rest } = like;
    const berth: Berth = { ...rest, id: spec.berth, area };
    return { ...scenario, port: { ...scenario.port, berths: [...scenario.port.berths, berth] } };
  },
};
