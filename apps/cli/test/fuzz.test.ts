import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeScenario } from "@berthsim/scenario";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cli, smallScenario, tempDir } from "./helpers.ts";

/*
 * Malformed input through the whole CLI entry, in this process: 1,300 files — mutated, truncated, random and
 * pathological scenario files and call lists. Each must end in exit 1 with `path: message` lines on stderr and
 * nothing on stdout, or (when the mutation happens to leave a valid scenario) in exit 0 with one complete JSON
 * summary; never a crash, a hang or partial output. (The decoder itself is fuzzed in packages/scenario.)
 */

const dir = tempDir();
const valid = encodeScenario(smallScenario) as Record<string, unknown>;
const validText = JSON.stringify(valid, null, 2);
writeFileSync(join(dir, "base.json"), validText);

type Json = unknown;
type Path = readonly (string | number)[];

/** Every path into a JSON value (objects' keys and arrays' indices), the root excluded. */
const pathsOf = (value: Json, prefix: Path = []): Path[] =>
  typeof value !== "object" || value === null
    ? []
    : Object.entries(value).flatMap(([k, v]) => {
        const p = [...prefix, Array.isArray(value) ? Number(k) : k];
        return [p, ...pathsOf(v, p)];
      });
const PATHS = pathsOf(valid);

/** A copy of `root` with the value at `path` replaced (or deleted, when `value` is `DELETE`). */
const DELETE = Symbol("delete");
const edit = (root: Json, path: Path, value: Json | typeof DELETE): Json => {
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value !== DELETE) node[last] = value;
  else if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return copy;
};

const nasty = fc.constantFrom<Json>(-1, 0, 0.5, 1e308, -1e308, 2 ** 53, "", "NaN", "1e3", null, true, [], {}, [[[]]], { id: 1 });
const mutation = fc
  .tuple(fc.nat({ max: PATHS.length - 1 }), fc.oneof(fc.constant<typeof DELETE>(DELETE), nasty, fc.jsonValue({ maxDepth: 2 })))
  .map(([i, value]) => JSON.stringify(edit(valid, PATHS[i]!, value)));
const twoMutations = fc
  .tuple(fc.nat({ max: PATHS.length - 1 }), nasty, fc.nat({ max: PATHS.length - 1 }), nasty)
  .map(([i, a, j, b]) => {
    const once = edit(valid, PATHS[i]!, a);
    const p = PATHS[j]!;
    return JSON.stringify(pathsOf(once).some((q) => q.join("/") === p.join("/")) ? edit(once, p, b) : once);
  });
const truncated = fc.nat({ max: validText.length - 1 }).map((n) => validText.slice(0, n));
const randomJson = fc.jsonValue().map((v) => JSON.stringify(v) ?? "");
const randomBytes = fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b));
const pathological = fc.constantFrom<string | Buffer>(
  "",
  "\ufeff",
  "\ufeff{}",
  "[".repeat(100_000) + "]".repeat(100_000),
  `{"a":${"[".repeat(50_000)}}`,
  `{${'"k":1,'.repeat(50_000)}"k":2}`,
  "null",
  "1e999",
  '"scenario"',
  Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
  JSON.stringify({ ...valid, horizon: 1e12 }),
  JSON.stringify({ ...valid, horizon: Infinity }),
  JSON.stringify({ ...valid, traffic: [...(valid["traffic"] as Json[]), ...(valid["traffic"] as Json[])] }),
  validText.replace("{", '{"__proto__": {"polluted": true}, "constructor": 1,'),
  validText.replace('"horizon": 672', '"horizon": 672, "horizon": -5'),
);
const csvHeader = "name,class,cargo,loa,draft,eta,volume";
const callList = fc
  .array(fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("nearSeaDirect", "container", "150", "-1", '"', ",")), { maxLength: 9 }), {
    maxLength: 6,
  })
  .map((rows) => [csvHeader, ...rows.map((r) => r.join(","))].join("\n"));

/** Exit codes seen, to show that the files cover both outcomes. */
const seen = new Map<number, number>();

/** Runs one file through the CLI and checks the outcome is complete and structured. */
const check = async (content: string | Buffer, name: string, argv: (path: string) => string[]): Promise<void> => {
  const path = join(dir, name);
  writeFileSync(path, content);
  const r = await cli(...argv(path));
  seen.set(r.code, (seen.get(r.code) ?? 0) + 1);
  if (r.code === 0) {
    expect(r.stderr).toBe("");
    if (argv(path)[0] === "run") expect(JSON.parse(r.stdout)).toMatchObject({ replications: 1 });
    return;
  }
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe("");
  const [head, ...lines] = r.stderr.trimEnd().split("\n");
  expect(head).toMatch(/^berthsim: .+: \d+ problems?$/);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/^[^\n]+?: [^\n]+$/);
};

const run = (path: string): string[] => ["run", path, "--rules", "fcfs", "--replications", "1", "--workers", "0", "--format", "json"];
const validate = (path: string): string[] => ["validate", path];
const property = (arb: fc.Arbitrary<string | Buffer>, argv: (path: string) => string[], numRuns: number, name = "fuzz.json"): Promise<void> =>
  fc.assert(fc.asyncProperty(arb, (content) => check(content, name, argv)), { numRuns, seed: 20181112, endOnFailure: true });

describe("the CLI on malformed files", () => {
  it("ends every mutated scenario file in a structured error or a complete result (600 files)", async () => {
    seen.clear();
    await property(mutation, run, 400);
    await property(twoMutations, run, 200);
    // Most mutations break the file; some (a name, a seed) leave it valid, and then it runs.
    expect(seen.get(1)).toBeGreaterThan(300);
    expect(seen.get(0)).toBeGreaterThan(10);
  }, 300_000);

  it("ends every truncated, random or pathological file in a structured error (550 files)", async () => {
    await property(truncated, validate, 200);
    await property(randomJson, run, 150);
    await property(randomBytes, validate, 150);
    await property(pathological, run, 50);
  }, 300_000);

  it("ends every malformed call list in a structured error (150 files)", async () => {
    await property(callList, validate, 100, "calls.csv");
    await property(callList, (p) => [...run(join(dir, "base.json")), "--calls", p], 50, "calls.csv");
  }, 300_000);
});
