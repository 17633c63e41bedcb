import { describe, expect, it } from "vitest";
import { decodeScenario, encodeScenario, JIAXING_CLEARANCE, jiaxingDefault, type Scenario } from "../../src/index.ts";
import { exampleFile, type Json } from "../helpers/files.ts";

const withClearance = (clearance: Json): Json => ({ ...exampleFile(), clearance });

const decoded = (input: Json): Scenario => {
  const r = decodeScenario(input);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.scenario;
};

const errorsOf = (input: Json): readonly string[] => {
  const r = decodeScenario(input);
  return r.ok ? [] : r.errors;
};

describe("the clearance section of a scenario file", () => {
  it("is optional: without it a scenario has no clearance stage", () => {
    expect(decoded(exampleFile()).clearance).toBeUndefined();
  });

  it("takes the Jiaxing value for every key it leaves out", () => {
    expect(decoded(withClearance({})).clearance).toEqual(JIAXING_CLEARANCE);
    const c = decoded(withClearance({ unitSize: { container: 2 }, levers: { advanceDeclaration: 1 }, inspectionShare: 0.1 })).clearance;
    expect(c?.unitSize).toEqual({ ...JIAXING_CLEARANCE.unitSize, container: 2 });
    expect(c?.levers).toEqual({ ...JIAXING_CLEARANCE.levers, advanceDeclaration: 1 });
    expect(c?.inspectionShare).toBe(0.1);
  });

  it("names the field and the rule of every problem", () => {
    expect(
      errorsOf(
        withClearance({
          levers: { advanceDeclaration: 1.5, tally: true },
          workingHours: [{ days: [0, 7], start: 9, end: 8 }],
          review: { kind: "triangular", min: 2, mode: 1, max: 3 },
          maxUnitsPerCall: 0,
        }),
      ),
    ).toEqual([
      "clearance.maxUnitsPerCall: expected a whole number ≥ 1, got 0",
      "clearance.workingHours[0].days[1]: expected a weekday 0–6 (0 = Monday), got 7",
      "clearance.review.mode: expected mode ≥ min (2), got 1",
      "clearance.levers.tally: unknown field (allowed: advanceDeclaration, tallyDuringDischarge, sameDayProcessing, outOfHoursInspection)",
      "clearance.levers.advanceDeclaration: expected a probability between 0 and 1, got 1.5",
    ]);
    expect(errorsOf(withClearance({ workingHours: [{ days: [0], start: 9, end: 8 }] }))).toEqual([
      "clearance.workingHours[0].end: expected a closing hour after start (9), got 8",
    ]);
    expect(errorsOf(withClearance({ workingHours: [] }))).toEqual(["clearance.workingHours: expected at least one window of open hours, got []"]);
  });

  it("refuses two flows for one class and cargo", () => {
    const flow = { tradeClass: "foreignOther", cargo: "coal", importShare: 1, exportShare: 0 };
    expect(errorsOf(withClearance({ flows: [flow, { ...flow, importShare: 0.5 }] }))).toEqual([
      'clearance.flows[1]: expected one flow per class and cargo, got "foreignOther" / "coal" twice',
    ]);
  });

  it("round-trips through encodeScenario, every key written", () => {
    const s: Scenario = {
      ...jiaxingDefault,
      clearance: { ...JIAXING_CLEARANCE, levers: { ...JIAXING_CLEARANCE.levers, sameDayProcessing: true } },
    };
    const file = JSON.parse(JSON.stringify(encodeScenario(s)));
    expect(Object.keys(file.clearance)).toHaveLength(Object.keys(JIAXING_CLEARANCE).length);
    expect(decoded(file)).toEqual(s);
  });
});
