import { Schema, type SchemaAST } from "effect";

/*
 * The small value schemas every part of a scenario file is made of. Each carries an `expected` annotation that
 * names its rule in words ("a positive number"); the decoder's messages say `expected <that>, got <value>`.
 */

/** Documentation of a schema: `identifier` makes it a named definition of the JSON Schema. */
export interface Doc {
  readonly identifier: string;
  readonly title: string;
  readonly description: string;
}

/** A named schema. Checks go after the annotations, and the identifier is repeated on the last check so that
 * the JSON Schema still gets one definition (Effect keeps a schema's annotations on its last check). */
export const named = <S extends Schema.Top>(
  schema: S,
  doc: Doc,
  ...checks: readonly SchemaAST.Check<S["Type"]>[]
): S["Rebuild"] => {
  const annotated = schema.annotate({ ...doc });
  return checks.length === 0
    ? annotated
    : (annotated.check(...(checks as [SchemaAST.Check<S["Type"]>])).annotate({ identifier: doc.identifier }) as S["Rebuild"]);
};

const isNamed = (schema: Schema.Top): boolean => Schema.resolveAnnotations(schema)?.identifier !== undefined;

/**
 * A key of the file with its description, shown in the JSON Schema and in "missing" messages. A named schema
 * keeps its own description; the key's goes beside it (a named definition is shared by every key that uses it).
 */
export const field = <S extends Schema.Top>(schema: S, description: string): S["Rebuild"] =>
  isNamed(schema) ? schema.annotateKey({ description }) : schema.annotate({ description });

/** An optional key; `fallback` documents what an absent key means (defaults are applied when decoding). */
export const optionalField = <S extends Schema.Top>(schema: S, description: string, fallback?: unknown) => {
  const doc = fallback === undefined ? { description } : { description, default: fallback as S["Type"] };
  return isNamed(schema) ? Schema.optionalKey(schema).annotateKey(doc) : Schema.optionalKey(schema.annotate(doc));
};

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Ids of areas, berths, anchorages, streams and rule sets: they appear in what-if specs like `close-berth:D5:0:72`. */
export const Id = Schema.String.check(
  Schema.makeFilter((s: string) => ID_PATTERN.test(s), {
    expected: 'an id of letters, digits, ".", "_" or "-" (no spaces or colons)',
    // isPattern does not reach the JSON Schema in effect 4.1; this filter says it itself.
    toJsonSchema: () => ({ pattern: ID_PATTERN.source }),
  }),
);

export const Text = Schema.String.annotate({ expected: "a string" });

export const NonEmptyText = Schema.String.check(Schema.isNonEmpty()).annotate({ expected: "a non-empty string" });

export const Positive = Schema.Finite.check(Schema.isGreaterThan(0)).annotate({ expected: "a positive number" });

export const NonNegative = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0)).annotate({
  expected: "a number ≥ 0",
});

export const PositiveInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)).annotate({
  expected: "a whole number ≥ 1",
});

export const NonNegativeInt = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)).annotate({
  expected: "a whole number ≥ 0",
});

export const Probability = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 1 })).annotate({
  expected: "a probability between 0 and 1",
});

/** 0 = Monday … 6 = Sunday, as core/time.ts counts days. */
export const Weekday = Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 6 })).annotate({
  expected: "a weekday 0–6 (0 = Monday)",
});

export const HourOfDay = Schema.Finite.check(
  Schema.isBetween({ minimum: 0, maximum: 24, exclusiveMaximum: true }),
).annotate({ expected: "an hour of the day, 0 ≤ hour < 24" });

export const Seed = Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 4294967295 })).annotate({
  expected: "a whole number from 0 to 4294967295",
});

export const Flag = Schema.Boolean.annotate({ expected: "true or false" });
