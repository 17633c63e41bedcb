import type { Closure } from "@berthsim/core";
import { arity, findBerth, numberArg, type WhatIf } from "./WhatIf.ts";

type Spec = { readonly id: "close-berth"; readonly berth: string; readonly start: number; readonly end: number };

const SYNTAX = "close-berth:<berth>:<start-hour>:<end-hour>";

/** Adds [start, end) to the closures, merged with any it overlaps or touches so that none overlap. */
const withClosure = (closures: readonly Closure[], add: Closure): Closure[] => {
  let merged = add;
  const rest: Closure[] = [];
  for (const c of closures) {
    if (c.start <= merged.end && merged.start <= c.end) {
      const reasons = [...new Set([c.reason, merged.reason].filter((r) => r !== undefined))];
      merged = {
        start: Math.min(c.start, merged.start),
        end: Math.max(c.end, merged.end),
        ...(reasons.length === 0 ? {} : { reason: reasons.join("; ") }),
      };
    } else rest.push(c);
  }
  return [...rest, merged].sort((a, b) => a.start - b.start);
};

/** A planned closure of one berth: it takes no ship in [start, end). */
export const closeBerth: WhatIf<Spec> = {
  id: "close-berth",
  syntax: SYNTAX,
  example: "close-berth:D5:0:720",
  description: "Close a berth for a window of hours (maintenance, dredging); ships wait or go elsewhere.",
  descriptionZh: "在指定时段关闭泊位（维护、疏浚），船舶等待或改靠其他泊位。",
  params: [
    { name: "berth", type: "berth id", description: "The berth to close." },
    { name: "start-hour", type: "hours", description: "Start of the closure, hours from the scenario start." },
    { name: "end-hour", type: "hours", description: "End of the closure (exclusive), after the start." },
  ],
  parse: (args) => {
    const bad = arity(args, 3, 3, SYNTAX);
    if (bad !== undefined) return bad;
    const start = numberArg(args[1], "a start hour ≥ 0", (x) => x >= 0);
    if (typeof start === "string") return start;
    const end = numberArg(args[2], `an end hour after the start (${start})`, (x) => x > start);
    if (typeof end === "string") return end;
    return { id: "close-berth", berth: args[0]!, start, end };
  },
  format: (s) => `close-berth:${s.berth}:${s.start}:${s.end}`,
  apply: (scenario, spec) => {
    const berth = findBerth(scenario, spec.berth);
    if (typeof berth === "string") return berth;
    if (!(spec.start >= 0 && spec.end > spec.start)) return `expected 0 ≤ start < end, got ${spec.start} and ${spec.end}`;
    const closures = withClosure(berth.closures ?? [], { start: spec.start, end: spec.end, reason: "what-if" });
    const berths = scenario.port.berths.map((b) => (b === berth ? { ...b, closures } : b));
    return { ...scenario, port: { ...scenario.port, berths } };
  },
};
