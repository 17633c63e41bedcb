import { Schema } from "effect";
import { ClearanceFile } from "./fileSchema/Clearance.ts";
import { field, Id, named, NonEmptyText, NonNegative, optionalField, Positive, PositiveInt, Seed, Text } from "./fileSchema/fields.ts";
import { PortFile } from "./fileSchema/Port.ts";
import { BUILT_IN_RULE_IDS, RuleChoiceFile } from "./fileSchema/RuleSet.ts";
import { TrafficStreamFile, VesselCallFile } from "./fileSchema/Traffic.ts";

/** Defaults of the optional top-level keys (documented in docs/scenario-format.md and in the JSON Schema). */
export const SCENARIO_DEFAULTS = {
  description: "",
  rules: BUILT_IN_RULE_IDS,
  warmup: 0,
  replications: 10,
  seed: 1,
} as const;

/**
 * The Effect Schema of a scenario JSON file. It describes the file as written (no transformations), so that
 * `Schema.toJsonSchemaDocument(ScenarioFile)` is the file format; `decodeScenario` turns a decoded file into a
 * `Scenario` (defaults, unlimited anchorages, built-in rule sets by id) and checks what one object cannot
 * (ids, references, ship sizes against berths). Times are hours from the scenario start.
 */
export const ScenarioFile = named(
  Schema.Struct({
    $schema: optionalField(Text, "URI or path of this JSON Schema, for editors; ignored."),
    id: field(Id, 'Scenario id (e.g. "jiaxing-default").'),
    name: field(NonEmptyText, "Name shown in reports."),
    description: optionalField(Text, "What the scenario is and where its numbers come from.", ""),
    port: field(PortFile, "The port: areas, berths, anchorages."),
    traffic: optionalField(Schema.Array(TrafficStreamFile), "Generated traffic: liner services and random streams.", []),
    calls: optionalField(Schema.Array(VesselCallFile), "Explicit calls, added to the generated ones."),
    rules: optionalField(
      Schema.NonEmptyArray(RuleChoiceFile),
      "Rule sets to compare, in report order; every built-in one when absent.",
      SCENARIO_DEFAULTS.rules,
    ),
    horizon: field(Positive, "Length of a run, hours (8760 = one year). No ship is berthed at or after it."),
    warmup: optionalField(NonNegative, "Hours at the start left out of the KPIs; less than the horizon.", 0),
    replications: optionalField(PositiveInt, "Independent runs, each with its own traffic, for confidence intervals.", 10),
    seed: optionalField(Seed, "Seed of replication 0; replication k uses replicationSeed(seed, k).", 1),
    clearance: optionalField(ClearanceFile, "Customs clearance after berthing; absent: no clearance stage (docs/clearance.md)."),
  }),
  {
    identifier: "Scenario",
    title: "berthsim scenario",
    description:
      "A berth scheduling study: the port, its traffic, the rule sets to compare, and how long and how often to run.",
  },
);

/** A scenario file as decoded by `ScenarioFile`, before defaults and cross-checks. */
export type ScenarioFileData = typeof ScenarioFile.Type;
