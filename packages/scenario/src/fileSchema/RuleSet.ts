import { BUILT_IN_RULE_SETS } from "@berthsim/core";
import { Schema } from "effect";
import { field, Id, named, NonEmptyText, optionalField, Positive } from "./fields.ts";
import { TradeClassFile } from "./Traffic.ts";

/* Rule sets of a scenario file: a built-in id, or a whole rule set as core/RuleSet.ts defines it. */

export const BUILT_IN_RULE_IDS = BUILT_IN_RULE_SETS.map((r) => r.id);

const quoted = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(", ");

const BuiltInRuleId = Schema.Literals(BUILT_IN_RULE_IDS).annotate({
  identifier: "BuiltInRuleSetId",
  title: "Built-in rule set",
  description: "fcfs, fcfs-area, priority, priority-area, priority-capped (see docs/model.md).",
  expected: `a built-in rule set id (${quoted(BUILT_IN_RULE_IDS)})`,
});

const RuleSetObjectFile = named(
  Schema.Struct({
    id: field(Id, "Rule set id, unique in the scenario."),
    name: field(NonEmptyText, "Name shown in reports."),
    kind: field(
      Schema.Literals(["fcfs", "priority", "cappedPriority"]).annotate({
        expected: '"fcfs", "priority" or "cappedPriority"',
      }),
      "fcfs: by arrival; priority: by class order, then arrival; cappedPriority: ships waiting capHours or more first.",
    ),
    classOrder: field(
      Schema.Array(TradeClassFile),
      "Trade classes, highest priority first; unlisted classes come after every listed one.",
    ),
    capHours: optionalField(Positive, "Anti-starvation cap, hours; required for cappedPriority."),
    queueScope: field(
      Schema.Literals(["port", "area"]).annotate({ expected: '"port" or "area"' }),
      "port: one port-wide queue over every berth; area: a queue per area, ships use berths of their home area.",
    ),
    berthChoice: field(
      Schema.Literals(["earliestFree", "bestFit"]).annotate({ expected: '"earliestFree" or "bestFit"' }),
      "Which free berth a ship takes: the one idle longest, or the shortest that fits.",
    ),
  }),
  { identifier: "RuleSet", title: "Rule set", description: "A berthing rule set, as data." },
  Schema.makeFilter((r) => [
    ...(r.kind === "cappedPriority" && r.capHours === undefined
      ? [{ path: ["capHours"], issue: 'missing: kind "cappedPriority" needs a cap in hours' }]
      : []),
    ...r.classOrder
      .filter((c, i) => r.classOrder.indexOf(c) !== i)
      .map((c) => ({ path: ["classOrder"], issue: `expected each class at most once, got "${c}" twice` })),
  ]),
);

export const RuleChoiceFile = Schema.Union([BuiltInRuleId, RuleSetObjectFile]).annotate({
  identifier: "RuleChoice",
  title: "Rule set choice",
  description: "A built-in rule set by id, or a whole rule set object.",
  expected: `a built-in rule set id (${quoted(BUILT_IN_RULE_IDS)}) or a rule set object`,
});
