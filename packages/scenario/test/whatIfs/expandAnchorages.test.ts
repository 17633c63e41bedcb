import { BUILT_IN_RULE_SETS } from "@berthsim/core";
import { describe, expect, it } from "vitest";
import { DG_ANCHORAGE_CAPACITY, jiaxingDefault, runReplication, type Scenario } from "../../src/index.ts";
import { edited, failures } from "./helpers.ts";

const capacities = (s: Scenario) => Object.fromEntries(s.port.anchorages.map((a) => [a.id, a.capacity]));

describe("expand-dg-anchorages[:<chenshan-places>[:<dushan-2-places>]]", () => {
  it("gives Chenshan and Dushan No. 2 their after-expansion capacities, and leaves the general anchorage as it was", () => {
    expect(capacities(jiaxingDefault)).toEqual({ caiqishan: Infinity, ...DG_ANCHORAGE_CAPACITY.before });
    expect(capacities(edited(["expand-dg-anchorages"]))).toEqual({ caiqishan: Infinity, ...DG_ANCHORAGE_CAPACITY.after });
  });

  it("takes explicit numbers of places, the second one optional", () => {
    expect(capacities(edited(["expand-dg-anchorages:6:2"]))).toMatchObject({ chenshan: 6, "dushan-2": 2 });
    expect(capacities(edited(["expand-dg-anchorages:6"]))).toMatchObject({ chenshan: 6, "dushan-2": DG_ANCHORAGE_CAPACITY.after["dushan-2"] });
  });

  it("refuses a fractional or zero capacity, and a port without these anchorages", () => {
    expect(() => edited(["expand-dg-anchorages:2.5"])).toThrow("expected a whole number of places ≥ 1 for Chenshan, got \"2.5\"");
    expect(() => edited(["expand-dg-anchorages:3:0"])).toThrow("expected a whole number of places ≥ 1 for Dushan No. 2, got \"0\"");
    const noDg: Scenario = { ...jiaxingDefault, port: { ...jiaxingDefault.port, anchorages: jiaxingDefault.port.anchorages.slice(0, 1) } };
    expect(failures(["expand-dg-anchorages"], noDg)).toEqual(['expand-dg-anchorages: no anchorage "chenshan" (anchorages: caiqishan)']);
  });

  it("cuts the hours the dangerous-goods anchorages are full in a year of the default scenario with queues per area", () => {
    // With E4 a shared quay the default port-wide queue rarely fills them; queues per area (the plan's baseline) do.
    const rules = BUILT_IN_RULE_SETS.find((r) => r.id === "fcfs-area")!;
    const year = { ...jiaxingDefault, rules: [rules] };
    const full = (s: Scenario) => runReplication(s, 0)[0]!.kpis.anchorages.reduce((sum, a) => sum + a.hoursAtCapacity, 0);
    const before = full(year);
    const after = full(edited(["expand-dg-anchorages"], year));
    expect(before).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
  });
});
