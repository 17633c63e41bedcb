import { describe, expect, it } from "vitest";
import { JIAXING_CLEARANCE, jiaxingDefault, parseWhatIfSpec, type Scenario } from "../../src/index.ts";
import { edited, failures } from "./helpers.ts";

const { clearance: _, ...berthsOnly } = jiaxingDefault;
const noStage: Scenario = berthsOnly;

describe("the clearance what-ifs", () => {
  it("turn one lever of the clearance stage on each, leaving the rest as it was", () => {
    const off = JIAXING_CLEARANCE.levers;
    expect(edited(["advance-declaration"]).clearance?.levers).toEqual({ ...off, advanceDeclaration: 1 });
    expect(edited(["advance-declaration:40"]).clearance?.levers).toEqual({ ...off, advanceDeclaration: 0.4 });
    expect(edited(["tally-during-discharge"]).clearance?.levers).toEqual({ ...off, tallyDuringDischarge: true });
    expect(edited(["same-day-processing"]).clearance?.levers).toEqual({ ...off, sameDayProcessing: true });
    expect(edited(["weekend-inspection"]).clearance?.levers).toEqual({ ...off, outOfHoursInspection: true });
    expect(edited(["non-intrusive-inspection:80"]).clearance).toEqual({ ...JIAXING_CLEARANCE, nonIntrusiveShare: 0.8 });
  });

  it("compose, and never touch the port, traffic or rule sets", () => {
    const s = edited(["advance-declaration", "tally-during-discharge", "weekend-inspection", "same-day-processing"]);
    expect(s.clearance?.levers).toEqual({ advanceDeclaration: 1, tallyDuringDischarge: true, sameDayProcessing: true, outOfHoursInspection: true });
    expect({ ...s, clearance: undefined }).toEqual({ ...jiaxingDefault, clearance: undefined });
  });

  it("refuse a scenario without a clearance stage, and a share outside 0–100", () => {
    expect(failures(["weekend-inspection"], noStage)).toEqual([
      'weekend-inspection: the scenario has no clearance stage; add a "clearance" section (docs/clearance.md)',
    ]);
    expect(parseWhatIfSpec("advance-declaration:120")).toEqual({
      ok: false,
      errors: ['advance-declaration:120: expected a share in percent, 0–100, got "120"'],
    });
    expect(parseWhatIfSpec("same-day-processing:1")).toEqual({ ok: false, errors: ["same-day-processing:1: expected same-day-processing"] });
    expect(failures([], noStage)).toEqual([]);
  });

  it("read a share with or without a percent sign", () => {
    expect(parseWhatIfSpec("non-intrusive-inspection:50%")).toEqual({ ok: true, spec: { id: "non-intrusive-inspection", percent: 50 } });
    expect(parseWhatIfSpec("advance-declaration")).toEqual({ ok: true, spec: { id: "advance-declaration" } });
  });
});
