import { BUILT_IN_RULE_SETS, type RuleSet } from "@berthsim/core";
import type { Scenario } from "../Scenario.ts";
import { arity, type WhatIf } from "./WhatIf.ts";

const PORT_WIDE = "port-wide queue";
const PER_AREA = "queue per area";

/** The rule set with the other queue scope: id and name say so (`fcfs` ↔ `fcfs-area`), built-ins stay built-in. */
const withScope = (r: RuleSet, scope: RuleSet["queueScope"]): RuleSet => {
  if (r.queueScope === scope) return r;
  const id = scope === "area" ? `${r.id}-area` : r.id.replace(/-area$/, "");
  const name =
    scope === "area"
      ? r.name.includes(PORT_WIDE) ? r.name.replace(PORT_WIDE, PER_AREA) : `${r.name}, ${PER_AREA}`
      : r.name.includes(PER_AREA) ? r.name.replace(PER_AREA, PORT_WIDE) : `${r.name}, ${PORT_WIDE}`;
  const changed: RuleSet = { ...r, id, name, queueScope: scope };
  const builtIn = BUILT_IN_RULE_SETS.find(
    (b) => b.id === id && b.kind === r.kind && b.capHours === r.capHours && b.berthChoice === r.berthChoice,
  );
  return builtIn !== undefined && builtIn.classOrder.join() === r.classOrder.join() ? builtIn : changed;
};

/** Every rule set with one queue scope; rule sets that become the same (fcfs and fcfs-area) are kept once. */
const setScope = (scenario: Scenario, scope: RuleSet["queueScope"]): Scenario => {
  const rules: RuleSet[] = [];
  for (const r of scenario.rules.map((r) => withScope(r, scope)))
    if (!rules.some((k) => k.id === r.id)) rules.push(r);
  return { ...scenario, rules };
};

/** One port-wide queue for every rule set: berth integration (整合利用泊位). */
export const poolQueues: WhatIf<{ readonly id: "pool-queues" }> = {
  id: "pool-queues",
  syntax: "pool-queues",
  example: "pool-queues",
  description: "Pool the queues: every rule set uses one port-wide queue over all compatible berths.",
  descriptionZh: "整合利用泊位：所有规则改为全港统一排队。",
  params: [],
  parse: (args) => arity(args, 0, 0, "pool-queues") ?? { id: "pool-queues" },
  format: () => "pool-queues",
  apply: (scenario) => setScope(scenario, "port"),
};

/** A queue per area for every rule set: ships use berths of their home area only. */
export const splitQueues: WhatIf<{ readonly id: "split-queues" }> = {
  id: "split-queues",
  syntax: "split-queues",
  example: "split-queues",
  description: "Split the queues: every rule set keeps a queue per area, ships use their home area's berths.",
  descriptionZh: "分港区排队：所有规则改为按港区各自排队。",
  params: [],
  parse: (args) => arity(args, 0, 0, "split-queues") ?? { id: "split-queues" },
  format: () => "split-queues",
  apply: (scenario) => setScope(scenario, "area"),
};
