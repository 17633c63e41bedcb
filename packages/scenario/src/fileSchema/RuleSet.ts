import { BUILT_IN_RULE_SETS, SELECTABLE_RULE_SETS, TRADE_CLASS_IDS, type TradeClass } from "@berthsim/core";
import { Schema } from "effect";
import { field, Id, named, NonEmptyText, NonNegative, optionalField, Positive } from "./fields.ts";
import { TradeClassFile } from "./Traffic.ts";

/* Rule sets of a scenario file: a built-in id, or a whole rule set as core/RuleSet.ts defines it. */

/** The default rule sets of a scenario (every built-in dispatching rule). */
export const BUILT_IN_RULE_IDS = BUILT_IN_RULE_SETS.map((r) => r.id);

/** Every rule set a file may name by id: the default ones and "optimised". */
export const SELECTABLE_RULE_IDS = SELECTABLE_RULE_SETS.map((r) => r.id);

const quoted = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(", ");

const BuiltInRuleId = Schema.Literals(SELECTABLE_RULE_IDS).annotate({
  identifier: "BuiltInRuleSetId",
  title: "Built-in rule set",
  description:
    "fcfs, fcfs-area, priority, priority-area, priority-capped (see docs/model.md); optimised: rolling-horizon " +
    "optimisation (docs/optimizer.md).",
  expected: `a built-in rule set id (${quoted(SELECTABLE_RULE_IDS)})`,
});

const ClassWeightsFile = named(
  Schema.Struct(
    Object.fromEntries(TRADE_CLASS_IDS.map((c) => [c, optionalField(Positive, `Weight of ${c}.`)])) as {
      readonly [K in TradeClass]: ReturnType<typeof optionalField<typeof Positive>>;
    },
  ),
  {
    identifier: "ClassWeights",
    title: "Class weights",
    description:
      "Cost of an hour in port per trade class, in the optimiser's objective; unlisted classes weigh as classOrder says.",
  },
);

/** Keys that only the rule set kind `optimised` reads. */
const OPTIMISED_ONLY = ["lookaheadHours", "classWeights"] as const;

const RuleSetObjectFile = named(
  Schema.Struct({
    id: field(Id, "Rule set id, unique in the scenario."),
    name: field(NonEmptyText, "Name shown in reports."),
    kind: field(
      Schema.Literals(["fcfs", "priority", "cappedPriority", "optimised"]).annotate({
        expected: '"fcfs", "priority", "cappedPriority" or "optimised"',
      }),
      "fcfs: by arrival; priority: by class order, then arrival; cappedPriority: ships waiting capHours or more " +
        "first; optimised: a rolling-horizon plan minimising the weighted time in port (docs/optimizer.md).",
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
      "Which free berth a ship takes: the one idle longest, or the shortest that fits (not read by optimised).",
    ),
    lookaheadHours: optionalField(
      NonNegative,
      "optimised only: hours of ETAs the planner sees ahead of now (48 when absent).",
    ),
    classWeights: optionalField(
      ClassWeightsFile,
      "optimised only: weight per class; 2^(k − rank) from classOrder when absent.",
    ),
  }),
  { identifier: "RuleSet", title: "Rule set", description: "A berthing rule set, as data." },
  Schema.makeFilter((r) => [
    ...(r.kind === "cappedPriority" && r.capHours === undefined
      ? [{ path: ["capHours"], issue: 'missing: kind "cappedPriority" needs a cap in hours' }]
      : []),
    ...OPTIMISED_ONLY.filter((key) => r.kind !== "optimised" && r[key] !== undefined).map((key) => ({
      path: [key],
      issue: `only kind "optimised" reads ${key}; this rule set is "${r.kind}"`,
    })),
    ...r.classOrder
      .filter((c, i) => r.classOrder.indexOf(c) !== i)
      .map((c) => ({ path: ["classOrder"], issue: `expected each class at most once, got "${c}" twice` })),
  ]),
);

export const RuleChoiceFile = Schema.Union([BuiltInRuleId, RuleSetObjectFile]).annotate({
  identifier: "RuleChoice",
  title: "Rule set choice",
  description: "A built-in rule set by id, or a whole rule set object.",
  expected: `a built-in rule set id (${quoted(SELECTABLE_RULE_IDS)}) or a rule set object`,
});
