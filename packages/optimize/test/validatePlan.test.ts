import { describe, expect, it } from "vitest";
import { type Plan, validatePlan } from "../src/index.ts";
import { tiny } from "./helpers/tinySnapshot.ts";

const snapshot = tiny(
  [{ open: 2, close: 50, closures: [{ start: 20, end: 24 }] }, { open: 0 }],
  [
    [0, [5, null], 2],
    [1, [4, 6]],
  ],
);
const good: Plan = [
  { ship: "s1", berth: "B1", start: 2, end: 7 },
  { ship: "s2", berth: "B2", start: 1, end: 7 },
];

describe("validatePlan", () => {
  it("accepts a plan that keeps every rule and sums w·(end − arrival)", () => {
    expect(validatePlan(snapshot, good)).toEqual({ valid: true, errors: [], objective: 2 * 7 + 6 });
  });

  it("names the ship and berth of each broken rule", () => {
    const plan: Plan = [
      { ship: "s1", berth: "B2", start: 0, end: 5 },
      { ship: "s2", berth: "B1", start: 0, end: 4 },
    ];
    expect(validatePlan(snapshot, plan).errors).toEqual([
      'ship "s1" at berth "B2": the ship cannot use this berth',
      'ship "s2" at berth "B1": starts at 0, before its arrival 1',
      'ship "s2" at berth "B1": starts at 0, before the berth opens at 2',
    ]);
  });

  it("finds overlaps, closures, closing times and wrong durations", () => {
    const plan: Plan = [
      { ship: "s1", berth: "B1", start: 18, end: 23 },
      { ship: "s2", berth: "B1", start: 47, end: 52 },
    ];
    expect(validatePlan(snapshot, plan).errors).toEqual([
      'ship "s1" at berth "B1": [18, 23) overlaps the closure [20, 24)',
      'ship "s2" at berth "B1": occupies 5 h, handling takes 4 h',
      'ship "s2" at berth "B1": ends at 52, after the berth closes at 50',
    ]);
    const overlap: Plan = [good[0]!, { ship: "s2", berth: "B1", start: 6, end: 10 }];
    expect(validatePlan(snapshot, overlap).errors).toEqual([
      'berth "B1": ship "s2" starts at 6, before ship "s1" leaves at 7',
    ]);
  });

  it("finds missing, repeated and unknown ships, and ship windows", () => {
    const windowed = {
      ...snapshot,
      ships: snapshot.ships.map((s) => (s.id === "s1" ? { ...s, latestStart: 1, latestEnd: 6 } : s)),
    };
    const plan: Plan = [good[0]!, good[0]!, { ship: "x", berth: "B1", start: 0, end: 1 }];
    expect(validatePlan(windowed, plan).errors).toEqual([
      'ship "s1" at berth "B1": starts at 2, after its latest start 1',
      'ship "s1" at berth "B1": ends at 7, after its latest end 6',
      'ship "s1" at berth "B1": starts at 2, after its latest start 1',
      'ship "s1" at berth "B1": ends at 7, after its latest end 6',
      'ship "x": not in the snapshot',
      'ship "s1": planned 2 times',
      'ship "s2": not in the plan',
      'berth "B1": ship "s1" starts at 2, before ship "s1" leaves at 7',
    ]);
  });
});
