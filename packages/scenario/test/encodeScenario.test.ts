import { RULE_SETS } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS, decodeScenario, encodeScenario, jiaxingDefault, type Scenario } from "../src/index.ts";
import { exampleFile } from "./helpers/files.ts";

const roundTrip = (s: Scenario): Scenario => {
  const r = decodeScenario(JSON.parse(JSON.stringify(encodeScenario(s))));
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.scenario;
};

describe("encodeScenario(scenario)", () => {
  it.each(BUILT_IN_SCENARIOS.map((s) => [s.id, s] as const))("round-trips the built-in %s through JSON", (_, s) => {
    expect(roundTrip(s)).toEqual(s);
  });

  it("round-trips the small example file to the same file data", () => {
    const r = decodeScenario(exampleFile());
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(roundTrip(r.scenario)).toEqual(r.scenario);
  });

  it("leaves out the capacity of an unlimited anchorage, since JSON has no Infinity", () => {
    const file = encodeScenario(jiaxingDefault) as { port: { anchorages: object[] } };
    expect(file.port.anchorages[0]).toEqual({ id: "caiqishan", name: "Caiqishan 彩旗山", kind: "general" });
    expect(file.port.anchorages[1]).toMatchObject({ id: "chenshan", capacity: 2 });
  });

  it("writes a built-in rule set as its id and any other as a whole object", () => {
    const custom = { ...RULE_SETS.priorityCapped, id: "capped-12", capHours: 12 };
    const file = encodeScenario({ ...jiaxingDefault, rules: [RULE_SETS.fcfs, custom] }) as { rules: unknown[] };
    expect(file.rules).toEqual(["fcfs", { ...custom, classOrder: [...custom.classOrder] }]);
  });

  it("keeps closures, explicit calls and anchorage areas", () => {
    const s: Scenario = {
      ...jiaxingDefault,
      port: {
        ...jiaxingDefault.port,
        berths: jiaxingDefault.port.berths.map((b, i) => (i === 0 ? { ...b, closures: [{ start: 0, end: 24, reason: "dredging" }] } : b)),
        anchorages: [{ id: "a", name: "A", kind: "general", capacity: 3, area: "zhapu" } as Scenario["port"]["anchorages"][number]],
      },
      calls: [
        { id: "c1", name: "MSC ALPHA", tradeClass: "nearSeaDirect", cargo: "container", loa: 200, draft: 10, volume: 500, arrival: 10, dangerousGoods: true, homeArea: "zhapu", serviceHours: 12 },
      ],
    };
    expect(roundTrip(s)).toEqual(s);
  });

  it("gives plain JSON data that does not share objects with the scenario", () => {
    const file = encodeScenario(jiaxingDefault) as { traffic: { vessel: { loa: { min: number } } }[] };
    file.traffic[0]!.vessel.loa.min = -1;
    expect(jiaxingDefault.traffic[0]!.vessel.loa).not.toMatchObject({ min: -1 });
  });
});
