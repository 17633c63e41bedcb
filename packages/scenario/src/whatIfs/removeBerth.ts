import { arity, findBerth, type WhatIf } from "./WhatIf.ts";

type Spec = { readonly id: "remove-berth"; readonly berth: string };

const SYNTAX = "remove-berth:<berth>";

/** The port without one berth; fails when that leaves a stream no berth (checked by applyWhatIfs). */
export const removeBerth: WhatIf<Spec> = {
  id: "remove-berth",
  syntax: SYNTAX,
  example: "remove-berth:D4",
  description: "Remove a berth for the whole run.",
  descriptionZh: "移除一个泊位（整个仿真期）。",
  params: [{ name: "berth", type: "berth id", description: "The berth to remove." }],
  parse: (args) => arity(args, 1, 1, SYNTAX) ?? { id: "remove-berth", berth: args[0]! },
  format: (s) => `remove-berth:${s.berth}`,
  apply: (scenario, spec) => {
    const berth = findBerth(scenario, spec.berth);
    if (typeof berth === "string") return berth;
    if (scenario.port.berths.length === 1) return `berth "${spec.berth}" is the port's only berth`;
    return { ...scenario, port: { ...scenario.port, berths: scenario.port.berths.filter((b) => b !== berth) } };
  },
};
