import { DG_ANCHORAGE_CAPACITY } from "../jiaxingPort.ts";
import { arity, numberArg, unknown, type WhatIf } from "./WhatIf.ts";

type Spec = { readonly id: "expand-dg-anchorages"; readonly chenshan?: number; readonly dushan2?: number };

const SYNTAX = "expand-dg-anchorages[:<chenshan-places>[:<dushan-2-places>]]";
const { after } = DG_ANCHORAGE_CAPACITY;

const places = (text: string | undefined, name: string): number | string =>
  numberArg(text, `a whole number of places ≥ 1 for ${name}`, (x) => Number.isInteger(x) && x >= 1);

/**
 * The action plan's item 3 for dangerous goods: Chenshan (陈山) expanded and Dushan No. 2 (独山2号) built out, with
 * the after-expansion capacities of the Jiaxing scenario (assumptions, docs/jiaxing-scenario.md) or given ones.
 */
export const expandDgAnchorages: WhatIf<Spec> = {
  id: "expand-dg-anchorages",
  syntax: SYNTAX,
  example: "expand-dg-anchorages:5:3",
  description:
    `Expand the dangerous-goods anchorages Chenshan and Dushan No. 2 (default ${after.chenshan} and ` +
    `${after["dushan-2"]} places, assumptions).`,
  descriptionZh: `扩建陈山、独山2号危险品锚地（默认 ${after.chenshan} 个和 ${after["dushan-2"]} 个锚位，假设值）。`,
  params: [
    { name: "chenshan-places", type: "ships", description: `Ships Chenshan holds at once (default ${after.chenshan}).`, optional: true },
    {
      name: "dushan-2-places",
      type: "ships",
      description: `Ships Dushan No. 2 holds at once (default ${after["dushan-2"]}).`,
      optional: true,
    },
  ],
  parse: (args) => {
    const bad = arity(args, 0, 2, SYNTAX);
    if (bad !== undefined) return bad;
    const chenshan = args[0] === undefined ? undefined : places(args[0], "Chenshan");
    if (typeof chenshan === "string") return chenshan;
    const dushan2 = args[1] === undefined ? undefined : places(args[1], "Dushan No. 2");
    if (typeof dushan2 === "string") return dushan2;
    return {
      id: "expand-dg-anchorages",
      ...(chenshan === undefined ? {} : { chenshan }),
      ...(dushan2 === undefined ? {} : { dushan2 }),
    };
  },
  format: (s) => ["expand-dg-anchorages", s.chenshan, s.dushan2].filter((x) => x !== undefined).join(":"),
  apply: (scenario, spec) => {
    const capacity: Record<string, number> = {
      chenshan: spec.chenshan ?? after.chenshan,
      "dushan-2": spec.dushan2 ?? after["dushan-2"],
    };
    for (const [id, c] of Object.entries(capacity)) {
      const a = scenario.port.anchorages.find((x) => x.id === id);
      if (a === undefined) return unknown("anchorage", id, scenario.port.anchorages.map((x) => x.id));
      if (a.kind !== "dangerousGoods") return `anchorage "${id}" is not a dangerous-goods anchorage`;
      if (!(Number.isInteger(c) && c >= 1)) return `expected a whole number of places ≥ 1 for "${id}", got ${c}`;
    }
    const anchorages = scenario.port.anchorages.map((a) => (capacity[a.id] === undefined ? a : { ...a, capacity: capacity[a.id]! }));
    return { ...scenario, port: { ...scenario.port, anchorages } };
  },
};
