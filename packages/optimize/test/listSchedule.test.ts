import { describe, expect, it } from "vitest";
import { fcfsSchedule, planObjective, prioritySchedule, validatePlan } from "../src/index.ts";
import { cordeau, cordeauNames, kramer, kramerNames } from "./helpers/instances.ts";
import { tiny } from "./helpers/tinySnapshot.ts";

describe("fcfsSchedule and prioritySchedule", () => {
  it("fcfsSchedule(s) serves ships in arrival order, each at the free berth where it finishes first", () => {
    // B1 is twice as fast as B2. s1 takes B1; s2 finds only B2 free at 1; s3 waits for B1 at 5.
    const s = tiny(
      [{}, {}],
      [
        [0, [5, 10]],
        [1, [4, 8]],
        [2, [3, null]],
      ],
    );
    expect(fcfsSchedule(s)).toEqual([
      { ship: "s1", berth: "B1", start: 0, end: 5 },
      { ship: "s2", berth: "B2", start: 1, end: 9 },
      { ship: "s3", berth: "B1", start: 5, end: 8 },
    ]);
  });

  it("prioritySchedule(s) lets the heavier waiting ship go first, FCFS among equal weights", () => {
    const s = tiny(
      [{}],
      [
        [0, [4]],
        [1, [4], 1],
        [2, [4], 3],
        [3, [4], 1],
      ],
    );
    expect(prioritySchedule(s).map((a) => [a.ship, a.start])).toEqual([
      ["s1", 0],
      ["s2", 8],
      ["s3", 4],
      ["s4", 12],
    ]);
    expect(fcfsSchedule(s).map((a) => a.start)).toEqual([0, 4, 8, 12]);
  });

  it("waits out a berth closure", () => {
    const s = tiny(
      [{ open: 2, closures: [{ start: 4, end: 10 }] }],
      [
        [0, [3]],
        [0, [1]],
      ],
    );
    expect(fcfsSchedule(s).map((a) => [a.start, a.end])).toEqual([
      [10, 13],
      [2, 3],
    ]);
  });

  it("gives valid plans on every benchmark instance, the same plan for equal weights", { timeout: 60_000 }, () => {
    for (const s of [...cordeauNames().map((n) => cordeau(n)), ...kramerNames().map(kramer)]) {
      const fcfs = fcfsSchedule(s);
      expect(validatePlan(s, fcfs).errors).toEqual([]);
      expect(prioritySchedule(s)).toEqual(fcfs);
      expect(planObjective(s, fcfs)).toBe(validatePlan(s, fcfs).objective);
    }
  });
});
