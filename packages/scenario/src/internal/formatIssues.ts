import type { SchemaAST, SchemaIssue } from "effect";
import { formatPath, showValue } from "./formatPath.ts";

/*
 * Turns Effect's issue tree into one `path: message` line per problem, e.g.
 * `traffic[2].perWeek: expected a positive number, got -3`. Messages come from the schemas' `expected`
 * annotations (fileSchema/fields.ts), so each names the rule it checks. Decode with `reportInput: true` to get
 * the "got" values.
 */

type Path = readonly PropertyKey[];
type Annotations = { readonly [key: string]: unknown };

/** The annotations a schema author set: Effect keeps those of a schema with checks on its last check. */
const annotationsOf = (ast: SchemaAST.AST): Annotations => ({
  ...ast.annotations,
  ...ast.checks?.[ast.checks.length - 1]?.annotations,
});

const text = (a: Annotations, key: string): string | undefined => (typeof a[key] === "string" ? (a[key] as string) : undefined);

/** What a schema accepts, in words: its `expected` annotation, or a description of its shape. */
export const expectedOf = (ast: SchemaAST.AST): string => {
  const a = annotationsOf(ast);
  const expected = text(a, "expected");
  if (expected !== undefined) return expected;
  switch (ast._tag) {
    case "String":
      return "a string";
    case "Number":
      return "a number";
    case "Boolean":
      return "true or false";
    case "Literal":
      return JSON.stringify(ast.literal);
    case "Null":
      return "null";
    case "Arrays":
      return "an array";
    case "Objects": {
      const name = text(a, "title") ?? text(a, "identifier");
      return name === undefined ? "an object" : `an object (${name})`;
    }
    case "Union":
      return ast.types.map(expectedOf).join(" or ");
    case "Suspend":
      return expectedOf(ast.thunk());
    default:
      return ast._tag;
  }
};

const got = (issue: SchemaIssue.Issue): string => `got ${"input" in issue ? showValue(issue.input) : "nothing"}`;

const propertyOf = (owner: SchemaAST.AST | undefined, key: PropertyKey | undefined): SchemaAST.AST | undefined =>
  owner?._tag === "Objects" ? owner.propertySignatures.find((p) => p.name === key)?.type : undefined;

const editDistance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
};

const unknownKey = (owner: SchemaAST.AST | undefined, key: PropertyKey | undefined): string => {
  if (owner?._tag !== "Objects") return "unknown field";
  const names = owner.propertySignatures.map((p) => String(p.name));
  const near = names.find((n) => editDistance(n.toLowerCase(), String(key).toLowerCase()) <= 2);
  return near === undefined ? `unknown field (allowed: ${names.join(", ")})` : `unknown field; did you mean "${near}"?`;
};

const missingKey = (owner: SchemaAST.AST | undefined, key: PropertyKey | undefined): string => {
  const type = propertyOf(owner, key);
  if (type === undefined) return "missing";
  const description = text({ ...annotationsOf(type), ...type.context?.annotations }, "description");
  return `missing; expected ${expectedOf(type)}.${description === undefined ? "" : ` ${description}`}`;
};

/** A union of objects told apart by one literal field ("kind"): the field's name and its allowed values. */
const discriminator = (ast: SchemaAST.Union): { key: string; values: readonly unknown[] } | undefined => {
  const first = ast.types[0];
  if (first?._tag !== "Objects") return undefined;
  for (const p of first.propertySignatures) {
    const key = p.name;
    const values = ast.types.map((t) => {
      const type = propertyOf(t, key);
      return type?._tag === "Literal" ? type.literal : undefined;
    });
    if (typeof key === "string" && values.every((v) => v !== undefined)) return { key, values };
  }
  return undefined;
};

/** Whether an issue only says "not this member of the union" (wrong type), not what is wrong inside it. */
const isTypeMismatch = (issue: SchemaIssue.Issue): boolean =>
  issue._tag === "InvalidType" || (issue._tag === "AnyOf" && issue.issues.every(isTypeMismatch));

const anyOf = (issue: SchemaIssue.AnyOf, path: Path, out: string[]): void => {
  const inner = issue.issues.filter((i) => !isTypeMismatch(i));
  if (inner.length > 0) {
    for (const i of inner) walk(i, path, undefined, out);
    return;
  }
  const tag = discriminator(issue.ast);
  const input = "input" in issue ? issue.input : undefined;
  if (tag !== undefined && typeof input === "object" && input !== null && !Array.isArray(input)) {
    const value = (input as Record<string, unknown>)[tag.key];
    const allowed = `one of ${tag.values.map((v) => JSON.stringify(v)).join(", ")}`;
    out.push(
      `${formatPath([...path, tag.key])}: ${value === undefined ? `missing; expected ${allowed}.` : `expected ${allowed}, got ${showValue(value)}`}`,
    );
    return;
  }
  out.push(`${formatPath(path)}: expected ${expectedOf(issue.ast)}, ${got(issue)}`);
};

const filterMessage = (issue: SchemaIssue.Filter, ast: SchemaAST.AST | undefined): string => {
  const inner = issue.issue;
  const own = inner._tag === "InvalidValue" ? text(inner.annotations ?? {}, "message") : undefined;
  if (own !== undefined) return own;
  const expected = text(issue.filter.annotations ?? {}, "expected") ?? (ast === undefined ? "a valid value" : expectedOf(ast));
  return `expected ${expected}, ${got(issue)}`;
};

const walk = (issue: SchemaIssue.Issue, path: Path, owner: SchemaAST.AST | undefined, out: string[]): void => {
  const line = (message: string): void => void out.push(`${formatPath(path)}: ${message}`);
  switch (issue._tag) {
    case "Pointer":
      return walk(issue.issue, [...path, ...issue.path], owner, out);
    case "Composite": {
      const { ast } = issue;
      if (ast._tag !== "Objects" && ast._tag !== "Arrays") return line(`expected ${expectedOf(ast)}, ${got(issue)}`);
      for (const i of issue.issues) {
        if (i._tag === "Filter" && i.issue._tag === "InvalidValue") line(filterMessage(i, undefined));
        else walk(i, path, ast, out);
      }
      return;
    }
    case "Filter":
      if (issue.issue._tag === "InvalidValue") return line(filterMessage(issue, owner));
      return walk(issue.issue, path, owner, out);
    case "Encoding":
      return walk(issue.issue, path, owner, out);
    case "AnyOf":
      return anyOf(issue, path, out);
    case "InvalidType":
      return line(`expected ${expectedOf(issue.ast)}, ${got(issue)}`);
    case "InvalidValue": {
      const a = issue.annotations ?? {};
      return line(text(a, "message") ?? `expected ${text(a, "expected") ?? "a valid value"}, ${got(issue)}`);
    }
    case "MissingKey":
      return line(missingKey(owner, path[path.length - 1]));
    case "UnexpectedKey":
      return line(unknownKey(owner, path[path.length - 1]));
    case "Forbidden":
      return line(text(issue.annotations ?? {}, "message") ?? "not allowed here");
    case "OneOf":
      return line(`matches more than one of ${expectedOf(issue.ast)}, ${got(issue)}`);
  }
};

/** Every problem of the issue tree as a `path: message` line, in the order of the input, without repeats. */
export const formatIssues = (issue: SchemaIssue.Issue): string[] => {
  const out: string[] = [];
  walk(issue, [], undefined, out);
  return [...new Set(out)];
};
