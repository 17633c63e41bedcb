import { describe, expect, it } from "vitest";
import { generateStream, generateTraffic, HOURS_PER_WEEK, type LinerService, type PoissonStream } from "../src/index.ts";

const vessel = {
  loa: { kind: "uniform", min: 100, max: 200 },
  draft: { kind: "deterministic", value: 8 },
  volume: { kind: "erlang", k: 2, mean: 300 },
} as const;

const feeder: PoissonStream = { kind: "poisson", id: "feeder", tradeClass: "ningboFeeder", cargo: "container", perWeek: 21, vessel };
const japan: LinerService = {
  kind: "liner",
  id: "japan",
  route: "Zhapu–Kanto",
  name: "Japan line",
  tradeClass: "nearSeaDirect",
  cargo: "container",
  days: [1, 4],
  hour: 8,
  lateness: { kind: "deterministic", value: 0 },
  vessel,
};

describe("generateTraffic", () => {
  it("puts liner calls on their weekdays at their hour, late by the lateness drawn", () => {
    const calls = generateStream(japan, 2 * HOURS_PER_WEEK, 1);
    expect(calls.map((c) => c.arrival)).toEqual([32, 104, 200, 272]);
    expect(calls.map((c) => c.name)).toEqual(["Japan line 1", "Japan line 2", "Japan line 3", "Japan line 4"]);
  });

  it("generates a Poisson stream at its weekly rate", () => {
    const calls = generateStream(feeder, 52 * HOURS_PER_WEEK, 3);
    // 1092 expected, standard deviation 33: a 4-sigma band.
    expect(calls.length).toBeGreaterThan(1092 - 132);
    expect(calls.length).toBeLessThan(1092 + 132);
  });

  it("gives the same calls for the same seed and different ones for another seed", () => {
    const a = generateTraffic([feeder, japan], 1000, 11);
    expect(generateTraffic([feeder, japan], 1000, 11)).toEqual(a);
    expect(generateTraffic([feeder, japan], 1000, 12)).not.toEqual(a);
  });

  it("keeps a stream's calls unchanged when another stream is added (common random numbers)", () => {
    const alone = generateTraffic([feeder], 2000, 5);
    const withJapan = generateTraffic([japan, feeder], 2000, 5).filter((c) => c.stream === "feeder");
    expect(withJapan).toEqual(alone);
  });

  it("keeps early calls unchanged when the horizon grows", () => {
    const short = generateTraffic([feeder, japan], 500, 9);
    const long = generateTraffic([feeder, japan], 5000, 9).filter((c) => c.arrival < 500);
    expect(long).toEqual(short);
  });

  it("orders calls by arrival and gives every call a unique id", () => {
    const calls = generateTraffic([feeder, japan], 5000, 2);
    expect(calls.every((c, i) => i === 0 || calls[i - 1]!.arrival <= c.arrival)).toBe(true);
    expect(new Set(calls.map((c) => c.id)).size).toBe(calls.length);
  });
});
