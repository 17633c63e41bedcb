import { Schema } from "effect";
import { field, named, NonNegative, optionalField, Positive, PositiveInt } from "./fields.ts";

/*
 * Distributions as core/Distribution.ts defines them, a union tagged on "kind". Values are non-negative
 * (hours, metres, tonnes, TEU). Bounds that involve two fields (min ≤ mode ≤ max, one weight per value) are
 * filters that report the field at fault.
 */

const kind = <K extends string>(k: K) => field(Schema.Literal(k), `Always "${k}".`);

const Deterministic = named(
  Schema.Struct({ kind: kind("deterministic"), value: field(NonNegative, "The value every draw takes.") }),
  { identifier: "Deterministic", title: "Deterministic", description: "Always the same value." },
);

const Exponential = named(Schema.Struct({ kind: kind("exponential"), mean: field(Positive, "Mean.") }), {
  identifier: "Exponential",
  title: "Exponential",
  description: "Exponential with this mean (squared coefficient of variation 1).",
});

const Erlang = named(
  Schema.Struct({
    kind: kind("erlang"),
    k: field(PositiveInt, "Shape: the squared coefficient of variation is 1/k (k = 1 is exponential)."),
    mean: field(Positive, "Mean."),
  }),
  { identifier: "Erlang", title: "Erlang-k", description: "Erlang with shape k and this mean." },
);

const Uniform = named(
  Schema.Struct({
    kind: kind("uniform"),
    min: field(NonNegative, "Smallest value."),
    max: field(NonNegative, "Largest value, ≥ min."),
  }),
  { identifier: "Uniform", title: "Uniform", description: "Uniform on [min, max]." },
  Schema.makeFilter((d) =>
    d.max >= d.min ? undefined : { path: ["max"], issue: `expected max ≥ min (${d.min}), got ${d.max}` },
  ),
);

const Triangular = named(
  Schema.Struct({
    kind: kind("triangular"),
    min: field(NonNegative, "Smallest value."),
    mode: field(NonNegative, "Most likely value, min ≤ mode ≤ max."),
    max: field(NonNegative, "Largest value."),
  }),
  { identifier: "Triangular", title: "Triangular", description: "Triangular on [min, max] with its peak at mode." },
  Schema.makeFilter((d) => [
    ...(d.mode >= d.min ? [] : [{ path: ["mode"], issue: `expected mode ≥ min (${d.min}), got ${d.mode}` }]),
    ...(d.max >= d.mode ? [] : [{ path: ["max"], issue: `expected max ≥ mode (${d.mode}), got ${d.max}` }]),
  ]),
);

const Empirical = named(
  Schema.Struct({
    kind: kind("empirical"),
    values: field(Schema.NonEmptyArray(NonNegative), "The values a draw may take (at least one)."),
    weights: optionalField(
      Schema.Array(NonNegative),
      "Relative weight of each value, one per value, not all 0. Absent: every value equally likely.",
    ),
  }),
  { identifier: "Empirical", title: "Empirical", description: "One of the listed values, drawn by weight." },
  Schema.makeFilter((d) => {
    const w = d.weights;
    if (w === undefined) return undefined;
    if (w.length !== d.values.length)
      return { path: ["weights"], issue: `expected one weight per value (${d.values.length}), got ${w.length}` };
    return w.some((x) => x > 0) ? undefined : { path: ["weights"], issue: "expected at least one weight > 0, got all 0" };
  }),
);

/** A probability distribution over non-negative numbers, tagged on "kind". */
export const DistributionFile = Schema.Union([Deterministic, Exponential, Erlang, Uniform, Triangular, Empirical])
  .pipe(Schema.toTaggedUnion("kind"))
  .annotate({
    identifier: "Distribution",
    title: "Distribution",
    expected: 'a distribution object whose "kind" is deterministic, exponential, erlang, uniform, triangular or empirical',
    description:
      'A probability distribution, chosen by "kind": deterministic, exponential, erlang, uniform, triangular or empirical.',
  });
