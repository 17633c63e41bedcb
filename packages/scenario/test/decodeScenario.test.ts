import { describe, expect, it } from "vitest";
import { decodeScenario, parseScenarioJson } from "../src/index.ts";
import { exampleFile, jiaxingFile, scenarioText } from "./helpers/files.ts";

const errorsOf = (input: unknown): readonly string[] => {
  const r = decodeScenario(input);
  if (r.ok) throw new Error("expected the input to be rejected");
  return r.errors;
};

describe("decodeScenario(input)", () => {
  it("decodes the small example file, filling in what it leaves out", () => {
    const r = decodeScenario(exampleFile());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.port.anchorages.map((a) => a.capacity)).toEqual([Infinity, 2]);
    expect(r.scenario.rules.map((x) => x.id)).toEqual(["fcfs", "priority", "priority-capped-12h"]);
    expect(r.scenario.calls?.[0]?.dangerousGoods).toBe(false);
  });

  it("fills in the documented defaults of optional top-level keys", () => {
    const { description, traffic, rules, warmup, replications, seed, ...rest } = exampleFile();
    void [description, traffic, rules, warmup, replications, seed];
    const r = decodeScenario(rest);
    expect(r.ok && [r.scenario.description, r.scenario.traffic, r.scenario.warmup, r.scenario.replications, r.scenario.seed]).toEqual(["", [], 0, 10, 1]);
    expect(r.ok && r.scenario.rules.map((x) => x.id)).toEqual(["fcfs", "fcfs-area", "priority", "priority-area", "priority-capped"]);
  });

  it("reports a wrong number as path: expected rule, got value", () => {
    const file = jiaxingFile();
    file.traffic[3].perWeek = -3;
    expect(errorsOf(file)).toEqual(["traffic[3].perWeek: expected a positive number, got -3"]);
  });

  it("collects every problem of the file in one pass, in file order", () => {
    const file = exampleFile();
    file.port.berths[0].lenght = 250;
    file.port.berths[1].depth = 0;
    file.port.anchorages[1].capacity = 1.5;
    file.traffic[0].days = [1, 9];
    file.traffic[1].vessel.loa = { kind: "triangle", min: 1, max: 2 };
    delete file.traffic[2].tradeClass;
    file.rules[0] = "fifo";
    file.horizon = "2016";
    expect(errorsOf(file)).toEqual([
      'port.berths[0].lenght: unknown field; did you mean "length"?',
      "port.berths[1].depth: expected a positive number, got 0",
      "port.anchorages[1].capacity: expected a whole number ≥ 0, got 1.5",
      "traffic[0].days[1]: expected a weekday 0–6 (0 = Monday), got 9",
      'traffic[1].vessel.loa.kind: expected one of "deterministic", "exponential", "erlang", "uniform", "triangular", "empirical", got "triangle"',
      'traffic[2].tradeClass: missing; expected one of "nearSeaDirect", "ningboFeeder", "domesticDirect", "foreignOther", "domesticBulk". Trade class of every call.',
      'rules[0]: expected a built-in rule set id ("fcfs", "fcfs-area", "priority", "priority-area", "priority-capped", "optimised") or a rule set object, got "fifo"',
      'horizon: expected a positive number, got "2016"',
    ]);
  });

  it("reports NaN and Infinity, which JSON cannot carry but a caller can", () => {
    const file = exampleFile();
    file.port.shiftHours = NaN;
    file.traffic[1].perWeek = Infinity;
    expect(errorsOf(file)).toEqual([
      "port.shiftHours: expected a number ≥ 0, got NaN",
      "traffic[1].perWeek: expected a positive number, got Infinity",
    ]);
  });

  it("reports bounds across fields of one object at the field at fault", () => {
    const file = exampleFile();
    file.port.berths[0].closures[0].end = 700;
    file.traffic[0].vessel.draft = { kind: "triangular", min: 9, mode: 8, max: 7 };
    file.traffic[2].vessel.loa.weights = [1, 2];
    file.port.berths[2].cargo.push("coal");
    delete file.rules[2].capHours;
    expect(errorsOf(file)).toEqual([
      "port.berths[0].closures[0].end: expected an end after start (720 h), got 700",
      'port.berths[2].rates.coal: missing: the berth handles "coal" but has no rate for it',
      "traffic[0].vessel.draft.mode: expected mode ≥ min (9), got 8",
      "traffic[0].vessel.draft.max: expected max ≥ mode (8), got 7",
      "traffic[2].vessel.loa.weights: expected one weight per value (3), got 2",
      'rules[2].capHours: missing: kind "cappedPriority" needs a cap in hours',
    ]);
  });

  it("decodes a shared quay and names the field and the rule of each bad quay value", () => {
    const file = exampleFile();
    const b = file.port.berths[0];
    b.quay = { clearanceMetres: 0, clearanceShare: 0.1, depths: [{ from: 0, to: 100, depth: b.depth - 2 }, { from: 100, to: b.length, depth: b.depth }] };
    const ok = decodeScenario(file);
    expect(ok.ok && ok.scenario.port.berths[0]!.quay).toEqual(b.quay);
    b.quay = {
      clearanceMetres: -5,
      clearanceShare: 0.1,
      maxShips: 0,
      depths: [{ from: 10, to: 100, depth: b.depth }, { from: 120, to: b.length - 1, depth: b.depth - 1 }],
    };
    expect(errorsOf(file)).toEqual([
      "port.berths[0].quay.clearanceMetres: expected a number ≥ 0, got -5",
      "port.berths[0].quay.maxShips: expected a whole number ≥ 1, got 0",
    ]);
    b.quay = { clearanceMetres: 5, clearanceShare: 0, depths: [{ from: 10, to: 100, depth: b.depth + 1 }, { from: 120, to: b.length - 1, depth: b.depth }] };
    expect(errorsOf(file)).toEqual([
      "port.berths[0].quay.depths[0].from: expected 0: the stretches must start at the quay's start, got 10",
      "port.berths[0].quay.depths[1].from: expected 100 (where depths[0] ends): the stretches must be contiguous, got 120",
      `port.berths[0].quay.depths[1].to: expected ${b.length} (the berth's length): the stretches must cover the whole quay, got ${b.length - 1}`,
      `port.berths[0].depth: expected ${b.depth + 1}, the deepest stretch of quay.depths, got ${b.depth}`,
    ]);
  });

  it("rejects what is not a scenario object at all, with the path (root)", () => {
    for (const input of [5, null, [], "scenario", undefined])
      expect(errorsOf(input)).toEqual([expect.stringMatching(/^\(root\): expected an object \(berthsim scenario\), got /)]);
  });

  it("names each missing required key with what it should be", () => {
    expect(errorsOf({})).toEqual([
      'id: missing; expected an id of letters, digits, ".", "_" or "-" (no spaces or colons). Scenario id (e.g. "jiaxing-default").',
      "name: missing; expected a non-empty string. Name shown in reports.",
      "port: missing; expected an object (Port). The port: areas, berths, anchorages.",
      "horizon: missing; expected a positive number. Length of a run, hours (8760 = one year). No ship is berthed at or after it.",
    ]);
  });

  it("accepts a $schema key for editors and ignores it", () => {
    expect(decodeScenario({ $schema: "./scenario.schema.json", ...exampleFile() }).ok).toBe(true);
  });
});

