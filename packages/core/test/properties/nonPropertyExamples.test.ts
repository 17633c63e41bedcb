import { describe, expect, it } from "vitest";
import { type Berth, type Port, RULE_SETS, type RuleSet, simulate, type VesselCall } from "../../src/index.ts";
import { berth, ship, tinyPort } from "../helpers/tinyPort.ts";

// The shrunk counterexamples of the non-properties (nonProperties.test.ts, cappedPriority.test.ts), replayed as
// plain stories. docs/guarantees.md prints the same tables. Handling given as "volume v" at rate 1 is v hours.

const both = { cargo: ["container", "coal"] as const, rates: { container: 1, coal: 1 } };
const b = (id: string, over: Partial<Berth>): Berth => berth(id, { length: 200, depth: 12, ...both, ...over });
const byVolume = (v: number) => ({ serviceHours: undefined, volume: v });

/** Each ship's fate as "berth @ berthing start → wait", or "status → wait". */
const outcome = (port: Port, calls: readonly VesselCall[], rules: RuleSet, horizon = 60) =>
  Object.fromEntries(
    simulate({ port, calls, rules, horizon }).calls.map((c) => [
      c.id,
      c.status === "served" ? `${c.berth} @ ${c.berthingStart} → ${c.wait}` : `${c.status} → ${c.wait}`,
    ]),
  );

