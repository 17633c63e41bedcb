import type { Berth } from "@berthsim/core";
import { arity, findBerth, numberArg, type WhatIf } from "./WhatIf.ts";

type Spec = { readonly id: "split-quay"; readonly berth: string; readonly berths: number };

const SYNTAX = "split-quay:<quay>:<berths>";

/**
 * A shared quay cut into fixed berths of equal length, each holding one ship (ids `<quay>-1` … `<quay>-n`), or, with
 * one berth, kept whole but holding one ship at a time: the "fixed sub-berths" and "single berth" of
 * docs/shared-quays.md.
 */
export const splitQuay: WhatIf<Spec> = {
  id: "split-quay",
  syntax: SYNTAX,
  example: "split-quay:B25-26:2",
  description: "Cut a shared quay into fixed berths of equal length (1: one berth for one ship at a time).",
  descriptionZh: "把共用岸线分成等长的固定泊位（1：整段岸线一次只靠一艘船）。",
  params: [
    { name: "quay", type: "berth id", description: "A berth that is a shared quay." },
    { name: "berths", type: "count", description: "How many fixed berths to cut it into, 1 or more." },
  ],
  parse: (args) => {
    const bad = arity(args, 2, 2, SYNTAX);
    if (bad !== undefined) return bad;
    const n = numberArg(args[1], "a whole number of berths ≥ 1", (x) => Number.isInteger(x) && x >= 1);
    return typeof n === "string" ? n : { id: "split-quay", berth: args[0]!, berths: n };
  },
  format: (s) => `split-quay:${s.berth}:${s.berths}`,
  apply: (scenario, spec) => {
    const quay = findBerth(scenario, spec.berth);
    if (typeof quay === "string") return quay;
    if (quay.quay === undefined) return `berth "${spec.berth}" is not a shared quay`;
    const { quay: _, ...whole } = quay;
    const n = spec.berths;
    const parts: Berth[] =
      n === 1 ? [whole] : Array.from({ length: n }, (_, k) => ({ ...whole, id: `${quay.id}-${k + 1}`, length: quay.length / n }));
    const taken = parts.find((p) => p.id !== quay.id && scenario.port.berths.some((b) => b.id === p.id));
    if (taken !== undefined) return `berth "${taken.id}" already exists`;
    const berths = scenario.port.berths.flatMap((b) => (b === quay ? parts : [b]));
    return { ...scenario, port: { ...scenario.port, berths } };
  },
};
