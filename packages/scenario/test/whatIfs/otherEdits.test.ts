import { describe, expect, it } from "vitest";
import { decodeScenario, jiaxingDefault, type Scenario } from "../../src/index.ts";
import { exampleFile } from "../helpers/files.ts";
import { edited, failures } from "./helpers.ts";

const ruleIds = (s: Scenario) => s.rules.map((r) => r.id);

describe("add-route:<preset>[:<home-area>]", () => {
  it("adds the Southeast Asia near-sea liner, at Dushan unless told otherwise", () => {
    const s = edited(["add-route:southeast-asia-near-sea", "add-route:dushan-yangshan-feeder"]);
    expect(s.traffic.slice(-2)).toMatchObject([
      { kind: "liner", id: "southeast-asia-near-sea", tradeClass: "nearSeaDirect", homeArea: "dushan", days: [2], hour: 8 },
      { kind: "liner", id: "dushan-yangshan-feeder", tradeClass: "foreignOther", homeArea: "dushan", days: [0, 2, 4], hour: 18 },
    ]);
    expect(edited(["add-route:southeast-asia-near-sea:zhapu"]).traffic.at(-1)?.homeArea).toBe("zhapu");
  });

  it("refuses a route added twice and a home area the port lacks", () => {
    expect(failures(["add-route:dushan-yangshan-feeder", "add-route:dushan-yangshan-feeder"])).toEqual([
      'add-route:dushan-yangshan-feeder: the scenario already has a stream "dushan-yangshan-feeder"',
    ]);
    expect(failures(["add-route:southeast-asia-near-sea:north"])).toEqual([
      'add-route:southeast-asia-near-sea:north: no area "north" (areas: dushan, zhapu, haiyan)',
    ]);
  });
});

describe("coal-to-dushan[:<area>]", () => {
  const example = (): Scenario => {
    const r = decodeScenario(exampleFile());
    if (!r.ok) throw new Error(r.errors.join("\n"));
    return r.scenario;
  };

  it("moves coal-only berths to the area and coal ships' home there", () => {
    const s = edited(["coal-to-dushan:west"], example());
    expect(s.port.berths.find((b) => b.id === "E2")?.area).toBe("west");
    expect(s.calls?.[0]?.homeArea).toBe("west");
  });

  it("splits the coal off a berth that also handles other cargo", () => {
    const base = example();
    const mixed: Scenario = {
      ...base,
      port: {
        ...base.port,
        berths: base.port.berths.map((b) => (b.id === "E2" ? { ...b, cargo: ["coal", "breakBulk"], rates: { coal: 1200, breakBulk: 300 } } : b)),
      },
    };
    const s = edited(["coal-to-dushan:west"], mixed);
    expect(s.port.berths.filter((b) => b.id.startsWith("E2"))).toMatchObject([
      { id: "E2", area: "east", cargo: ["breakBulk"], rates: { breakBulk: 300 } },
      { id: "E2-coal", area: "west", cargo: ["coal"], rates: { coal: 1200 } },
    ]);
  });

  it("says so when coal already is at Dushan only, as in the built-in Jiaxing port", () => {
    expect(failures(["coal-to-dushan"])).toEqual([
      'coal-to-dushan: nothing to move: every coal berth is already in area "dushan" and every coal stream calls there',
    ]);
  });
});

describe("pool-queues and split-queues", () => {
  it("give every rule set one scope, keeping rule sets that become the same once", () => {
    expect(ruleIds(edited(["pool-queues"]))).toEqual(["fcfs", "priority", "priority-capped"]);
    const split = edited(["split-queues"]);
    expect(ruleIds(split)).toEqual(["fcfs-area", "priority-area", "priority-capped-area"]);
    expect(split.rules[2]).toMatchObject({ queueScope: "area", name: "Priority with 24 h anti-starvation cap, queue per area" });
  });

  it("give back the built-in rule sets when undone", () => {
    expect(edited(["split-queues", "pool-queues"]).rules).toEqual(edited(["pool-queues"]).rules);
  });
});

describe("cap:<hours>", () => {
  it("changes the cap of every capped-priority rule set and its name", () => {
    const r = edited(["cap:12"]).rules.find((x) => x.kind === "cappedPriority");
    expect(r).toMatchObject({ id: "priority-capped", capHours: 12, name: "Priority with 12 h anti-starvation cap" });
  });

  it("refuses a scenario without a capped-priority rule set", () => {
    const s = { ...jiaxingDefault, rules: jiaxingDefault.rules.filter((r) => r.kind !== "cappedPriority") };
    expect(failures(["cap:12"], s)).toEqual([
      'cap:12: no rule set with an anti-starvation cap (kind "cappedPriority"); add "priority-capped" to the rules',
    ]);
  });
});
