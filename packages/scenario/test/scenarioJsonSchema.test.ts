import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../src/index.ts";

type Node = { [key: string]: unknown };

/** Every object property schema of the document, with the definition it belongs to. */
const properties = (defs: Record<string, Node>): [string, string, Node][] =>
  Object.entries(defs).flatMap(([name, def]) =>
    Object.entries((def["properties"] ?? {}) as Record<string, Node>).map(([key, p]) => [name, key, p] as [string, string, Node]),
  );

describe("scenarioJsonSchema()", () => {
  const doc = scenarioJsonSchema() as Node & { $defs: Record<string, Node> };

  it("is a standalone draft 2020-12 document whose root is the Scenario definition", () => {
    expect(doc["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(doc["$ref"]).toBe("#/$defs/Scenario");
    expect(Object.keys(doc.$defs)).toEqual(
      expect.arrayContaining(["Scenario", "Port", "Berth", "Anchorage", "Closure", "Distribution", "LinerService", "PoissonStream", "VesselCall", "RuleSet"]),
    );
  });

  it("names and describes every definition and describes every field", () => {
    for (const [name, def] of Object.entries(doc.$defs)) expect(def["description"], name).toEqual(expect.any(String));
    for (const [name, key, p] of properties(doc.$defs)) {
      const description = p["description"] ?? (p["allOf"] as Node[] | undefined)?.find((x) => x["description"])?.["description"];
      expect(description, `${name}.${key}`).toEqual(expect.any(String));
    }
  });

  it("rejects unknown keys, as the decoder does", () => {
    expect(doc.$defs["Berth"]?.["additionalProperties"]).toBe(false);
  });

  it("describes distributions as a union tagged on kind", () => {
    const members = (doc.$defs["Distribution"]?.["anyOf"] ?? doc.$defs["Distribution"]?.["oneOf"]) as Node[];
    expect(members.map((m) => m["$ref"])).toEqual(
      ["Deterministic", "Exponential", "Erlang", "Uniform", "Triangular", "Empirical"].map((n) => `#/$defs/${n}`),
    );
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