describe("non-property examples", () => {
  it("N1: adding berth B9 makes near-sea ship s2 wait 1 h instead of 0.5 h under priority", () => {
    const berths = [
      b("B1", { cargo: ["coal"], rates: { coal: 1 } }),
      b("B2", { cargo: ["container"], rates: { container: 1 } }),
    ];
    const calls = [
      ship("s0", 0, 1.5, "domesticBulk", { loa: 80, draft: 6 }),
      ship("s1", 0, 1, "domesticDirect", { loa: 80, draft: 6 }),
      ship("s3", 0, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(1) }),
      ship("s2", 1.5, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(0) }),
    ];
    const withB9 = tinyPort([...berths, b("B9", { foreignTradeOpen: false })]);
    expect(outcome(tinyPort(berths), calls, RULE_SETS.priority)).toEqual({
      s0: "B2 @ 2 → 2",
      s1: "B2 @ 1 → 1",
      s3: "B2 @ 0 → 0",
      s2: "B2 @ 2 → 0.5",
    });
    expect(outcome(withB9, calls, RULE_SETS.priority)).toEqual({
      s0: "B2 @ 1 → 1",
      s1: "B9 @ 0 → 0",
      s3: "B2 @ 0 → 0",
      s2: "B2 @ 2.5 → 1",
    });
  });

  it("N2: adding a short berth B9 makes near-sea ship s0 wait 0.5 h under fcfs with best fit, without closures", () => {
    const berths = [b("B1", { length: 300 }), b("B2", { length: 300, foreignTradeOpen: false })];
    const b9 = b("B9", { cargo: ["container"], rates: { container: 1 }, overheadHours: 2 });
    const calls = [
      ship("s2", 0, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(1) }),
      ship("s1", 2, 0, "domesticDirect", { loa: 80, draft: 6, ...byVolume(1) }),
      ship("s0", 2.5, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(0) }),
    ];
    const rules: RuleSet = { ...RULE_SETS.fcfs, berthChoice: "bestFit" };
    expect(outcome(tinyPort(berths), calls, rules)).toEqual({ s2: "B1 @ 0 → 0", s1: "B2 @ 2 → 0", s0: "B1 @ 2.5 → 0" });
    expect(outcome(tinyPort([...berths, b9]), calls, rules)).toEqual({
      s2: "B9 @ 0 → 0",
      s1: "B1 @ 2 → 0",
      s0: "B9 @ 3 → 0.5",
    });
  });

  it("N3: removing near-sea ship s1 makes near-sea ship s2 wait 1 h instead of 0.5 h under priority", () => {
    const rules: RuleSet = {
      ...RULE_SETS.priority,
      classOrder: ["domesticBulk", "nearSeaDirect", "ningboFeeder", "domesticDirect", "foreignOther"],
    };
    const closed = { closures: [{ start: 0, end: 0.5 }] };
    const port = tinyPort([
      b("B1", { rates: { container: 1, coal: 0 }, ...closed }),
      b("B2", { foreignTradeOpen: false, ...closed }),
      b("B3", { depth: 8, foreignTradeOpen: false, ...closed }),
    ]);
    const calls = [
      ship("s0", 0, 1.5, "domesticDirect", { loa: 80, draft: 6 }),
      ship("s1", 0, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(1) }),
      ship("s2", 1, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(0) }),
    ];
    expect(outcome(port, calls, rules)).toEqual({ s0: "B2 @ 0.5 → 0.5", s1: "B1 @ 0.5 → 0.5", s2: "B1 @ 1.5 → 0.5" });
    const withoutS1 = calls.filter((c) => c.id !== "s1");
    expect(outcome(port, withoutS1, rules)).toEqual({ s0: "B1 @ 0.5 → 0.5", s2: "B1 @ 2 → 1" });
  });

  it("N4: swapping the ids of two ships arriving together swaps who goes first", () => {
    const port = tinyPort([b("B1", {})]);
    const box = ship("s0", 0, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(1) });
    const coal = ship("s1", 0, 0, "nearSeaDirect", { cargo: "coal", loa: 80, draft: 6, ...byVolume(0) });
    expect(outcome(port, [box, coal], RULE_SETS.fcfs)).toEqual({ s0: "B1 @ 0 → 0", s1: "B1 @ 1 → 1" });
    const swapped = [{ ...box, id: "s1" }, { ...coal, id: "s0" }];
    expect(outcome(port, swapped, RULE_SETS.fcfs)).toEqual({ s0: "B1 @ 0 → 0", s1: "B1 @ 0 → 0" });
  });

  it("N5: under priority the deep near-sea ship s2 waits 1 h, under fcfs not at all", () => {
    const rules: RuleSet = { ...RULE_SETS.priority, classOrder: ["nearSeaDirect"] };
    const port = tinyPort([b("B1", { length: 300, depth: 16 }), b("B2", {})]);
    const calls = [
      ship("s0", 1.5, 0, "ningboFeeder", { cargo: "coal", loa: 80, draft: 6, ...byVolume(0) }),
      ship("s1", 1.5, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(1) }),
      ship("s2", 1.5, 0, "nearSeaDirect", { loa: 80, draft: 14, ...byVolume(0) }),
    ];
    expect(outcome(port, calls, rules)).toEqual({ s0: "B2 @ 1.5 → 0", s1: "B1 @ 1.5 → 0", s2: "B1 @ 2.5 → 1" });
    expect(outcome(port, calls, { ...rules, kind: "fcfs" })).toEqual({ s0: "B1 @ 1.5 → 0", s1: "B2 @ 1.5 → 0", s2: "B1 @ 1.5 → 0" });
  });

  it("N6: with a cap of 0 h a ship waits 2 h although the cap plus the longest occupation is 1 h", () => {
    const rules: RuleSet = {
      ...RULE_SETS.priorityCapped,
      capHours: 0,
      classOrder: ["foreignOther", "domesticDirect", "domesticBulk", "nearSeaDirect", "ningboFeeder"],
    };
    const port = tinyPort([b("B1", { length: 120 })]);
    const calls = [
      ship("s0", 0, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(1) }),
      ship("s1", 0, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(1) }),
      ship("s2", 0, 0, "nearSeaDirect", { cargo: "coal", loa: 80, draft: 6, ...byVolume(0) }),
    ];
    expect(outcome(port, calls, rules)).toEqual({ s0: "B1 @ 0 → 0", s1: "B1 @ 1 → 1", s2: "B1 @ 2 → 2" });
  });

  it("N7: a closure delays a capped ship past the bound: the berth is closed when it arrives", () => {
    const rules: RuleSet = { ...RULE_SETS.priorityCapped, capHours: 0, classOrder: [] };
    const port = tinyPort([
      b("B1", { foreignTradeOpen: false, closures: [{ start: 0, end: 0.5 }] }),
      b("B2", { cargo: ["coal"], rates: { coal: 1 } }),
    ]);
    const calls = [ship("s0", 0, 0, "domesticDirect", { loa: 80, draft: 6, ...byVolume(1) })];
    expect(outcome(port, calls, rules)).toEqual({ s0: "B1 @ 0.5 → 0.5" });
  });

  it("N8: without a cap, foreign ship s2 is passed after 24 h of waiting by s3, which arrived with it; with a 24 h cap it is not", () => {
    const rules: RuleSet = { ...RULE_SETS.priority, classOrder: ["nearSeaDirect"] };
    const port = tinyPort([b("B1", {})]);
    const calls = [
      ship("s0", 40, 0, "nearSeaDirect", { loa: 80, draft: 6, ...byVolume(4) }),
      ship("s1", 40, 20, "nearSeaDirect", { loa: 80, draft: 6 }),
      ship("s2", 40, 0, "foreignOther", { loa: 80, draft: 6, ...byVolume(0) }),
      ship("s3", 40, 0.5, "nearSeaDirect", { loa: 80, draft: 6 }),
    ];
    expect(outcome(port, calls, rules, 64.5)).toEqual({
      s0: "B1 @ 40 → 0",
      s1: "B1 @ 44 → 4",
      s2: "waiting → 24.5",
      s3: "B1 @ 64 → 24",
    });
    const capped: RuleSet = { ...rules, kind: "cappedPriority", capHours: 24 };
    expect(outcome(port, calls, capped, 64.5)).toMatchObject({ s2: "B1 @ 64 → 24", s3: "B1 @ 64 → 24" });
  });
});
