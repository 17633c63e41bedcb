import fc from "fast-check";
import { type Json, validFile } from "./validFile.ts";

/*
 * Scenario files broken on purpose: a valid generated file (validFile.ts) with one edit that no valid file can
 * survive — a value of the wrong type, a number out of every allowed range (all numbers of a scenario are ≥ 0),
 * a required key removed, an unknown key, deep nesting, an id twice, an unknown area, an impossible time or ship.
 */

type Path = readonly (string | number)[];

/** Every value of a JSON tree with its path, the root excepted. */
const entries = (value: Json, path: Path = []): [Path, Json][] => {
  if (value === null || typeof value !== "object") return [];
  const children: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return children.flatMap(([k, v]) => [[[...path, k], v] as [Path, Json], ...entries(v, [...path, k])]);
};

const DISTRIBUTION_KEYS: Readonly<Record<string, readonly string[]>> = {
  deterministic: ["kind", "value"],
  exponential: ["kind", "mean"],
  erlang: ["kind", "k", "mean"],
  uniform: ["kind", "min", "max"],
  triangular: ["kind", "min", "mode", "max"],
  empirical: ["kind", "values"],
};

/** The keys an object at `path` must have, as the schema says (rates: every listed cargo needs one). */
const requiredKeys = (file: Json, path: Path, object: Json): readonly string[] => {
  const p = path.map((k) => (typeof k === "number" ? "#" : k)).join(".");
  if (p === "") return ["id", "name", "port", "horizon"];
  if (p === "port") return ["name", "areas", "berths", "shiftHours"];
  if (p === "port.areas.#") return ["id", "name", "nameZh"];
  if (p === "port.berths.#") return ["id", "area", "length", "depth", "cargo", "foreignTradeOpen", "rates", "overheadHours"];
  if (p === "port.berths.#.rates") return Object.keys(object);
  if (p === "port.berths.#.closures.#") return ["start", "end"];
  if (p === "port.berths.#.quay") return ["clearanceMetres", "clearanceShare"];
  if (p === "port.berths.#.quay.depths.#") return ["from", "to", "depth"];
  if (p === "port.anchorages.#") return ["id", "name", "kind"];
  if (p === "traffic.#")
    return ["kind", "id", "tradeClass", "cargo", "vessel", ...(object.kind === "liner" ? ["route", "days", "hour", "lateness"] : ["perWeek"])];
  if (p === "traffic.#.vessel") return ["loa", "draft", "volume"];
  if (typeof object.kind === "string" && DISTRIBUTION_KEYS[object.kind] && /\.(loa|draft|volume|lateness)$/.test(p))
    return DISTRIBUTION_KEYS[object.kind]!;
  if (p === "calls.#") return ["id", "name", "tradeClass", "cargo", "loa", "draft", "volume", "arrival"];
  if (p === "rules.#") return ["id", "name", "kind", "classOrder", "queueScope", "berthChoice", ...(object.kind === "cappedPriority" ? ["capHours"] : [])];
  void file;
  return [];
};

const clone = (x: Json): Json => structuredClone(x);

const setAt = (root: Json, path: Path, value: Json): Json => {
  const copy = clone(root);
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k];
  node[path[path.length - 1]!] = value;
  return copy;
};

/** A value of another JSON type than `v` that no field of any type accepts in its place. */
const otherType = (v: Json): fc.Arbitrary<Json> => {
  const pool: fc.Arbitrary<Json>[] = [fc.constant(null), fc.constant({ "§": 1 })];
  if (typeof v !== "string") pool.push(fc.string().map((s) => `§${s}`));
  if (typeof v !== "number") pool.push(fc.double());
  if (typeof v !== "boolean") pool.push(fc.boolean());
  if (!Array.isArray(v)) pool.push(fc.array(fc.constant("§"), { minLength: 1, maxLength: 3 }));
  return fc.oneof(...pool);
};

const nested = (depth: number): Json => {
  let x: Json = 1;
  for (let i = 0; i < depth; i++) x = i % 2 === 0 ? [x] : { "§": x };
  return x;
};

/** A value computed only when the edit is chosen (copying the file for every candidate edit is slow). */
const lazy = <T>(f: () => T): fc.Arbitrary<T> => fc.constant(0).map(f);

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.nat({ max: xs.length - 1 }).map((i) => xs[i]!);

/** One guaranteed-invalid edit of a valid file. */
const breakFile = (file: Json): fc.Arbitrary<Json> => {
  const all = entries(file);
  const numbers = all.filter(([, v]) => typeof v === "number");
  const objects: [Path, Json][] = [[[], file], ...all.filter(([, v]) => v !== null && typeof v === "object" && !Array.isArray(v))];
  const required = objects.flatMap(([path, o]) => requiredKeys(file, path, o).filter((k) => k in o).map((k) => [...path, k] as Path));
  const edits: fc.Arbitrary<Json>[] = [
    pick(all).chain(([path, v]) => otherType(v).map((x) => setAt(file, path, x))),
    pick(required).map((path) => {
      const copy = clone(file);
      let node = copy;
      for (const k of path.slice(0, -1)) node = node[k];
      delete node[path[path.length - 1]!];
      return copy;
    }),
    pick(objects).chain(([path]) => fc.string({ maxLength: 8 }).map((k) => setAt(file, [...path, `§${k}`], 1))),
    // Depth 2 or more: nested(1) is [1], which a list of weekdays accepts.
    pick(all).chain(([path]) => fc.integer({ min: 2, max: 3000 }).map((d) => setAt(file, path, nested(d)))),
    lazy(() => setAt(file, ["port", "berths"], [...file.port.berths, file.port.berths[0]])),
    lazy(() => setAt(file, ["port", "berths", 0, "area"], "nowhere-area")),
    fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => ({ ...clone(file), warmup: file.horizon + d })),
    lazy(() => setAt(file, ["port", "berths", 0, "closures"], [{ start: 10, end: 10 }])),
    fc.constantFrom(1e6, 1e308).map((big) => setAt(file, ["seed"], big * 4294967296)),
  ];
  if (numbers.length > 0)
    edits.push(
      pick(numbers).chain(([path]) =>
        fc.oneof(fc.constant(NaN), fc.constant(Infinity), fc.constant(-Infinity), fc.double({ min: 1e-9, max: 1e308, noNaN: true }).map((d) => -d)).map(
          (x) => setAt(file, path, x),
        ),
      ),
    );
  if (file.calls?.length > 0) edits.push(fc.constantFrom(1e6, 1e308).map((big) => setAt(file, ["calls", 0, "draft"], big)));
  if (file.traffic?.length > 0) edits.push(lazy(() => setAt(file, ["traffic", 0, "vessel", "loa"], { kind: "deterministic", value: 1e9 })));
  return fc.oneof(...edits);
};

/** Scenario files each with one edit that makes it invalid, `n` of them from one valid file. */
export const brokenFiles = (n: number): fc.Arbitrary<Json[]> =>
  validFile.chain((file) => fc.array(breakFile(file), { minLength: n, maxLength: n }));