describe("parseScenarioJson(text)", () => {
  it("decodes a shipped scenario file", () => {
    expect(parseScenarioJson(scenarioText("jiaxing-default.json")).ok).toBe(true);
  });

  it("reports invalid JSON as one line with its line and column", () => {
    expect(parseScenarioJson('{\n  "id": "x",\n  "name": "y",]')).toEqual({
      ok: false,
      errors: ['(root): invalid JSON at line 3, column 15: expected a property name in double quotes, got "]"'],
    });
    expect(parseScenarioJson("")).toEqual({
      ok: false,
      errors: ["(root): invalid JSON at line 1, column 1: expected a value, got the end of the text"],
    });
  });

  it("skips a leading byte-order mark", () => {
    expect(parseScenarioJson(`\uFEFF${scenarioText("example-small.json")}`).ok).toBe(true);
  });

  it("decodes tide windows, the period and phase defaulting to the semidiurnal 12.42 h and 0", () => {
    const file = exampleFile();
    file.port.tide = { windowHours: 4, lowWaterDepth: 10.5 };
    const r = decodeScenario(file);
    expect(r.ok && r.scenario.port.tide).toEqual({ period: 12.42, windowHours: 4, phase: 0, lowWaterDepth: 10.5 });
  });

  it("reports bad tide windows at the field at fault, with the rule", () => {
    const file = exampleFile();
    file.port.tide = { period: 12.42, windowHours: 13, phase: 12.5, lowWaterDepth: 0 };
    expect(errorsOf(file)).toEqual([
      "port.tide.lowWaterDepth: expected a positive number, got 0",
    ]);
    file.port.tide.lowWaterDepth = 9;
    expect(errorsOf(file)).toEqual([
      "port.tide.windowHours: expected at most the period (12.42 h), got 13",
      "port.tide.phase: expected a phase below the period (12.42 h), got 12.5",
    ]);
  });
});
