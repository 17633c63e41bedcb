import { describe, expect, it } from "vitest";
import { RULE_SETS } from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";
import { check, served, waiting } from "./lines.ts";

describe("checkSchedule: overtaken counts", () => {
  const port = tinyPort([berth("B1"), berth("B2", { length: 100 })]);
  const calls = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];
  const schedule = [served("busy", "B1", 0, 10), served("near", "B1", 10, 2), served("dom", "B1", 12, 2)];

  it("accepts counts that match later arrivals berthed ahead at a usable berth", () => {
    const counted = schedule.map((l) => ({ ...l, overtaken: l.id === "dom" ? 1 : 0 }));
    expect(check({ port, calls, schedule: counted, rules: RULE_SETS.priority })).toEqual([]);
  });

  it("reports a count that does not match", () => {
    const counted = schedule.map((l) => ({ ...l, overtaken: 0 }));
    expect(check({ port, calls, schedule: counted, rules: RULE_SETS.priority })).toEqual([
      {
        rule: "overtakenCount",
        calls: ["dom"],
        message: '"dom" reports being overtaken 0 times; later arrivals were berthed ahead of it, at a berth it could use, 1 times',
      },
    ]);
  });

  it("does not count a berth the waiting ship could not use", () => {
    // B2 is too short for every ship here except "small", which arrives last.
    const c = [ship("busy", 0, 10), ship("dom", 1, 2), ship("small", 2, 2, "domesticDirect", { loa: 90 })];
    const s = [
      served("busy", "B1", 0, 10),
      { ...served("small", "B2", 2, 2), overtaken: 0 },
      { ...served("dom", "B1", 10, 2), overtaken: 0 },
    ];
    expect(check({ port, calls: c, schedule: s, rules: RULE_SETS.fcfs })).toEqual([]);
  });

  it("does not count a ship berthed at the same instant elsewhere as overtaken", () => {
    const two = tinyPort([berth("B1"), berth("B2")]);
    const c = [ship("a", 0, 5), ship("b", 0, 5)];
    const s = [{ ...served("a", "B1", 0, 5), overtaken: 0 }, { ...served("b", "B2", 0, 5), overtaken: 0 }];
    expect(check({ port: two, calls: c, schedule: s, rules: RULE_SETS.fcfs })).toEqual([]);
  });

  it("counts overtakings of ships still waiting at the horizon", () => {
    const c = [ship("busy", 0, 10), ship("dom", 1, 2, "domesticDirect"), ship("near", 2, 2, "nearSeaDirect")];
    const s = [served("busy", "B1", 0, 10), served("near", "B1", 10, 2), { ...waiting("dom"), overtaken: 1 }];
    expect(check({ port, calls: c, schedule: s, rules: RULE_SETS.priority, horizon: 11 })).toEqual([]);
  });
});
