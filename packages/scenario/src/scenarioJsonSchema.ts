import { JsonSchema, Schema } from "effect";
import { ScenarioFile } from "./ScenarioFile.ts";

/**
 * The JSON Schema (draft 2020-12) of a scenario file, generated from `ScenarioFile`: one standalone document
 * with `$schema`, the root schema and its named definitions under `$defs`, every field described. Unknown keys
 * are not allowed, as in `decodeScenario`. Editors can validate and complete scenario files with it; the
 * decoder stays the authority (cross-object checks are not expressible here).
 */
export const scenarioJsonSchema = (): object => {
  const document = Schema.toJsonSchemaDocument(ScenarioFile, { onExcessProperty: "error" });
  return {
    $schema: JsonSchema.META_SCHEMA_URI_DRAFT_2020_12,
    ...document.schema,
    $defs: document.definitions,
  };
};
