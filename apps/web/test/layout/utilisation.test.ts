import { describe, expect, it } from "vitest";
import { utilisationSeries } from "../../src/layout/utilisation.ts";
import { served, TINY_CALLS, TINY_PORT } from "../helpers/fixtures.ts";

describe("utilisationSeries(port, calls, horizon, bucketHours)", () => {
  it("is occupied hours over open hours per bucket, per berth and per area", () => {
    const u = utilisationSeries(TINY_PORT, TINY_CALLS, 100, 50);
    expect(u.starts).toEqual([0, 50]);
    expect([...u.berths.get("D1")!]).toEqual([30 / 50, 0]);
    expect([...u.berths.get("Z1")!]).toEqual([30 / 50, 0]);
    expect([...u.areas.get("dushan")!]).toEqual([30 / 100, 0]);
  });

  it("takes closures out of the open hours and clips calls that end after the horizon", () => {
    const port = { ...TINY_PORT, berths: TINY_PORT.berths.map((b) => (b.id === "D1" ? { ...b, closures: [{ start: 0, end: 25 }] } : b)) };
    const late = served({ id: "x", berth: "D1", arrival: 30, start: 30, end: 80 });
    const u = utilisationSeries(port, [late], 60, 30);
    expect([...u.berths.get("D1")!]).toEqual([0 / 5, 30 / 30]);
  });

  it("is NaN in a bucket where the berth is closed throughout", () => {
    const port = { ...TINY_PORT, berths: [{ ...TINY_PORT.berths[0]!, closures: [{ start: 0, end: 10 }] }] };
    expect([...utilisationSeries(port, [], 20, 10).berths.get("D1")!]).toEqual([NaN, 0]);
  });
});
