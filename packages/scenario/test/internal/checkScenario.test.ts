import { describe, expect, it } from "vitest";
import { decodeScenario } from "../../src/index.ts";
import { exampleFile, type Json, jiaxingFile } from "../helpers/files.ts";

// The checks across objects, seen through decodeScenario: they run once the file has the right shape.
const errorsOf = (file: Json): readonly string[] => {
  const r = decodeScenario(file);
  return r.ok ? [] : r.errors;
};

describe("checkScenario, through decodeScenario", () => {
  it("reports duplicate ids of areas, berths, anchorages, streams, calls and rule sets", () => {
    const file = exampleFile();
    file.port.areas.push({ ...file.port.areas[0] });
    file.port.berths[3].id = "E1";
    file.port.anchorages[1].id = "outer";
    file.traffic[2].id = "japan";
    file.calls.push({ ...file.calls[0] });
    file.rules.push("fcfs");
    expect(errorsOf(file)).toEqual([
      'port.areas[2].id: duplicate area id "east" (also port.areas[0])',
      'port.berths[3].id: duplicate berth id "E1" (also port.berths[0])',
      'port.anchorages[1].id: duplicate anchorage id "outer" (also port.anchorages[0])',
      'traffic[2].id: duplicate stream id "japan" (also traffic[0])',
      'calls[1].id: duplicate call id "coal-1" (also calls[0])',
      'rules[3].id: duplicate rule set id "fcfs" (also rules[0])',
    ]);
  });

  it("reports areas that berths, anchorages, streams and calls name but the port lacks", () => {
    const file = exampleFile();
    file.port.berths[1].area = "north";
    file.port.anchorages[1].area = "south";
    file.traffic[0].homeArea = "eats";
    file.calls[0].homeArea = "north";
    expect(errorsOf(file)).toEqual([
      'port.berths[1].area: unknown area "north" (areas: east, west)',
      'port.anchorages[1].area: unknown area "south" (areas: east, west)',
      'traffic[0].homeArea: unknown area "eats" (areas: east, west)',
      'calls[0].homeArea: unknown area "north" (areas: east, west)',
    ]);
  });

  it("reports a warm-up that does not end before the horizon, and calls at or after the horizon", () => {
    const file = exampleFile();
    file.warmup = 2016;
    file.calls[0].arrival = 5000;
    expect(errorsOf(file)).toEqual([
      "warmup: expected less than the horizon (2016 h), got 2016",
      "calls[0].arrival: expected a time before the horizon (2016 h), got 5000",
    ]);
  });

  it("reports a stream whose largest ships are deeper than every berth for their cargo", () => {
    const file = jiaxingFile();
    const coal = file.traffic.findIndex((s: Json) => s.id === "coal-foreign");
    file.traffic[coal].vessel.draft = { kind: "triangular", min: 10, mode: 12, max: 14.2 };
    expect(errorsOf(file)).toEqual([`traffic[${coal}]: ships up to 14.2 m draft fit no berth that handles "coal" (max depth 13.0 m)`]);
  });

  it("checks the rules of berth use in order: cargo, foreign-trade opening, length, draft", () => {
    const file = exampleFile();
    file.traffic[1].cargo = "grain";
    file.traffic[2].tradeClass = "foreignOther";
    file.traffic[2].cargo = "coal";
    file.traffic[0].vessel.loa = { kind: "deterministic", value: 260 };
    file.calls[0].draft = 13.5;
    expect(errorsOf(file)).toEqual([
      'traffic[0]: ships up to 260.0 m long fit no berth that handles "container" (max length 250.0 m)',
      'traffic[1]: no berth handles "grain"',
      'traffic[2]: foreign-trade ships (class "foreignOther") fit no berth that handles "coal": none is open to foreign ships',
      'calls[0]: vessel "Coastal coal 1": draft 13.5 m exceeds the depth of every suitable berth in the port (max 13.0 m)',
    ]);
  });

  it("judges a stream with an unbounded size distribution by its mean", () => {
    const file = exampleFile();
    file.traffic[1].vessel.draft = { kind: "exponential", mean: 12.5 };
    expect(errorsOf(file)).toEqual([
      'traffic[1]: ships of mean 12.5 m draft fit no berth that handles "container" (max depth 12.0 m)',
    ]);
  });

  it("with a queue per area, reports streams whose ships fit no berth of their home area", () => {
    const file = exampleFile();
    file.rules.push("fcfs-area");
    file.traffic[1].vessel.draft = { kind: "uniform", min: 9, max: 11 };
    expect(errorsOf(file)).toEqual([
      'traffic[1]: with a queue per area (rule set "fcfs-area"), ships up to 11.0 m draft fit no berth of its home area "west" that handles "container" (max depth 10.0 m)',
    ]);
  });

  it("passes the built-in Jiaxing scenario and the small example", () => {
    expect(errorsOf(jiaxingFile())).toEqual([]);
    expect(errorsOf(exampleFile())).toEqual([]);
  });
});
