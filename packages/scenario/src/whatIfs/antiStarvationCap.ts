import { DEFAULT_CAP_HOURS, type RuleSet } from "@berthsim/core";
import { arity, numberArg, type WhatIf } from "./WhatIf.ts";

type Spec = { readonly id: "cap"; readonly hours: number };

const CAP_IN_NAME = /\d+(?:\.\d+)? h anti-starvation cap/;

const withCap = (r: RuleSet, hours: number): RuleSet =>
  r.kind !== "cappedPriority"
    ? r
    : {
        ...r,
        capHours: hours,
        name: CAP_IN_NAME.test(r.name) ? r.name.replace(CAP_IN_NAME, `${hours} h anti-starvation cap`) : `${r.name} (cap ${hours} h)`,
      };

/** A new anti-starvation cap for every capped-priority rule set. */
export const antiStarvationCap: WhatIf<Spec> = {
  id: "cap",
  syntax: "cap:<hours>",
  example: "cap:12",
  description: `Change the anti-starvation cap of every capped-priority rule set (default ${DEFAULT_CAP_HOURS} h).`,
  descriptionZh: `修改防饥饿上限：等待超过该时长的船舶优先靠泊（默认 ${DEFAULT_CAP_HOURS} 小时）。`,
  params: [{ name: "hours", type: "hours", description: "Waiting time after which a ship goes ahead of every class, > 0." }],
  parse: (args) => {
    const bad = arity(args, 1, 1, "cap:<hours>");
    if (bad !== undefined) return bad;
    const hours = numberArg(args[0], "a positive number of hours", (x) => x > 0);
    return typeof hours === "string" ? hours : { id: "cap", hours };
  },
  format: (s) => `cap:${s.hours}`,
  apply: (scenario, spec) => {
    if (!(spec.hours > 0)) return `expected a positive number of hours, got ${spec.hours}`;
    if (!scenario.rules.some((r) => r.kind === "cappedPriority"))
      return 'no rule set with an anti-starvation cap (kind "cappedPriority"); add "priority-capped" to the rules';
    return { ...scenario, rules: scenario.rules.map((r) => withCap(r, spec.hours)) };
  },
};
